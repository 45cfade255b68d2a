// Small helpers shared by the catalog entries: parameter docs, guarded computes, "no rows" checks.

import { chosen, whatIsMissing } from '../needs';
import { noValue, Tally } from '../result';
import type { KpiInput, KpiResult, Need, Text } from '../types';

export const param = (name: string, fr: string, en: string): { readonly name: string; readonly doc: Text } => ({
  name,
  doc: { fr, en },
});

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
