// Memoises a per-period measure once per (table, period, segment), so the KPIs of the same month share one pass.

import type { Table } from '../model/table';
import { Tally } from './result';
import { segmentKey } from './segment';
import type { Period, Segment } from './types';
import { innerMap } from './inner-map';

/**
 * `compute` wrapped so each (table, period, segment) is computed once; the memo goes with the table (a WeakMap).
 * `fresh`, when given, tells whether a memoised value still fits the table (a column replaced since): if not, recomputed.
 */
export function memoByPeriod<T>(
  compute: (table: Table, period: Period, segment?: Segment) => T,
  fresh?: (value: T, table: Table) => boolean,
): (table: Table, period: Period, segment?: Segment) => T {
  const cache = new WeakMap<Table, Map<string, T>>();
  return (table, period, segment) => {
    const byKey = innerMap(cache, table);
    const key = `${period.start}:${period.end}\u0000${segmentKey(segment)}`;
    const cached = byKey.get(key);
    if (cached !== undefined && (!fresh || fresh(cached, table))) return cached;
    const value = compute(table, period, segment);
    byKey.set(key, value);
    return value;
  };
}

/** A shallow copy with its own copy of the tally, so a caller may add to it without touching the memoised one. */
export function withOwnTally<T extends { readonly tally: Tally }>(value: T): T {
  return { ...value, tally: new Tally().merge(value.tally) };
}
