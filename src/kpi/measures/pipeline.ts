// Open pipeline at any instant in O(log n): prefix sums over deals sorted by creation and by close, cached per segment.

import { normalizeText } from '../../model/normalize';
import type { Table } from '../../model/table';
import { dateColumn, numberColumn, STAGE_OPEN, stageColumn } from '../../model/table';
import { type DayIndex, dayIndex, lowerBound } from '../rows';
import { segmentFilter } from '../segment';
import type { Segment } from '../types';
import { innerMap } from '../inner-map';

interface Side {
  readonly days: Int32Array;
  /** Prefix sums (length n + 1): amount, rows with an amount, rows without. */
  readonly amount: Float64Array;
  readonly counted: Int32Array;
  readonly noAmount: Int32Array;
}

interface PipelineIndex {
  readonly created: Side;
  readonly closed: Side;
  /** Creation days (sorted) of won/lost deals without a close date, and of those closed before creation. */
  readonly noClose: Float64Array;
  readonly badClose: Float64Array;
}

const cache = new WeakMap<Table, Map<string, PipelineIndex>>();

/** Prefix sums over the index `ix` (rows sorted by day) for the rows marked in `keep` (the segment's only). */
function side(ix: DayIndex, amount: Float64Array, keep: Uint8Array): Side {
  const { order, days } = ix;
  let n = 0;
  for (let k = 0; k < order.length; k++) if (keep[order[k]]) n++;
  const out = { days: new Int32Array(n), amount: new Float64Array(n + 1), counted: new Int32Array(n + 1), noAmount: new Int32Array(n + 1) };
  let o = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (!keep[i]) continue;
    const a = amount[i];
    out.days[o] = days[k]; // the index's days are the floored day numbers
    out.amount[o + 1] = out.amount[o] + (!Number.isNaN(a) ? a : 0);
    out.counted[o + 1] = out.counted[o] + (!Number.isNaN(a) ? 1 : 0);
    out.noAmount[o + 1] = out.noAmount[o] + (!Number.isNaN(a) ? 0 : 1);
    o++;
  }
  return out;
}

function build(deals: Table, segment?: Segment): PipelineIndex {
  const created = dateColumn(deals, 'created')!;
  const closed = dateColumn(deals, 'closed')!;
  const stage = stageColumn(deals, 'stage')!;
  const amount = numberColumn(deals, 'amount')!;
  const filter = segment ? segmentFilter(deals, segment) : null;
  // keep: counted while open; leaves: closed deals, which leave the pipeline at their close date. One pass in row order.
  const keep = new Uint8Array(deals.size);
  const leaves = new Uint8Array(deals.size);
  const noClose: number[] = [];
  const badClose: number[] = [];
  for (let i = 0; i < deals.size; i++) {
    const made = created[i];
    if (Number.isNaN(made) || (filter && filter.codes[i] !== filter.code)) continue;
    const open = stage[i] === STAGE_OPEN;
    const c = closed[i];
    if (!open && Number.isNaN(c)) noClose.push(Math.floor(made));
    else if (!open && c < made) badClose.push(Math.floor(made));
    else {
      keep[i] = 1;
      if (!open) leaves[i] = 1;
    }
  }
  return {
    created: side(dayIndex(deals, 'created'), amount, keep),
    closed: side(dayIndex(deals, 'closed'), amount, leaves),
    noClose: Float64Array.from(noClose).sort(),
    badClose: Float64Array.from(badClose).sort(),
  };
}

function indexFor(deals: Table, segment?: Segment): PipelineIndex {
  const key = segment ? `${normalizeText(segment.field)}\u0000${normalizeText(segment.value)}` : '';
  const bySegment = innerMap(cache, deals);
  let ix = bySegment.get(key);
  if (!ix) {
    ix = build(deals, segment);
    bySegment.set(key, ix);
  }
  return ix;
}

export interface OpenPipeline {
  readonly value: number;
  readonly count: number;
  readonly noAmount: number;
  /** Won/lost deals created before `day` with no close date (or closed before creation): status unknown. */
  readonly noClose: number;
  readonly badClose: number;
}

/** Deals open at the start of `day`: created before it, and still open or closed on or after it. */
export function openPipelineAt(deals: Table, day: number, segment?: Segment): OpenPipeline {
  const ix = indexFor(deals, segment);
  const i = lowerBound(ix.created.days, day);
  const j = lowerBound(ix.closed.days, day);
  const value = ix.created.amount[i] - ix.closed.amount[j];
  return {
    value: Math.round(value * 1e6) / 1e6,
    count: ix.created.counted[i] - ix.closed.counted[j],
    noAmount: ix.created.noAmount[i] - ix.closed.noAmount[j],
    noClose: lowerBound(ix.noClose, day),
    badClose: lowerBound(ix.badClose, day),
  };
}
