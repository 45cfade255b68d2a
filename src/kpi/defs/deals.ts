// Deal counts and ratios: deals won and lost, win rate, sales cycle, conversion rate.

import { dateColumn, STAGE_LOST, STAGE_WON, stageColumn, type Table } from '../../model/table';
import { countStage, skipBlankDates } from '../measures/sums';
import { div, noValue, ratio, Tally, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import { memoByPeriod } from '../memo-by-period';
import { withinSpan } from '../span';
import type { KpiDef, KpiInput, Period, Segment } from '../types';
import { finite, NON_NEGATIVE, param } from './helpers';

const CLOSED = [[{ entity: 'deals' as const, fields: ['closed', 'stage'] }]];

export interface Closed {
  readonly deals: Table;
  readonly stage: Uint8Array;
  /** Deals closed in P (read only: shared by the KPIs of the same period). */
  readonly rows: Int32Array;
  readonly won: number;
  readonly lost: number;
}

/**
 * Won and lost deals closed in P; won/lost deals without a close date are skipped. Counted once per
 * (deals table, period, segment): won, lost, win rate, sales cycle, conversion and velocity all start from it.
 */
export function closedIn(input: KpiInput, period: Period, segment?: Segment): Closed {
  return memoClosed(input.tables.deals!, period, segment);
}

const memoClosed = memoByPeriod(
  (deals: Table, period: Period, segment?: Segment): Closed => {
    const stage = stageColumn(deals, 'stage')!;
    const rows = rowsInPeriod(deals, 'closed', period, segment);
    return { deals, stage, rows, won: countStage(stage, rows, STAGE_WON), lost: countStage(stage, rows, STAGE_LOST) };
  },
  // A stage column replaced since (stage labels of the settings re-read) makes the memo stale.
  (closed, deals) => closed.stage === stageColumn(deals, 'stage'),
);

function countDef(id: string, fn: string, which: number, label: KpiDef['label'], description: KpiDef['description']): KpiDef {
  return {
    id,
    fn,
    label,
    description,
    unit: 'count',
    better: which === STAGE_WON ? 'up' : 'down',
    needs: CLOSED,
    compute(input, period, segment) {
      const c = closedIn(input, period, segment);
      const tally = new Tally();
      tally.used = which === STAGE_WON ? c.won : c.lost;
      skipBlankDates(c.deals, 'closed', tally, 'no_close_date', segment, c.stage, [which]);
      if (c.rows.length === 0 && !withinSpan(c.deals, period, segment)) return noValue('no_rows', tally);
      return withValue(tally.used, tally);
    },
    example: { formula: `=${fn}(Deals!A:F, "2024-03")`, result: which === STAGE_WON ? '12' : '7' },
  };
}

export const dealsWon = countDef(
  'deals_won',
  'DEALS_WON',
  STAGE_WON,
  { fr: 'Nombre de ventes (signatures)', en: 'Deals won' },
  { fr: 'Nombre d’affaires gagnées dont la date de clôture tombe dans la période.', en: 'Number of deals won whose close date falls in the period.' },
);

export const dealsLost = countDef(
  'deals_lost',
  'DEALS_LOST',
  STAGE_LOST,
  { fr: 'Affaires perdues', en: 'Deals lost' },
  { fr: 'Nombre d’affaires perdues dont la date de clôture tombe dans la période.', en: 'Number of deals lost whose close date falls in the period.' },
);

export const winRate: KpiDef = {
  id: 'win_rate',
  fn: 'WIN_RATE',
  label: { fr: 'Taux de transformation (win rate)', en: 'Win rate' },
  description: {
    fr: 'Affaires gagnées ÷ (gagnées + perdues), parmi les affaires clôturées dans la période ; les affaires encore ouvertes ne comptent pas.',
    en: 'Deals won ÷ (won + lost), among deals closed in the period; deals still open do not count.',
  },
  unit: 'rate',
  better: 'up',
  needs: CLOSED,
  compute(input, period, segment) {
    const c = closedIn(input, period, segment);
    const tally = new Tally();
    tally.used = c.won + c.lost;
    skipBlankDates(c.deals, 'closed', tally, 'no_close_date', segment, c.stage, [STAGE_WON, STAGE_LOST]);
    return ratio(c.won, c.won + c.lost, tally);
  },
  arithmetic: {
    params: [param('won', 'Affaires gagnées', 'Deals won', NON_NEGATIVE), param('lost', 'Affaires perdues', 'Deals lost', NON_NEGATIVE)],
    compute: (won, lost) => (finite(won, lost) ? div(won, won + lost) : null),
    zero: ['won', 'lost'],
  },
  example: { formula: '=WIN_RATE(12, 18)', result: '40%' },
};

export const salesCycle: KpiDef = {
  id: 'sales_cycle',
  fn: 'SALES_CYCLE',
  label: { fr: 'Cycle de vente moyen', en: 'Average sales cycle' },
  description: {
    fr: 'Nombre moyen de jours entre la création et la clôture des affaires gagnées dans la période.',
    en: 'Mean number of days from creation to close of the deals won in the period.',
  },
  unit: 'days',
  better: 'down',
  needs: [[{ entity: 'deals', fields: ['created', 'closed', 'stage'] }]],
  compute(input, period, segment) {
    const c = closedIn(input, period, segment);
    const created = dateColumn(c.deals, 'created')!;
    const closed = dateColumn(c.deals, 'closed')!;
    const tally = new Tally();
    let days = 0;
    for (let k = 0; k < c.rows.length; k++) {
      const i = c.rows[k];
      if (c.stage[i] !== STAGE_WON) continue;
      const d = closed[i] - created[i];
      if (Number.isNaN(d)) tally.skip('no_created_date');
      else if (d < 0) tally.skip('close_before_create');
      else {
        days += d;
        tally.used++;
      }
    }
    skipBlankDates(c.deals, 'closed', tally, 'no_close_date', segment, c.stage);
    return ratio(days, tally.used, tally);
  },
  example: { formula: '=SALES_CYCLE(Deals!A:F, "2024-03")', result: '34' },
};

export const conversionRate: KpiDef = {
  id: 'conversion_rate',
  fn: 'CONVERSION_RATE',
  label: { fr: 'Taux de conversion', en: 'Conversion rate' },
  description: {
    fr: 'Affaires gagnées dans la période ÷ leads créés dans la période.',
    en: 'Deals won in the period ÷ leads created in the period.',
  },
  unit: 'rate',
  better: 'up',
  needs: [[{ entity: 'deals', fields: ['closed', 'stage'] }, { entity: 'leads', fields: ['created'] }]],
  compute(input, period, segment) {
    const c = closedIn(input, period, segment);
    const leads = rowsInPeriod(input.tables.leads!, 'created', period, segment).length;
    const tally = new Tally();
    tally.used = c.won + leads;
    skipBlankDates(c.deals, 'closed', tally, 'no_close_date', segment, c.stage);
    return ratio(c.won, leads, tally);
  },
  arithmetic: {
    params: [param('conversions', 'Conversions (ventes)', 'Conversions (sales)', NON_NEGATIVE), param('leads', 'Leads', 'Leads', NON_NEGATIVE)],
    compute: (conv, leads) => (finite(conv, leads) ? div(conv, leads) : null),
    zero: ['leads'],
  },
  example: { formula: '=CONVERSION_RATE(15, 300)', result: '5%' },
};
