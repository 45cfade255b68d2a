// Building blocks over selected rows: counts by stage, sums of an amount column, breakdowns by a text column.

import type { Table } from '../../model/table';
import { numberColumn, STAGE_WON } from '../../model/table';
import { keyCodes } from '../keys';
import { blankRows, filterRows } from '../rows';
import type { Tally } from '../result';
import { segmentKey } from '../segment';
import type { BreakdownRow, Segment } from '../types';
import { innerMap } from '../inner-map';

export interface Sum {
  /** Sum of the readable amounts. */
  readonly sum: number;
  /** Rows whose amount was readable. */
  readonly count: number;
}

/** Sums `field` over `rows` where `stage` (when given) equals `onlyStage`; unreadable amounts are skipped as `reason`. */
export function sumOver(
  table: Table,
  rows: Int32Array,
  field: string,
  tally: Tally,
  reason: string,
  stage?: Uint8Array,
  onlyStage?: number,
): Sum {
  const values = numberColumn(table, field);
  let sum = 0;
  let count = 0;
  let missing = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    if (stage && stage[i] !== onlyStage) continue;
    const v = values ? values[i] : Number.NaN;
    if (Number.isNaN(v)) missing++;
    else {
      sum += v;
      count++;
    }
  }
  tally.used += count;
  tally.skip(reason, missing);
  return { sum, count };
}

/** Number of `rows` whose stage is `which`. */
export function countStage(stage: Uint8Array, rows: Int32Array, which: number): number {
  let n = 0;
  for (let k = 0; k < rows.length; k++) if (stage[rows[k]] === which) n++;
  return n;
}

/** Number of `rows` whose flag is set. */
export function countFlag(flag: Uint8Array | undefined, rows: Int32Array): number {
  if (!flag) return 0;
  let n = 0;
  for (let k = 0; k < rows.length; k++) if (flag[rows[k]] === 1) n++;
  return n;
}

/** Counts the rows with a blank date (optionally only those at a stage) as skipped for `reason`. */
export function skipBlankDates(
  table: Table,
  field: string,
  tally: Tally,
  reason: string,
  segment?: Segment,
  stage?: Uint8Array,
  stages: readonly number[] = [STAGE_WON],
): void {
  const blank = blankCounts(table, field, segment, stage);
  if (!blank.byStage) {
    tally.skip(reason, blank.total);
    return;
  }
  let n = 0;
  for (const s of stages) n += blank.byStage[s] ?? 0;
  tally.skip(reason, n);
}

interface BlankCounts {
  readonly stage: Uint8Array | undefined;
  readonly total: number;
  /** Rows with a blank date per stage value, when counted with a stage column. */
  readonly byStage: Int32Array | null;
}

const blankCache = new WeakMap<Table, Map<string, BlankCounts>>();

/** Rows with a blank `field` (per stage when `stage` is given): they don't depend on the period, so counted once. */
function blankCounts(table: Table, field: string, segment: Segment | undefined, stage: Uint8Array | undefined): BlankCounts {
  const byKey = innerMap(blankCache, table);
  const key = `${field}\u0000${stage ? 1 : 0}\u0000${segmentKey(segment)}`;
  const cached = byKey.get(key);
  if (cached && cached.stage === stage) return cached;
  const rows = blankRows(table, field, segment);
  let byStage: Int32Array | null = null;
  if (stage) {
    byStage = new Int32Array(256);
    for (let k = 0; k < rows.length; k++) byStage[stage[rows[k]]]++;
  }
  const counts: BlankCounts = { stage, total: rows.length, byStage };
  byKey.set(key, counts);
  return counts;
}

/**
 * Rows grouped by the text column `field`: count, optional sum of `valueField`, share of the total
 * (of the sums when summing, else of the counts), biggest first. Blank keys are grouped under `''`, listed last.
 */
export function breakdownBy(
  table: Table,
  rows: Int32Array,
  field: string,
  valueField?: string,
  group?: string,
): BreakdownRow[] {
  const kc = keyCodes(table, field);
  const size = kc ? kc.labels.length + 1 : 1;
  const counts = new Float64Array(size);
  const sums = new Float64Array(size);
  const values = valueField ? numberColumn(table, valueField) : undefined;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const slot = kc ? kc.codes[i] + 1 : 0;
    const v = values ? values[i] : 0;
    counts[slot]++;
    if (!Number.isNaN(v)) sums[slot] += v;
  }
  return breakdownRows(kc?.labels, counts, values ? sums : undefined, group);
}

/**
 * Breakdown rows from per-slot counts (slot 0: blank key, slot s: `labels[s - 1]`) and optional sums: value, count,
 * share of the total, biggest first, the blank key last.
 */
export function breakdownRows(
  labels: readonly string[] | undefined,
  counts: Float64Array,
  sums?: Float64Array,
  group?: string,
): BreakdownRow[] {
  const size = counts.length;
  let total = 0;
  for (let s = 0; s < size; s++) total += sums ? sums[s] : counts[s];
  const out: BreakdownRow[] = [];
  for (let s = 0; s < size; s++) {
    if (!counts[s]) continue;
    const value = sums ? sums[s] : counts[s];
    const row: BreakdownRow = { key: s === 0 || !labels ? '' : labels[s - 1], value, count: counts[s], share: total ? value / total : null };
    out.push(group ? { ...row, group } : row);
  }
  out.sort((a, b) => (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || (b.value ?? 0) - (a.value ?? 0) || b.count - a.count || (a.key < b.key ? -1 : 1));
  return out;
}

/** Rows of `rows` whose stage is `which`. */
export function withStage(stage: Uint8Array, rows: Int32Array, which: number): Int32Array {
  const out = new Int32Array(countStage(stage, rows, which));
  let o = 0;
  for (let k = 0; k < rows.length; k++) if (stage[rows[k]] === which) out[o++] = rows[k];
  return out;
}

export { filterRows };
