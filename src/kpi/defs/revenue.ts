// Revenue, average order value and sales per rep.

import { dateColumn, STAGE_WON, stageColumn } from '../../model/table';
import { REVENUE_NEEDS, revenueIn } from '../measures/revenue';
import { distinctKeys } from '../measures/arpa';
import { breakdownBy, withStage } from '../measures/sums';
import { div, noValue, ratio, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import { withinSpan } from '../span';
import type { KpiDef, KpiInput, Period } from '../types';
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
    if (m.inPeriod === 0 && !withinSpan(m.source === 'orders' ? input.tables.orders! : input.tables.deals!, period, segment)) return noValue('no_rows', m.tally);
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

/** Distinct owners of the target rows of P (the team as planned), or 0 without a targets table that names reps. */
function targetReps(input: KpiInput, period: Period): number {
  const targets = input.tables.targets;
  if (!targets || !dateColumn(targets, 'date')) return 0;
  return distinctKeys(targets, rowsInPeriod(targets, 'date', period), 'owner');
}

export const salesPerRep: KpiDef = {
  id: 'sales_per_rep',
  fn: 'SALES_PER_REP',
  label: { fr: 'Ventes par commercial', en: 'Sales per rep' },
  description: {
    fr: "Chiffre d'affaires gagné de la période ÷ nombre de commerciaux : ceux des objectifs de la période quand la table des objectifs en nomme, sinon ceux qui ont clôturé une affaire (gagnée ou perdue) dans la période. Le détail par commercial (CA, ventes, part du total) : KPI_BREAKDOWN(\"sales_per_rep\"; …).",
    en: 'Revenue won in the period ÷ number of reps: those of the period’s targets when the targets table names some, else those who closed a deal (won or lost) in the period. The per-rep breakdown (revenue, sales, share of the total): KPI_BREAKDOWN("sales_per_rep"; …).',
  },
  unit: 'currency',
  better: 'up',
  needs: PER_REP_NEEDS,
  compute(input, period, segment) {
    const alt = pickOrMissing(input, PER_REP_NEEDS);
    if (typeof alt !== 'number') return alt;
    const m = revenueIn(input, period, segment, alt === 0 ? 'deals' : 'orders');
    const table = alt === 0 ? input.tables.deals! : input.tables.orders!;
    const closed = rowsInPeriod(table, alt === 0 ? 'closed' : 'date', period, segment);
    const won = alt === 0 ? withStage(stageColumn(table, 'stage')!, closed, STAGE_WON) : closed;
    const all = breakdownBy(table, won, 'owner', 'amount');
    const breakdown = all.filter((r) => r.key !== '');
    if (m.inPeriod === 0 && !withinSpan(table, period, segment)) return noValue('no_rows', m.tally);
    const reps = (!segment && targetReps(input, period)) || distinctKeys(table, closed, 'owner');
    return ratio(m.sum, reps, m.tally, { breakdown });
  },
  example: { formula: '=SALES_PER_REP(Deals!A:F, "2024-03")', result: '16000' },
};
