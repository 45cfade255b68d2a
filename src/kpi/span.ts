// The span of a table's data (first to last dated row): inside it counts and sums are 0 when nothing happened, outside no value.

import type { EntityId } from '../model/entities';
import { dateColumn, STAGE_OPEN, stageColumn, type Table } from '../model/table';
import { allRows } from './rows';
import { segmentKey } from './segment';
import type { Period, Segment } from './types';

/** Date columns that may lie ahead of the data (planned end dates, targets): they never extend the span's end. */
const FORWARD: Readonly<Partial<Record<EntityId, readonly string[]>>> = { customers: ['end'], targets: ['date'], subscriptions: ['end'] };

export interface Span {
  readonly first: number;
  readonly last: number;
}

const cache = new WeakMap<Table, Map<string, Span | null>>();

/**
 * First and last day the table's date columns touch (planned dates such as targets, end dates and open deals' expected
 * close dates never extend the last day), or null when it has no readable date. Computed once per table.
 */
export function tableSpan(table: Table, segment?: Segment): Span | null {
  let bySegment = cache.get(table);
  if (!bySegment) {
    bySegment = new Map();
    cache.set(table, bySegment);
  }
  const key = segmentKey(segment);
  const cached = bySegment.get(key);
  if (cached !== undefined) return cached;
  const rows = allRows(table, segment);
  const stage = table.entity === 'deals' ? stageColumn(table, 'stage') : undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const field of Object.keys(table.columns)) {
    const values = dateColumn(table, field);
    if (!values) continue;
    const forward = (FORWARD[table.entity] ?? []).includes(field);
    // An open deal's close date is only expected: it does not extend the span.
    const expected = table.entity === 'deals' && field === 'closed';
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      const v = values[i];
      if (Number.isNaN(v)) continue;
      if (v < first) first = v;
      if (!forward && !(expected && stage && stage[i] === STAGE_OPEN) && v > last) last = v;
    }
  }
  const span = first <= last ? { first: Math.floor(first), last: Math.floor(last) } : null;
  bySegment.set(key, span);
  return span;
}

/** Whether `period` overlaps the span of the table's data (where a count or a sum with nothing in it is 0). */
export function withinSpan(table: Table, period: Period, segment?: Segment): boolean {
  const span = tableSpan(table, segment);
  return !!span && period.start <= span.last && period.end > span.first;
}

/** Whether the table's data has begun by the end of `period` (for stocks such as MRR, which last past the last date). */
export function begunBy(table: Table, period: Period, segment?: Segment): boolean {
  const span = tableSpan(table, segment);
  return !!span && period.end > span.first;
}
