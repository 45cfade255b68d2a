// The span of a table's data (first to last dated row): inside it counts and sums are 0 when nothing happened, outside no value.

import type { EntityId } from '../model/entities';
import { dateColumn, STAGE_OPEN, stageColumn, type Table } from '../model/table';
import type { Period } from './types';

/** Date columns that may lie ahead of the data (planned end dates, targets): they never extend the span's end. */
const FORWARD: Readonly<Partial<Record<EntityId, readonly string[]>>> = { customers: ['end'], targets: ['date'], subscriptions: ['end'] };

export interface Span {
  readonly first: number;
  readonly last: number;
}

/** Latest close date of won or lost deals (an open deal's close date is only expected). */
function lastClosed(table: Table): number {
  const closed = dateColumn(table, 'closed');
  const stage = stageColumn(table, 'stage');
  if (!closed) return -Infinity;
  let max = -Infinity;
  for (let i = 0; i < closed.length; i++) if ((!stage || stage[i] !== STAGE_OPEN) && closed[i] > max) max = closed[i];
  return max;
}

const cache = new WeakMap<Table, Span | null>();

/**
 * First and last day the table's date columns touch (planned dates such as targets, end dates and open deals' expected
 * close dates never extend the last day), or null when it has no readable date. Computed once per table.
 */
export function tableSpan(table: Table): Span | null {
  const cached = cache.get(table);
  if (cached !== undefined) return cached;
  let first = Infinity;
  let last = -Infinity;
  for (const field of Object.keys(table.columns)) {
    const values = dateColumn(table, field);
    if (!values) continue;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (lo > hi) continue;
    if (lo < first) first = lo;
    if ((FORWARD[table.entity] ?? []).includes(field)) continue;
    const end = table.entity === 'deals' && field === 'closed' ? lastClosed(table) : hi;
    if (end > last) last = end;
  }
  const span = first <= last ? { first: Math.floor(first), last: Math.floor(last) } : null;
  cache.set(table, span);
  return span;
}

/** Whether `period` overlaps the span of the table's data (where a count or a sum with nothing in it is 0). */
export function withinSpan(table: Table, period: Period): boolean {
  const span = tableSpan(table);
  return !!span && period.start <= span.last && period.end > span.first;
}

/** Whether the table's data has begun by the end of `period` (for stocks such as MRR, which last past the last date). */
export function begunBy(table: Table, period: Period): boolean {
  const span = tableSpan(table);
  return !!span && period.end > span.first;
}
