// Open deals weighted by their chance of closing: a probability column, else the win rate of the year before.

import { dateColumn, numberColumn, STAGE_LOST, STAGE_OPEN, STAGE_WON, stageColumn, stageLabels, type Table } from '../../model/table';
import { segmentFilter } from '../segment';
import type { Segment } from '../types';

/** Open amount, weighted amount and deal count of one stage label ('' = deals closed since, stage then unknown). */
export interface StageWeight {
  readonly stage: string;
  readonly count: number;
  readonly amount: number;
  readonly weighted: number;
}

export interface WeightedOpen {
  readonly amount: number;
  readonly weighted: number;
  readonly count: number;
  /** Open deals without a readable amount (left out). */
  readonly noAmount: number;
  /** Open deals weighted by their own probability, the others by `historicalRate`. */
  readonly withProbability: number;
  /** won ÷ (won + lost) of the deals closed in the 365 days before `day`; null when none closed. */
  readonly historicalRate: number | null;
  /** Per stage label, in the order labels first appear in the sheet. */
  readonly byStage: readonly StageWeight[];
}

const YEAR_DAYS = 365;

/** A probability cell as a fraction: `0.3`, `30` and `30 %` (read as 0.3) all mean 30 %; out of range → NaN. */
export function probabilityOf(raw: number): number {
  if (Number.isNaN(raw) || raw < 0) return Number.NaN;
  const p = raw > 1 ? raw / 100 : raw;
  return p <= 1 ? p : Number.NaN;
}

/** Win rate of the deals closed in `[from, to)`: won ÷ (won + lost), null when none closed. */
export function closedWinRate(deals: Table, from: number, to: number, segment?: Segment): number | null {
  const closed = dateColumn(deals, 'closed')!;
  const stage = stageColumn(deals, 'stage')!;
  const filter = segment ? segmentFilter(deals, segment) : null;
  let won = 0;
  let lost = 0;
  for (let i = 0; i < deals.size; i++) {
    const c = closed[i];
    if (!(c >= from && c < to) || (filter && filter.codes[i] !== filter.code)) continue;
    if (stage[i] === STAGE_WON) won++;
    else if (stage[i] === STAGE_LOST) lost++;
  }
  return won + lost > 0 ? won / (won + lost) : null;
}

/**
 * Deals open at the start of `day` (created before it; still open, or closed on or after it) with their weighted
 * amounts. `due`, when given, keeps only deals still open in the sheet whose close date (the expected one) is in
 * `[due.start, due.end)`. One pass over the deals.
 */
export function weightedOpenAt(deals: Table, day: number, segment?: Segment, due?: { start: number; end: number }): WeightedOpen {
  const created = dateColumn(deals, 'created')!;
  const closed = dateColumn(deals, 'closed')!;
  const stage = stageColumn(deals, 'stage')!;
  const amount = numberColumn(deals, 'amount')!;
  const probability = numberColumn(deals, 'probability');
  const names = stageLabels(deals, 'stage');
  const filter = segment ? segmentFilter(deals, segment) : null;
  const rate = closedWinRate(deals, day - YEAR_DAYS, day, segment);
  const slots = new Map<number, { count: number; amount: number; weighted: number }>();
  let total = 0;
  let weighted = 0;
  let count = 0;
  let noAmount = 0;
  let withProbability = 0;
  for (let i = 0; i < deals.size; i++) {
    const made = created[i];
    if (!(made < day) || (filter && filter.codes[i] !== filter.code)) continue;
    const open = stage[i] === STAGE_OPEN;
    if (due) {
      if (!open || !(closed[i] >= due.start && closed[i] < due.end)) continue;
    } else if (!open && !(closed[i] >= day && closed[i] >= made)) continue;
    const a = amount[i];
    if (Number.isNaN(a)) {
      noAmount++;
      continue;
    }
    const own = probability ? probabilityOf(probability[i]) : Number.NaN;
    const p = !Number.isNaN(own) ? own : (rate ?? 0);
    if (!Number.isNaN(own)) withProbability++;
    const code = open && names ? names.codes[i] : -2;
    let slot = slots.get(code);
    if (!slot) {
      slot = { count: 0, amount: 0, weighted: 0 };
      slots.set(code, slot);
    }
    slot.count++;
    slot.amount += a;
    slot.weighted += a * p;
    total += a;
    weighted += a * p;
    count++;
  }
  const byStage = [...slots.entries()]
    .sort((x, y) => (x[0] < 0 ? 1e9 : x[0]) - (y[0] < 0 ? 1e9 : y[0]))
    .map(([code, s]) => ({ stage: code >= 0 && names ? names.labels[code] : '', ...s }));
  return { amount: total, weighted, count, noAmount, withProbability, historicalRate: rate, byStage };
}
