// Revenue in a period: amounts of deals won (closed in P), or of orders dated in P when there is no deal table.

import { STAGE_WON, stageColumn } from '../../model/table';
import { chosen } from '../needs';
import { Tally } from '../result';
import { rowsInPeriod } from '../rows';
import type { KpiInput, Need, Period, Segment } from '../types';
import { skipBlankDates, sumOver } from './sums';

export const REVENUE_NEEDS: readonly (readonly Need[])[] = [
  [{ entity: 'deals', fields: ['closed', 'stage', 'amount'] }],
  [{ entity: 'orders', fields: ['date', 'amount'] }],
];

export interface RevenueMeasure {
  /** Sum of readable amounts. */
  readonly sum: number;
  /** Sales counted (won deals or orders with a readable amount). */
  readonly count: number;
  /** Rows of the source table dated in P (0 means "no data for P"). */
  readonly inPeriod: number;
  readonly tally: Tally;
  readonly source: 'deals' | 'orders' | 'none';
}

/** Revenue of the period, from won deals or orders (whichever the input has, deals first unless `prefer` says orders). */
export function revenueIn(input: KpiInput, period: Period, segment?: Segment, prefer: 'deals' | 'orders' = 'deals'): RevenueMeasure {
  const tally = new Tally();
  const alt = chosen(input, prefer === 'deals' ? REVENUE_NEEDS : [REVENUE_NEEDS[1], REVENUE_NEEDS[0]]);
  const useDeals = alt !== -1 && (prefer === 'deals' ? alt === 0 : alt === 1);
  if (alt === -1) return { sum: 0, count: 0, inPeriod: 0, tally, source: 'none' };
  if (useDeals) {
    const deals = input.tables.deals!;
    const stage = stageColumn(deals, 'stage')!;
    const rows = rowsInPeriod(deals, 'closed', period, segment);
    const s = sumOver(deals, rows, 'amount', tally, 'no_amount', stage, STAGE_WON);
    skipBlankDates(deals, 'closed', tally, 'no_close_date', segment, stage);
    return { sum: s.sum, count: s.count, inPeriod: rows.length, tally, source: 'deals' };
  }
  const orders = input.tables.orders!;
  const rows = rowsInPeriod(orders, 'date', period, segment);
  const s = sumOver(orders, rows, 'amount', tally, 'no_amount');
  skipBlankDates(orders, 'date', tally, 'no_date', segment);
  return { sum: s.sum, count: s.count, inPeriod: rows.length, tally, source: 'orders' };
}
