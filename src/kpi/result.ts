// Builders for KPI results: a tally of rows used and skipped (by reason), values, ratios and "no value".

import type { BreakdownRow, KpiResult, NoValueReason } from './types';

/** Counts rows used and rows skipped by reason during one computation. */
export class Tally {
  used = 0;
  skipped = 0;
  readonly by: Record<string, number> = {};

  skip(reason: string, count = 1): void {
    if (count <= 0) return;
    this.skipped += count;
    this.by[reason] = (this.by[reason] ?? 0) + count;
  }

  /** Adds another tally's counts to this one. */
  merge(other: Tally): this {
    this.used += other.used;
    for (const reason of Object.keys(other.by)) this.skip(reason, other.by[reason]);
    return this;
  }
}

export interface Extra {
  readonly numerator?: number;
  readonly denominator?: number;
  readonly breakdown?: readonly BreakdownRow[];
  readonly notes?: readonly string[];
}

function base(tally: Tally, extra: Extra): Omit<KpiResult, 'value'> {
  const out: { -readonly [K in keyof KpiResult]?: KpiResult[K] } = { used: tally.used, skipped: tally.skipped };
  if (tally.skipped) out.skippedBy = { ...tally.by };
  if (extra.numerator !== undefined) out.numerator = extra.numerator;
  if (extra.denominator !== undefined) out.denominator = extra.denominator;
  if (extra.breakdown) out.breakdown = extra.breakdown;
  if (extra.notes?.length) out.notes = extra.notes;
  return out as Omit<KpiResult, 'value'>;
}

/** A result without a value, saying why. */
export function noValue(why: NoValueReason, tally: Tally, extra: Extra = {}): KpiResult {
  return { value: null, why, ...base(tally, extra) };
}

/** A result with a value; a non-finite value becomes "no value" (zero denominator). */
export function withValue(value: number, tally: Tally, extra: Extra = {}): KpiResult {
  if (!Number.isFinite(value)) return noValue('zero_denominator', tally, extra);
  return { value, ...base(tally, extra) };
}

/** numerator ÷ denominator, with both kept; a zero denominator gives no value. */
export function ratio(numerator: number, denominator: number, tally: Tally, extra: Extra = {}): KpiResult {
  const parts = { ...extra, numerator, denominator };
  if (denominator === 0) return noValue('zero_denominator', tally, parts);
  return withValue(numerator / denominator, tally, parts);
}

/** Safe division for arithmetic forms and intermediate values: null when the denominator is zero or not finite. */
export function div(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(denominator) || !Number.isFinite(numerator)) return null;
  return numerator / denominator;
}

/** A result's value passed through (for composite KPIs), keeping its counts but not its breakdown. */
export function tallyOf(result: KpiResult): Tally {
  const t = new Tally();
  t.used = result.used;
  if (result.skippedBy) for (const reason of Object.keys(result.skippedBy)) t.skip(reason, result.skippedBy[reason]);
  return t;
}
