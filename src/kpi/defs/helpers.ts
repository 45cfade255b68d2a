// Small helpers shared by the catalog entries: parameter docs, guarded computes, "no rows" checks.

import { chosen, whatIsMissing } from '../needs';
import { noValue, Tally } from '../result';
import type { ArithmeticParam, KpiInput, KpiResult, Need, ParamRules } from '../types';

/** An arithmetic parameter with its FR/EN description and the rules its value follows (see `ParamRules`). */
export const param = (name: string, fr: string, en: string, rules: ParamRules = {}): ArithmeticParam => ({
  ...rules,
  name,
  doc: { fr, en },
});

/** Rules of a count or of an amount that cannot be negative. */
export const NON_NEGATIVE: ParamRules = { min: 0 };
/** Rules of a rate between 0 and 1. */
export const RATE: ParamRules = { min: 0, fraction: true };
/** Rules of a part (≥ 0) that cannot exceed the parameter `whole`. */
export const partOf = (whole: string): ParamRules => ({ min: 0, atMost: whole });

/** The alternative met by the input, or a "missing" result to return as is. */
export function pickOrMissing(input: KpiInput, needs: readonly (readonly Need[])[]): number | KpiResult {
  const alt = chosen(input, needs);
  if (alt !== -1) return alt;
  const { why, missing } = whatIsMissing(needs, input.tables);
  return { ...noValue(why, new Tally()), missing };
}

/** Arithmetic guard: null unless every argument is a finite number. */
export function finite(...args: number[]): boolean {
  for (const a of args) if (typeof a !== 'number' || !Number.isFinite(a)) return false;
  return true;
}
