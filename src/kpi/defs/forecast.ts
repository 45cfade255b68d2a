// Weighted pipeline, coverage of the target still to reach, and the month's forecast (DESIGN's pipeline table).

import { STAGE_OPEN, type Table } from '../../model/table';
import { weightedOpenAt } from '../measures/forecast';
import { memoByPeriod } from '../memo-by-period';
import { revenueIn } from '../measures/revenue';
import { skipBlankDates } from '../measures/sums';
import { noValue, Tally, withValue } from '../result';
import { readTarget } from '../target-metrics';
import type { KpiDef, KpiInput, Period, Segment } from '../types';
import { stageColumn } from '../../model/table';
import { revenue } from './revenue';

const DEALS = { entity: 'deals' as const, fields: ['created', 'closed', 'stage', 'amount'] };
const TARGETS = { entity: 'targets' as const, fields: ['date', 'metric', 'target'] };

/** Open deals weighted at the end of a period, once per (deals table, period, segment): two KPIs of a month read it. */
const weightedAtEndOf = memoByPeriod((deals: Table, period: Period, segment?: Segment) => weightedOpenAt(deals, period.end, segment));

/** Open deals weighted at the end of P, with the tally (deals without amount or creation date left out). */
export function weightedAtEnd(input: KpiInput, period: Period, segment?: Segment) {
  const deals = input.tables.deals!;
  const w = weightedAtEndOf(deals, period, segment);
  const tally = new Tally();
  tally.used = w.count;
  tally.skip('no_amount', w.noAmount);
  skipBlankDates(deals, 'created', tally, 'no_created_date', segment, stageColumn(deals, 'stage'), [STAGE_OPEN]);
  return { w, tally };
}

const RATE_NOTE = (withProbability: number, count: number): string[] => (withProbability < count ? ['historical_win_rate'] : []);

export const weightedPipeline: KpiDef = {
  id: 'weighted_pipeline',
  fn: 'WEIGHTED_PIPELINE',
  label: { fr: 'Pipeline pondéré', en: 'Weighted pipeline' },
  description: {
    fr: "Somme HT des affaires ouvertes en fin de période × leur probabilité (colonne Probabilité ; à défaut, taux de transformation des affaires clôturées dans les 12 mois précédents). Le détail donne le montant ouvert et pondéré par étape.",
    en: 'Sum of the deals open at the end of the period (excluding tax) × their probability (the Probability column; else the win rate of the deals closed in the 12 months before). The breakdown gives open and weighted amounts per stage.',
  },
  unit: 'currency',
  better: 'up',
  needs: [[DEALS]],
  compute(input, period, segment) {
    const { w, tally } = weightedAtEnd(input, period, segment);
    if (w.count === 0) return noValue('no_rows', tally);
    const breakdown = w.byStage.map((s) => ({ key: s.stage, value: s.weighted, count: s.count, share: s.amount > 0 ? s.weighted / s.amount : null }));
    if (w.withProbability < w.count && w.historicalRate === null) return noValue('zero_denominator', tally, { breakdown });
    return withValue(w.weighted, tally, { numerator: w.weighted, denominator: w.amount, breakdown, notes: RATE_NOTE(w.withProbability, w.count) });
  },
  example: { formula: '=WEIGHTED_PIPELINE(Deals!A:G, "2024-03")', result: '84000' },
};

/** Target still to reach in P: revenue target − revenue won in P; null without a target. */
export function remainingTarget(input: KpiInput, period: Period, segment?: Segment): { target: number; won: number; remaining: number } | null {
  const target = readTarget(input, 'revenue', period, segment?.field === 'owner' ? segment.value : undefined, [revenue]);
  if (target === null) return null;
  const won = revenueIn(input, period, segment, 'deals').sum;
  return { target, won, remaining: target - won };
}

export const coverage: KpiDef = {
  id: 'pipeline_coverage',
  fn: 'PIPELINE_COVERAGE',
  label: { fr: 'Couverture du pipeline', en: 'Pipeline coverage' },
  description: {
    fr: "Pipeline pondéré en fin de période ÷ objectif de CA restant à atteindre (objectif − CA gagné sur la période) ; sans valeur une fois l'objectif atteint.",
    en: 'Weighted pipeline at the end of the period ÷ revenue target still to reach (target − revenue won in the period); no value once the target is reached.',
  },
  unit: 'ratio',
  better: 'up',
  needs: [[DEALS, TARGETS]],
  compute(input, period, segment) {
    const { w, tally } = weightedAtEnd(input, period, segment);
    const left = remainingTarget(input, period, segment);
    if (!left) return noValue('no_target', tally);
    if (left.remaining <= 0) return noValue('zero_denominator', tally, { numerator: w.weighted, denominator: left.remaining, notes: ['target_reached'] });
    return withValue(w.weighted / left.remaining, tally, { numerator: w.weighted, denominator: left.remaining, notes: RATE_NOTE(w.withProbability, w.count) });
  },
  example: { formula: '=PIPELINE_COVERAGE(Deals!A:G, Targets!A:D, "2024-03")', result: '1.8' },
};

export const forecast: KpiDef = {
  id: 'sales_forecast',
  fn: 'SALES_FORECAST',
  label: { fr: 'Prévision de CA', en: 'Revenue forecast' },
  description: {
    fr: 'CA déjà gagné sur la période + affaires encore ouvertes dont la date de clôture (prévue) tombe dans la période × leur probabilité.',
    en: 'Revenue already won in the period + deals still open whose (expected) close date falls in the period × their probability.',
  },
  unit: 'currency',
  better: 'up',
  needs: [[DEALS]],
  compute(input, period, segment) {
    const deals = input.tables.deals!;
    const won = revenueIn(input, period, segment, 'deals');
    const due = weightedOpenAt(deals, period.end, segment, period);
    const tally = new Tally().merge(won.tally);
    tally.used += due.count;
    tally.skip('no_amount', due.noAmount);
    if (won.inPeriod === 0 && due.count === 0) return noValue('no_rows', tally);
    const breakdown = [
      { key: 'won', value: won.sum, count: won.count },
      { key: 'weighted_due', value: due.weighted, count: due.count },
    ];
    return withValue(won.sum + due.weighted, tally, { breakdown, notes: RATE_NOTE(due.withProbability, due.count) });
  },
  example: { formula: '=SALES_FORECAST(Deals!A:G, "2024-03")', result: '61500' },
};
