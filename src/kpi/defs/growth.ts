// Growth: revenue of P against the period of the same length just before.

import { REVENUE_NEEDS } from '../measures/revenue';
import { priorPeriod } from '../period-shift';
import { div, noValue, ratio, tallyOf } from '../result';
import type { KpiDef, KpiInput, KpiResult, Period, Segment } from '../types';
import { finite, NON_NEGATIVE, param } from './helpers';
import { revenue } from './revenue';

/** Growth of any KPI's value: (value P − value P−1) ÷ value P−1, with both values in the breakdown. */
export function growthOf(def: KpiDef, input: KpiInput, period: Period, segment?: Segment): KpiResult {
  const current = def.compute(input, period, segment);
  const previous = def.compute(input, priorPeriod(period), segment);
  const tally = tallyOf(current).merge(tallyOf(previous));
  const breakdown = [
    { key: 'current', value: current.value, count: current.used },
    { key: 'previous', value: previous.value, count: previous.used },
  ];
  if (current.value === null) return noValue(current.why ?? 'no_rows', tally, { breakdown });
  // Nothing to compare with: say it is the previous period that is empty, not a bare division by zero.
  if (previous.value === null || previous.used === 0) return noValue('previous_empty', tally, { breakdown });
  return ratio(current.value - previous.value, previous.value, tally, { breakdown });
}

export const growth: KpiDef = {
  id: 'growth',
  // Not GROWTH: Sheets has a built-in GROWTH (exponential trend) that would run instead of ours.
  fn: 'SALES_GROWTH',
  label: { fr: 'Croissance', en: 'Growth' },
  description: {
    fr: "Évolution du chiffre d'affaires par rapport à la période précédente de même durée : (CA P − CA P−1) ÷ CA P−1.",
    en: 'Change in revenue against the previous period of the same length: (revenue P − revenue P−1) ÷ revenue P−1.',
  },
  unit: 'rate',
  better: 'up',
  needs: REVENUE_NEEDS,
  compute(input, period, segment) {
    return growthOf(revenue, input, period, segment);
  },
  arithmetic: {
    params: [param('current', 'Valeur de la période', 'Value of the period'), param('previous', 'Valeur de la période précédente', 'Value of the previous period', NON_NEGATIVE)],
    compute: (cur, prev) => (finite(cur, prev) ? div(cur - prev, prev) : null),
    zero: ['previous'],
  },
  example: { formula: '=SALES_GROWTH(55000, 50000)', result: '10%' },
};
