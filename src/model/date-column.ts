// Reads a whole date column: one pass over the cells, then the day/month order decided from all its values.

import { type DateOrder, dayFromPair, dayOfSerial, newDateScan, scanDate } from './coerce-date';
import type { IssueCollector } from './column-issues';
import type { Day } from './days';

/**
 * Days of the cells `values[rowIndex[i]][col]` (NaN for blanks and unreadable values). `15/03/2024`-like cells are
 * read in the order the column shows (a first part above 12 means day/month, a second part above 12 month/day);
 * when nothing tells, in `localeOrder`, with an `ambiguous_day_month` issue. Rows against the majority are errors.
 */
export function readDateColumn(
  values: readonly (readonly unknown[])[],
  col: number,
  rowIndex: Int32Array,
  toDay: (ms: number) => Day,
  localeOrder: DateOrder,
  field: string,
  issues: IssueCollector,
): Float64Array {
  const n = rowIndex.length;
  const out = new Float64Array(n);
  const scan = newDateScan();
  let pairRows: number[] | null = null;
  let pairData: number[] | null = null;
  let dayFirst = 0;
  let monthFirst = 0;
  for (let i = 0; i < n; i++) {
    const v = values[rowIndex[i]][col];
    if (typeof v === 'number') {
      const day = dayOfSerial(v);
      out[i] = day;
      if (Number.isNaN(day)) issues.add(field, 'unreadable_date', rowIndex[i] + 1, true);
      continue;
    }
    if (v === '' || v === null || v === undefined) {
      out[i] = Number.NaN;
      continue;
    }
    scanDate(v, toDay, scan);
    if (scan.kind === 'day') {
      out[i] = scan.day;
    } else if (scan.kind === 'pair') {
      out[i] = Number.NaN;
      if (!pairRows || !pairData) {
        pairRows = [];
        pairData = [];
      }
      pairRows.push(i);
      pairData.push(scan.first, scan.second, scan.year);
      if (scan.first > 12) dayFirst++;
      else if (scan.second > 12) monthFirst++;
    } else {
      out[i] = Number.NaN;
      if (scan.kind === 'error') issues.add(field, 'unreadable_date', rowIndex[i] + 1, true);
    }
    if (scan.twoDigitYear) issues.add(field, 'two_digit_year', rowIndex[i] + 1, false);
  }
  if (pairRows && pairData) resolvePairs(out, pairRows, pairData, rowIndex, dayFirst, monthFirst, localeOrder, field, issues);
  return out;
}

function resolvePairs(
  out: Float64Array,
  pairRows: readonly number[],
  pairData: readonly number[],
  rowIndex: Int32Array,
  dayFirst: number,
  monthFirst: number,
  localeOrder: DateOrder,
  field: string,
  issues: IssueCollector,
): void {
  let order: DateOrder = localeOrder;
  if (dayFirst > monthFirst) order = 'dmy';
  else if (monthFirst > dayFirst) order = 'mdy';
  const ambiguous = dayFirst === 0 && monthFirst === 0;
  for (let k = 0; k < pairRows.length; k++) {
    const i = pairRows[k];
    const first = pairData[3 * k];
    const second = pairData[3 * k + 1];
    const row = rowIndex[i] + 1;
    if ((order === 'dmy' && second > 12) || (order === 'mdy' && first > 12)) {
      issues.add(field, 'contradictory_day_month', row, true, order);
      continue;
    }
    const day = dayFromPair(first, second, pairData[3 * k + 2], order);
    if (Number.isNaN(day)) issues.add(field, 'unreadable_date', row, true);
    else out[i] = day;
    if (ambiguous && first !== second && !Number.isNaN(day)) issues.add(field, 'ambiguous_day_month', row, false, order);
  }
}
