// Pipeline: value of open deals at the end of the period, and pipeline velocity (value flowing to won per day).

import { STAGE_OPEN, stageColumn } from '../../model/table';
import { openPipelineAt } from '../measures/pipeline';
import { revenueIn } from '../measures/revenue';
import { skipBlankDates } from '../measures/sums';
import { div, noValue, Tally, tallyOf, withValue } from '../result';
import type { KpiDef, KpiInput, Period, Segment } from '../types';
import { salesCycle, winRate } from './deals';
import { finite, NON_NEGATIVE, param, RATE } from './helpers';

const PIPELINE_NEEDS = [[{ entity: 'deals' as const, fields: ['created', 'closed', 'stage', 'amount'] }]];

/** Open pipeline at the end of P with its tally. */
export function pipelineAtEnd(input: KpiInput, period: Period, segment?: Segment) {
  const deals = input.tables.deals!;
  const p = openPipelineAt(deals, period.end, segment);
  const tally = new Tally();
  tally.used = p.count;
  tally.skip('no_amount', p.noAmount);
  tally.skip('no_close_date', p.noClose);
  tally.skip('close_before_create', p.badClose);
  skipBlankDates(deals, 'created', tally, 'no_created_date', segment, stageColumn(deals, 'stage'), [STAGE_OPEN]);
  return { value: p.value, count: p.count + p.noAmount, tally };
}

export const pipeline: KpiDef = {
  id: 'pipeline',
  fn: 'PIPELINE',
  label: { fr: 'Pipeline ouvert', en: 'Open pipeline' },
  description: {
    fr: 'Montant HT des affaires ouvertes à la fin de la période : créées avant la fin, et pas encore gagnées ni perdues à cette date.',
    en: 'Amount (excluding tax) of the deals open at the end of the period: created before its end, and not yet won or lost by then.',
  },
  unit: 'currency',
  better: 'up',
  needs: PIPELINE_NEEDS,
  compute(input, period, segment) {
    const p = pipelineAtEnd(input, period, segment);
    if (p.count === 0) return noValue('no_rows', p.tally);
    return withValue(p.value, p.tally, { numerator: p.value, denominator: p.count });
  },
  example: { formula: '=PIPELINE(Deals!A:F, "2024-03")', result: '240000' },
};

export const pipelineVelocity: KpiDef = {
  id: 'pipeline_velocity',
  fn: 'PIPELINE_VELOCITY',
  label: { fr: 'Vélocité du pipeline', en: 'Pipeline velocity' },
  description: {
    fr: 'Affaires ouvertes en fin de période × taux de transformation × montant moyen gagné ÷ cycle de vente (jours) : CA attendu par jour.',
    en: 'Deals open at the end of the period × win rate × average won deal ÷ sales cycle (days): expected revenue per day.',
  },
  unit: 'currency',
  better: 'up',
  needs: PIPELINE_NEEDS,
  compute(input, period, segment) {
    const open = pipelineAtEnd(input, period, segment);
    const win = winRate.compute(input, period, segment);
    const cycle = salesCycle.compute(input, period, segment);
    const rev = revenueIn(input, period, segment, 'deals');
    const avg = div(rev.sum, rev.count);
    const tally = open.tally.merge(tallyOf(win));
    const breakdown = [
      { key: 'opportunities', value: open.count, count: open.count },
      { key: 'win_rate', value: win.value, count: win.used },
      { key: 'average_deal', value: avg, count: rev.count },
      { key: 'cycle_days', value: cycle.value, count: cycle.used },
    ];
    if (win.value === null || avg === null || !cycle.value) return noValue('zero_denominator', tally, { breakdown });
    return withValue((open.count * win.value * avg) / cycle.value, tally, { breakdown });
  },
  arithmetic: {
    params: [
      param('opportunities', 'Affaires ouvertes', 'Open deals', NON_NEGATIVE),
      param('win_rate', 'Taux de transformation', 'Win rate', RATE),
      param('average_deal', 'Montant moyen gagné', 'Average won deal', NON_NEGATIVE),
      param('cycle_days', 'Cycle de vente (jours)', 'Sales cycle (days)', NON_NEGATIVE),
    ],
    compute: (n, w, a, c) => (finite(n, w, a, c) ? div(n * w * a, c) : null),
    zero: ['cycle_days'],
  },
  example: { formula: '=PIPELINE_VELOCITY(40, 25%, 5000, 50)', result: '1000' },
};
