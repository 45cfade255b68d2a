// Customer flows over a period: active at start (S), churned, active at end (E), new and still active (N), first purchases.

import type { Table } from '../../model/table';
import { dateColumn, STAGE_WON, stageColumn } from '../../model/table';
import { keyCodes } from '../keys';
import { chosen } from '../needs';
import { Tally } from '../result';
import { blankRows, filterRows, rowsBefore, rowsInPeriod } from '../rows';
import { memoByPeriod, withOwnTally } from '../memo-by-period';
import type { KpiInput, Need, Period, Segment } from '../types';
import { innerMap } from '../inner-map';

export interface Flow {
  /** Active at the start of P: started before P and not ended before P. */
  readonly atStart: number;
  /** Of those, ended during P. */
  readonly churned: number;
  /** Active at the end of P: started before P ends and not ended within or before P. */
  readonly atEnd: number;
  /** Started during P and still active at its end. */
  readonly newActive: number;
  /** Started and ended during P (counted in neither churn nor retention). */
  readonly inAndOut: number;
  /** Rows starting before P ends, i.e. that could count. */
  readonly considered: number;
  readonly tally: Tally;
}

/**
 * Customer flow of `period` from the customers table (start, end), computed once per (table, period, segment):
 * churn, retention, lifetime, LTV and ARPA of the same month share it. Each call gets its own copy of the tally.
 */
export function customerFlow(table: Table, period: Period, segment?: Segment): Flow {
  return withOwnTally(memoFlow(table, period, segment));
}

const memoFlow = memoByPeriod(computeFlow);

function computeFlow(table: Table, period: Period, segment?: Segment): Flow {
  const tally = new Tally();
  const start = dateColumn(table, 'start')!;
  const end = dateColumn(table, 'end');
  const rows = rowsBefore(table, 'start', period.end, segment);
  let atStart = 0;
  let churned = 0;
  let atEnd = 0;
  let newActive = 0;
  let inAndOut = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const s = start[i];
    const e = end ? end[i] : Number.NaN;
    if (e < s) {
      tally.skip('end_before_start');
      continue;
    }
    const endedBefore = e < period.start;
    const endedIn = e >= period.start && e < period.end;
    if (s < period.start) {
      if (endedBefore) continue;
      atStart++;
      tally.used++;
      if (endedIn) churned++;
      else atEnd++;
    } else if (endedIn) {
      inAndOut++;
    } else {
      newActive++;
      atEnd++;
      tally.used++;
    }
  }
  tally.skip('no_start_date', blankRows(table, 'start', segment).length);
  return { atStart, churned, atEnd, newActive, inAndOut, considered: rows.length, tally };
}

export const NEW_CUSTOMER_NEEDS: readonly (readonly Need[])[] = [
  [{ entity: 'customers', fields: ['start'] }],
  [{ entity: 'orders', fields: ['date', 'customer'] }],
  [{ entity: 'deals', fields: ['closed', 'stage', 'customer'] }],
];

const firstCache = new WeakMap<Table, Map<string, Uint8Array>>();

/** 1 for each row that is the earliest-dated row of its key (rows with a blank key are their own key). */
export function firstOfKey(table: Table, keyField: string, dateField: string, wonOnly: boolean): Uint8Array {
  const cacheKey = `${keyField}|${dateField}|${wonOnly ? 1 : 0}`;
  const byKey = innerMap(firstCache, table);
  let mask = byKey.get(cacheKey);
  if (mask) return mask;
  mask = new Uint8Array(table.size);
  const dates = dateColumn(table, dateField);
  const stage = wonOnly ? stageColumn(table, 'stage') : undefined;
  const kc = keyCodes(table, keyField);
  const best = new Int32Array(kc ? kc.labels.length : 0).fill(-1);
  for (let i = 0; i < table.size; i++) {
    const d = dates ? dates[i] : Number.NaN;
    if (Number.isNaN(d) || (stage && stage[i] !== STAGE_WON)) continue;
    const code = kc ? kc.codes[i] : -1;
    if (code < 0) mask[i] = 1;
    else if (best[code] === -1 || d < dates![best[code]]) best[code] = i;
  }
  for (let c = 0; c < best.length; c++) if (best[c] >= 0) mask[best[c]] = 1;
  byKey.set(cacheKey, mask);
  return mask;
}

export interface NewCustomers {
  /** The table the first dates come from (customers, orders or deals). */
  readonly table?: Table;
  readonly count: number;
  readonly inPeriod: number;
  readonly tally: Tally;
}

/** Customers whose first start (or first order, or first won deal) falls in P. */
export function newCustomersIn(input: KpiInput, period: Period, segment?: Segment): NewCustomers {
  const tally = new Tally();
  const alt = chosen(input, NEW_CUSTOMER_NEEDS);
  if (alt === -1) return { count: 0, inPeriod: 0, tally };
  const [table, keyField, dateField] =
    alt === 0
      ? [input.tables.customers!, 'id', 'start']
      : alt === 1
        ? [input.tables.orders!, 'customer', 'date']
        : [input.tables.deals!, 'customer', 'closed'];
  const mask = firstOfKey(table, keyField, dateField, alt === 2);
  const rows = filterRows(table, rowsInPeriod(table, dateField, period), segment);
  let count = 0;
  for (let k = 0; k < rows.length; k++) if (mask[rows[k]] === 1) count++;
  tally.used = count;
  if (alt === 0) tally.skip('no_start_date', blankRows(table, 'start', segment).length);
  return { table, count, inPeriod: rows.length, tally };
}
