// Billing intervals (month, quarter, year, week, day, in French and English) and the monthly normalisation of amounts.

import { normalizeText } from '../../model/normalize';

/** Months in one billing interval: DESIGN's normalisation (year ÷ 12, quarter ÷ 3, week × 52 ÷ 12, day × 365 ÷ 12). */
export const MONTHS_PER_INTERVAL = { month: 1, quarter: 3, year: 12, week: 12 / 52, day: 12 / 365 } as const;
export type IntervalUnit = keyof typeof MONTHS_PER_INTERVAL;

/** The words naming each unit (normalised), also read by the SQL compilation (`src/sql/subscriptions.ts`). */
export const INTERVAL_WORDS: Readonly<Record<IntervalUnit, readonly string[]>> = {
  month: 'month months monthly mo m mois mensuel mensuelle mensuellement monatlich mes mensual'.split(' '),
  quarter: 'quarter quarters quarterly q trimestre trimestres trimestriel trimestrielle'.split(' '),
  year: 'year years yearly annual annually yr y an ans annee annees annuel annuelle annuellement'.split(' '),
  week: 'week weeks weekly wk w semaine semaines hebdomadaire hebdo'.split(' '),
  day: 'day days daily d jour jours quotidien quotidienne journalier'.split(' '),
};

/** Words left out before reading an interval (`every 2 weeks`, `tous les mois`). */
export const INTERVAL_FILLERS: readonly string[] = ['every', 'per', 'par', 'tous', 'les', 'toutes'];

const WORDS: Record<string, IntervalUnit> = {};
for (const [unit, words] of Object.entries(INTERVAL_WORDS) as [IntervalUnit, readonly string[]][]) for (const w of words) WORDS[w] = unit;

export interface Interval {
  readonly unit: IntervalUnit;
  /** How many units one billing period spans (`3 months` → 3). */
  readonly count: number;
}

/** Reads `month`, `Monthly`, `3 months`, `annuel`, `every 2 weeks`...; undefined when the text names no interval. */
export function parseInterval(value: unknown): Interval | undefined {
  if (typeof value !== 'string') return undefined;
  const words = normalizeText(value)
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(' ')
    .filter((w) => w !== '' && !INTERVAL_FILLERS.includes(w));
  if (words.length === 0 || words.length > 2) return undefined;
  let count = 1;
  if (words.length === 2) {
    count = Number(words[0]);
    if (!Number.isInteger(count) || count <= 0) return undefined;
  }
  const unit = WORDS[words[words.length - 1]];
  return unit ? { unit, count } : undefined;
}

/** Monthly amount of `amount` billed every `count` `unit`s. */
export function monthlyAmount(amount: number, unit: IntervalUnit, count = 1): number {
  return amount / (MONTHS_PER_INTERVAL[unit] * count);
}
