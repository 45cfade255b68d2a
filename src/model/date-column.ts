// Reads a whole date column: one pass over the cells, then the day/month order decided from all its values.

import { BlankTokens } from './blank-tokens';
import { type DateOrder, type DateScan, dayFromPair, dayOfSerial, MAX_DAY, newDateScan, scanDate } from './coerce-date';
import type { IssueCollector } from './column-issues';
import { type Day, dayFromCivil } from './days';

// Module constants: global lookups are slow in hot loops under some hosts (vm sandboxes such as jest's).
const NAN = Number.NaN;
const isNan = Number.isNaN;
const MAX = MAX_DAY;

/**
 * Days before 1970-01-01 are placeholders (`1900-01-01`, serial 0-ish numbers, `01/01/1901`) rather than the dates
 * of a sales team's rows: left out as implausible (a 1900 creation date would make a 45,000-day sales cycle).
 */
export const PLAUSIBLE_FROM = dayFromCivil(1970, 1, 1);
const MIN = PLAUSIBLE_FROM;

/**
 * Days of the cells `values[rowIndex[i]][col]` (NaN for blanks and unreadable values). `15/03/2024`-like cells are
 * read in the order the column shows (a first part above 12 means day/month, a second part above 12 month/day);
 * when nothing tells, in `localeOrder`, with an `ambiguous_day_month` issue. Rows against the majority are errors.
 * Placeholders (`\N`, `NULL`, `-`) are blanks, counted (`read_as_blank`); days before PLAUSIBLE_FROM are left out
 * (`implausible_early_date`).
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
  const memo = new Map<string, DateScan>();
  let pairs: Pairs | null = null;
  let dayFirst = 0;
  let monthFirst = 0;
  const tokens = new BlankTokens();
  for (let i = 0; i < n; i++) {
    const v = values[rowIndex[i]][col];
    if (typeof v === 'number') {
      const day = dayOfSerial(v);
      out[i] = day;
      if (isNan(day)) issues.add(field, 'unreadable_date', rowIndex[i] + 1, true);
      else if (day < MIN) tooEarly(out, i, rowIndex, field, issues);
      continue;
    }
    if (v instanceof Date) {
      // Date cells (what Sheets passes) straight to their day; invalid or out-of-range ones go through the scan, which reports them.
      const ms = v.getTime();
      const day = isNan(ms) ? NAN : toDay(ms);
      if (day >= MIN && day <= MAX) {
        out[i] = day;
        continue;
      }
    }
    if (v === '' || v === null || v === undefined) {
      out[i] = NAN;
      continue;
    }
    if (typeof v === 'string') {
      const hit = memo.get(v);
      if (hit) copyScan(hit, scan);
      else {
        scanDate(v, toDay, scan);
        if (memo.size < MEMO_LIMIT) memo.set(v, copyScan(scan, newDateScan()));
      }
    } else scanDate(v, toDay, scan);
    if (scan.kind === 'day') {
      out[i] = scan.day;
      if (scan.day < MIN) tooEarly(out, i, rowIndex, field, issues);
    } else if (scan.kind === 'pair') {
      out[i] = NAN;
      if (!pairs) pairs = newPairs(n);
      const k = pairs.count++;
      pairs.rows[k] = i;
      pairs.first[k] = scan.first;
      pairs.second[k] = scan.second;
      pairs.year[k] = scan.year;
      if (scan.first > 12) dayFirst++;
      else if (scan.second > 12) monthFirst++;
    } else {
      out[i] = NAN;
      if (scan.kind === 'error') issues.add(field, 'unreadable_date', rowIndex[i] + 1, true);
      else if (typeof v === 'string' && v.trim() !== '') {
        tokens.add(v.trim());
        issues.add(field, 'read_as_blank', rowIndex[i] + 1, false);
      }
    }
    if (scan.twoDigitYear) issues.add(field, 'two_digit_year', rowIndex[i] + 1, false);
  }
  if (tokens.seen.length > 0) issues.setDetail(field, 'read_as_blank', tokens.detail);
  if (pairs) resolvePairs(out, pairs, rowIndex, dayFirst, monthFirst, localeOrder, field, issues);
  return out;
}

function tooEarly(out: Float64Array, i: number, rowIndex: Int32Array, field: string, issues: IssueCollector): void {
  out[i] = NAN;
  issues.add(field, 'implausible_early_date', rowIndex[i] + 1, true);
}

/** `15/03/2024`-like cells waiting for the column's order: kept-row index and parts as written. */
interface Pairs {
  count: number;
  readonly rows: Int32Array;
  readonly first: Uint8Array;
  readonly second: Uint8Array;
  readonly year: Uint16Array;
}

function newPairs(n: number): Pairs {
  return { count: 0, rows: new Int32Array(n), first: new Uint8Array(n), second: new Uint8Array(n), year: new Uint16Array(n) };
}

/** Distinct date texts remembered per column (sheets repeat the same few hundred dates). */
const MEMO_LIMIT = 100000;

function copyScan(from: DateScan, to: DateScan): DateScan {
  to.kind = from.kind;
  to.day = from.day;
  to.first = from.first;
  to.second = from.second;
  to.year = from.year;
  to.twoDigitYear = from.twoDigitYear;
  return to;
}

function resolvePairs(
  out: Float64Array,
  pairs: Pairs,
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
  for (let k = 0; k < pairs.count; k++) {
    const i = pairs.rows[k];
    const first = pairs.first[k];
    const second = pairs.second[k];
    const row = rowIndex[i] + 1;
    if ((order === 'dmy' && second > 12) || (order === 'mdy' && first > 12)) {
      issues.add(field, 'contradictory_day_month', row, true, order);
      continue;
    }
    const day = dayFromPair(first, second, pairs.year[k], order);
    if (isNan(day)) issues.add(field, 'unreadable_date', row, true);
    else if (day < MIN) issues.add(field, 'implausible_early_date', row, true);
    else out[i] = day;
    if (ambiguous && first !== second && !isNan(day)) issues.add(field, 'ambiguous_day_month', row, false, order);
  }
}
