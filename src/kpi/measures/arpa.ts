// Monthly revenue per account (ARPA) and margin rate, the ingredients of LTV and CAC payback.

import { dateColumn, numberColumn, type Table } from '../../model/table';
import { keyCodes } from '../keys';
import { chosen } from '../needs';
import { periodMonths } from '../period-shift';
import { Tally } from '../result';
import { rowsBefore, rowsInPeriod } from '../rows';
import { memoByPeriod } from '../memo-by-period';
import type { KpiInput, Need, Period, Segment } from '../types';
import { customerFlow } from './customers';
import { REVENUE_NEEDS, revenueIn } from './revenue';

export const ARPA_NEEDS: readonly (readonly Need[])[] = [
  [{ entity: 'customers', fields: ['start', 'mrr'] }],
  [{ entity: 'customers', fields: ['start'] }, ...REVENUE_NEEDS[0]],
  [{ entity: 'customers', fields: ['start'] }, ...REVENUE_NEEDS[1]],
  [{ entity: 'orders', fields: ['date', 'amount', 'customer'] }],
];

export interface Arpa {
  readonly value: number | null;
  readonly tally: Tally;
  readonly how: 'mrr' | 'revenue_per_customer' | 'orders_per_customer' | 'none';
}

/** Mean monthly revenue per active customer in P: their `mrr`, else revenue ÷ active customers ÷ months. */
export function arpaIn(input: KpiInput, period: Period, segment?: Segment): Arpa {
  const alt = chosen(input, ARPA_NEEDS);
  const tally = new Tally();
  const months = periodMonths(period);
  if (alt === 0) {
    const arpa = mrrArpa(input.tables.customers!, period, segment);
    return { ...arpa, tally: new Tally().merge(arpa.tally) };
  }
  if (alt === 1 || alt === 2) {
    const rev = revenueIn(input, period, segment, alt === 1 ? 'deals' : 'orders');
    const flow = customerFlow(input.tables.customers!, period, segment);
    tally.merge(rev.tally);
    const value = flow.atStart && months ? rev.sum / flow.atStart / months : null;
    return { value, tally, how: 'revenue_per_customer' };
  }
  if (alt === 3) {
    const orders = input.tables.orders!;
    const rev = revenueIn(input, period, segment, 'orders');
    tally.merge(rev.tally);
    const buyers = distinctKeys(orders, rowsInPeriod(orders, 'date', period, segment), 'customer');
    return { value: buyers && months ? rev.sum / buyers / months : null, tally, how: 'orders_per_customer' };
  }
  return { value: null, tally, how: 'none' };
}

/** Mean `mrr` of the customers active at the start of P, once per (customers table, period, segment): LTV, LTV:CAC and CAC payback share it. */
const mrrArpa = memoByPeriod((customers: Table, period: Period, segment?: Segment): Arpa => {
  const tally = new Tally();
  const mrr = numberColumn(customers, 'mrr')!;
  const end = dateColumn(customers, 'end');
  const rows = rowsBefore(customers, 'start', period.start, segment);
  let sum = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (end && end[i] < period.start) continue;
    const v = mrr[i];
    if (Number.isNaN(v)) tally.skip('no_mrr');
    else {
      sum += v;
      tally.used++;
    }
  }
  return { value: tally.used ? sum / tally.used : null, tally, how: 'mrr' };
});

/** Number of distinct non-blank keys of `field` among `rows`. */
export function distinctKeys(table: Parameters<typeof keyCodes>[0], rows: Int32Array, field: string): number {
  const kc = keyCodes(table, field);
  if (!kc) return 0;
  const seen = new Uint8Array(kc.labels.length);
  let n = 0;
  for (let k = 0; k < rows.length; k++) {
    const c = kc.codes[rows[k]];
    if (c >= 0 && !seen[c]) {
      seen[c] = 1;
      n++;
    }
  }
  return n;
}

/** Margin rate of P's orders when they carry a cost; otherwise 1, with the note `margin_rate_assumed`. */
export function marginRateOr1(input: KpiInput, period: Period, segment?: Segment): { rate: number; notes: string[] } {
  const orders = input.tables.orders;
  if (orders && numberColumn(orders, 'amount') && numberColumn(orders, 'cost') && dateColumn(orders, 'date')) {
    const amount = numberColumn(orders, 'amount')!;
    const cost = numberColumn(orders, 'cost')!;
    const rows = rowsInPeriod(orders, 'date', period, segment);
    let rev = 0;
    let cogs = 0;
    for (let k = 0; k < rows.length; k++) {
      const a = amount[rows[k]];
      const c = cost[rows[k]];
      if (!Number.isNaN(a) && !Number.isNaN(c)) {
        rev += a;
        cogs += c;
      }
    }
    if (rev > 0) return { rate: (rev - cogs) / rev, notes: [] };
  }
  return { rate: 1, notes: ['margin_rate_assumed'] };
}
