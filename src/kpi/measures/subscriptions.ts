// Subscription MRR per row (monthly-normalised), and per customer at the start vs the end of a period: the MRR movements.

import { dateColumn, numberColumn, type Table, textColumn } from '../../model/table';
import { keyCodes } from '../keys';
import type { Need } from '../types';
import { Tally } from '../result';
import { blankRows, rowsBefore } from '../rows';
import { memoByPeriod, withOwnTally } from '../memo-by-period';
import type { Period, Segment } from '../types';
import { monthlyAmount, parseInterval } from './billing-interval';

/** MRR needs a start date and either a monthly `mrr` column or an amount with its billing interval. */
export const MRR_NEEDS: readonly (readonly Need[])[] = [
  [{ entity: 'subscriptions', fields: ['start', 'mrr'] }],
  [{ entity: 'subscriptions', fields: ['start', 'amount', 'interval'] }],
];

/** Movements compare each customer's MRR at the start and at the end of the period. */
export const MOVEMENT_NEEDS: readonly (readonly Need[])[] = MRR_NEEDS.map((alt) => [{ entity: 'subscriptions' as const, fields: ['customer', ...alt[0].fields] }]);

const REASONS = ['', 'no_amount', 'no_interval'] as const;

interface RowMrr {
  /** Monthly amount of each row, NaN when it cannot be read. */
  readonly mrr: Float64Array;
  /** Why a row has no MRR: index into REASONS. */
  readonly why: Uint8Array;
}

const rowCache = new WeakMap<Table, RowMrr>();

/** Each row's MRR: its `mrr` cell, else amount × quantity ÷ (months per interval × interval count). Once per table. */
export function rowMrr(table: Table): RowMrr {
  const cached = rowCache.get(table);
  if (cached) return cached;
  const n = table.size;
  const mrr = new Float64Array(n).fill(Number.NaN);
  const why = new Uint8Array(n);
  const given = numberColumn(table, 'mrr');
  const amount = numberColumn(table, 'amount');
  const interval = textColumn(table, 'interval');
  const count = numberColumn(table, 'interval_count');
  const quantity = numberColumn(table, 'quantity');
  for (let i = 0; i < n; i++) {
    if (given && !Number.isNaN(given[i])) {
      mrr[i] = given[i];
      continue;
    }
    const a = amount ? amount[i] : Number.NaN;
    if (Number.isNaN(a)) {
      why[i] = 1;
      continue;
    }
    const parsed = interval ? parseInterval(interval[i]) : undefined;
    if (!parsed) {
      why[i] = 2;
      continue;
    }
    const c = count && count[i] > 0 ? count[i] : parsed.count;
    const q = quantity && !Number.isNaN(quantity[i]) ? quantity[i] : 1;
    mrr[i] = monthlyAmount(a * q, parsed.unit, c);
  }
  const out = { mrr, why };
  rowCache.set(table, out);
  return out;
}

/** MRR movements of a period, summed over customers (amounts) with the number of customers behind each. */
export interface Movements {
  readonly start: number;
  readonly new: number;
  readonly expansion: number;
  readonly reactivation: number;
  readonly contraction: number;
  readonly churned: number;
  readonly end: number;
  /** Customers behind each amount (start: paying at the start; end: paying at the end). */
  readonly customers: Readonly<Record<MovementKey, number>>;
  readonly tally: Tally;
}

export const MOVEMENT_KEYS = ['start', 'new', 'expansion', 'reactivation', 'contraction', 'churned', 'end'] as const;
export type MovementKey = (typeof MOVEMENT_KEYS)[number];

/**
 * Per customer, MRR of the subscriptions active at the start of P (started before it, not ended before it) against
 * those active at its end: 0 → > 0 is new (reactivation when the customer had an earlier subscription), > 0 → 0 churned,
 * up expansion, down contraction. Rows without a customer are their own customer. Once per (table, period, segment).
 */
export function movementsIn(table: Table, period: Period, segment?: Segment): Movements {
  return withOwnTally(memoMovements(table, period, segment));
}

const memoMovements = memoByPeriod(computeMovements);

function computeMovements(table: Table, period: Period, segment?: Segment): Movements {
  const tally = new Tally();
  const start = dateColumn(table, 'start')!;
  const end = dateColumn(table, 'end');
  const { mrr, why } = rowMrr(table);
  const kc = keyCodes(table, 'customer');
  const labels = kc ? kc.labels.length : 0;
  const rows = rowsBefore(table, 'start', period.end, segment);
  const slots = new Map<number, number>(); // customer → dense slot
  const slotOf = (i: number) => {
    const code = kc && kc.codes[i] >= 0 ? kc.codes[i] : labels + i;
    let s = slots.get(code);
    if (s === undefined) {
      s = slots.size;
      slots.set(code, s);
    }
    return s;
  };
  const atStart: number[] = [];
  const atEnd: number[] = [];
  const earlier: boolean[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const s = start[i];
    const e = end ? end[i] : Number.NaN;
    if (e < s) {
      tally.skip('end_before_start');
      continue;
    }
    const v = mrr[i];
    if (Number.isNaN(v)) {
      tally.skip(REASONS[why[i]]);
      continue;
    }
    const slot = slotOf(i);
    if (atStart[slot] === undefined) {
      atStart[slot] = 0;
      atEnd[slot] = 0;
      earlier[slot] = false;
    }
    if (s < period.start) {
      earlier[slot] = true;
      if (!(e < period.start)) atStart[slot] += v;
    }
    if (!(e < period.end)) atEnd[slot] += v;
    tally.used++;
  }
  tally.skip('no_start_date', blankRows(table, 'start', segment).length);
  const sums: Record<MovementKey, number> = { start: 0, new: 0, expansion: 0, reactivation: 0, contraction: 0, churned: 0, end: 0 };
  const customers: Record<MovementKey, number> = { start: 0, new: 0, expansion: 0, reactivation: 0, contraction: 0, churned: 0, end: 0 };
  const add = (k: MovementKey, amount: number) => {
    sums[k] += amount;
    customers[k]++;
  };
  for (let slot = 0; slot < atStart.length; slot++) {
    const a = atStart[slot];
    const b = atEnd[slot];
    if (a === undefined) continue;
    if (a > 0) add('start', a);
    if (b > 0) add('end', b);
    if (a <= 0 && b > 0) add(earlier[slot] ? 'reactivation' : 'new', b);
    else if (a > 0 && b <= 0) add('churned', a);
    else if (a > 0 && b > a) add('expansion', b - a);
    else if (a > 0 && b < a) add('contraction', a - b);
  }
  return { ...sums, customers, tally };
}
