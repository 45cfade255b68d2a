// Shared state of one sample generation: the seeded generator, the window of months, the reps and volume helpers.

import { type Day, daysInMonth, firstDayOfMonth, type MonthIndex, monthOfDay } from '../model/days';
import type { Lang } from '../model/settings';
import { weekday } from './layout';
import { createRng, type Rng } from './prng';
import { type Vocabulary, vocabulary } from './vocabulary';

export interface Rep {
  readonly name: string;
  /** Probability that one of the rep's deals is won. */
  readonly winRate: number;
  /** Share of the deals and leads assigned to the rep. */
  readonly weight: number;
  /** Mean days before the rep first contacts a new lead. */
  readonly responseDays: number;
}

export interface GenContext {
  readonly rng: Rng;
  readonly voc: Vocabulary;
  readonly lang: Lang;
  readonly firstMonth: MonthIndex;
  readonly lastMonth: MonthIndex;
  /** First day of the window and the day after its last day. */
  readonly start: Day;
  readonly end: Day;
  readonly dealsPerMonth: number;
  readonly reps: readonly Rep[];
}

/** Relative activity by calendar month (January first): summer and Christmas slow-downs, busy spring and autumn. */
export const SEASON = [1.0, 1.02, 1.1, 1.05, 1.0, 0.95, 0.78, 0.55, 1.12, 1.15, 1.05, 0.8];

export function createContext(opts: { today: Day; months: number; dealsPerMonth: number; seed: number; lang: Lang }): GenContext {
  const rng = createRng(opts.seed);
  const voc = vocabulary(opts.lang);
  // The month containing `today` is not complete: the window ends with the month before.
  const lastMonth = monthOfDay(Math.floor(opts.today)) - 1;
  const firstMonth = lastMonth - opts.months + 1;
  const profiles = [
    { winRate: 0.36, weight: 1.2, responseDays: 0.6 },
    { winRate: 0.3, weight: 1.0, responseDays: 1.2 },
    { winRate: 0.27, weight: 1.1, responseDays: 1.8 },
    { winRate: 0.33, weight: 0.9, responseDays: 0.9 },
    { winRate: 0.24, weight: 0.8, responseDays: 2.5 },
  ];
  const reps = profiles.map((p, i) => ({ ...p, name: voc.reps[i] }));
  return {
    rng,
    voc,
    lang: opts.lang,
    firstMonth,
    lastMonth,
    start: firstDayOfMonth(firstMonth),
    end: firstDayOfMonth(lastMonth + 1),
    dealsPerMonth: opts.dealsPerMonth,
    reps,
  };
}

/** How many rows a month gets: base × season × 1.5 % growth per month × ±8 % noise, rounded. */
export function monthVolume(ctx: GenContext, month: MonthIndex, base: number): number {
  const season = SEASON[month % 12];
  const growth = 1 + 0.015 * (month - ctx.firstMonth);
  const noise = 0.92 + 0.16 * ctx.rng.next();
  return Math.max(0, Math.round(base * season * growth * noise));
}

/** A random working day (Monday to Friday) of the month. */
export function workdayIn(ctx: GenContext, month: MonthIndex): Day {
  const first = firstDayOfMonth(month);
  const length = daysInMonth(Math.floor(month / 12), (month % 12) + 1);
  let day = first + ctx.rng.int(length);
  for (let i = 0; i < 4 && isWeekend(day); i++) day = first + ctx.rng.int(length);
  return day;
}

export function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** The next working day on or after `day`. */
export function nextWorkday(day: Day): Day {
  let d = day;
  while (isWeekend(d)) d += 1;
  return d;
}

export function pickRep(ctx: GenContext): Rep {
  return ctx.rng.weighted(ctx.reps, ctx.reps.map((r) => r.weight));
}

/** A log-normal amount around `base`, rounded to `step`. */
export function amountAround(ctx: GenContext, base: number, spread: number, step: number): number {
  const value = base * Math.exp(spread * ctx.rng.normal() - (spread * spread) / 2);
  return Math.max(step, Math.round(value / step) * step);
}
