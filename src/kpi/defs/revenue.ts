// Revenue, average order value and sales per rep.

import { STAGE_WON, stageColumn } from '../../model/table';
import { REVENUE_NEEDS, revenueIn } from '../measures/revenue';
import { breakdownBy, withStage } from '../measures/sums';
import { div, noValue, ratio, Tally, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import type { KpiDef } from '../types';
import { finite, NON_NEGATIVE, param, pickOrMissing } from './helpers';

export const revenue: KpiDef = {
  id: 'revenue',
  fn: 'REVENUE',
  label: { fr: "Chiffre d'affaires", en: 'Revenue' },
  description: {
    fr: 'Somme HT des montants des affaires gagnées (clôturées) sur la période, ou des commandes à défaut de table des affaires.',
    en: 'Sum of the amounts (excluding tax) of deals won (closed) in the period, or of orders when there is no deals table.',
  },
  unit: 'currency',
  better: 'up',
  needs: REVENUE_NEEDS,
  compute(input, period, segment) {
    const m = revenueIn(input, period, segment);
    if (m.inPeriod === 0) return noValue('no_rows', m.tally);
    // Won deals whose amounts are all blank or unreadable give no value, never a silent 0.
    if (m.count === 0 && (m.tally.by.no_amount ?? 0) > 0) return noValue('all_skipped', m.tally);
    return withValue(m.sum, m.tally, { numerator: m.sum, denominator: m.count });
  },
  example: { formula: '=REVENUE(Deals!A:F, "2024-03")', result: '48500' },
};

const AOV_NEEDS = [REVENUE_NEEDS[1], REVENUE_NEEDS[0]];

export const aov: KpiDef = {
  id: 'aov',
  fn: 'AOV',
  label: { fr: 'Panier moyen', en: 'Average order value' },
  description: {
    fr: "Chiffre d'affaires HT divisé par le nombre de commandes de la période (ou d'affaires gagnées à défaut de commandes).",
    en: 'Revenue (excluding tax) divided by the number of orders in the period (or of deals won when there are no orders).',
  },
  unit: 'currency',
  better: 'up',
  needs: AOV_NEEDS,
  compute(input, period, segment) {
    const m = revenueIn(input, period, segment, 'orders');
    return ratio(m.sum, m.count, m.tally);
  },
  arithmetic: {
    params: [param('revenue', "Chiffre d'affaires HT", 'Revenue excluding tax', NON_NEGATIVE), param('orders', 'Nombre de commandes', 'Number of orders', NON_NEGATIVE)],
    compute: (rev, orders) => (finite(rev, orders) ? div(rev, orders) : null),
    zero: ['orders'],
  },
  example: { formula: '=AOV(12000, 80)', result: '150' },
};

const PER_REP_NEEDS = [
  [{ entity: 'deals' as const, fields: ['closed', 'stage', 'amount', 'owner'] }],
  [{ entity: 'orders' as const, fields: ['date', 'amount', 'owner'] }],
];

export const salesPerRep: KpiDef = {
  id: 'sales_per_rep',
  fn: 'SALES_PER_REP',
  label: { fr: 'Ventes par commercial', en: 'Sales per rep' },
  description: {
    fr: "Chiffre d'affaires moyen par commercial ayant vendu sur la période ; le détail donne, par commercial, le CA, le nombre de ventes et la part du total.",
    en: 'Average revenue per rep who sold in the period; the breakdown gives, per rep, revenue, number of sales and share of the total.',
  },
  unit: 'currency',
  better: 'up',
  needs: PER_REP_NEEDS,
  spills: true,
  compute(input, period, segment) {
    const alt = pickOrMissing(input, PER_REP_NEEDS);
    if (typeof alt !== 'number') return alt;
    const m = revenueIn(input, period, segment, alt === 0 ? 'deals' : 'orders');
    const table = alt === 0 ? input.tables.deals! : input.tables.orders!;
    let rows = rowsInPeriod(table, alt === 0 ? 'closed' : 'date', period, segment);
    if (alt === 0) rows = withStage(stageColumn(table, 'stage')!, rows, STAGE_WON);
    const all = breakdownBy(table, rows, 'owner', 'amount');
    const breakdown = all.filter((r) => r.key !== '');
    const tally = new Tally().merge(m.tally);
    const noOwner = all.find((r) => r.key === '');
    if (noOwner) tally.skip('no_owner', noOwner.count);
    if (m.inPeriod === 0) return noValue('no_rows', tally);
    let sum = 0;
    for (const r of breakdown) sum += r.value ?? 0;
    return ratio(sum, breakdown.length, tally, { breakdown });
  },
  example: { formula: '=SALES_PER_REP(Deals!A:F, "2024-03")', result: '16000' },
};
