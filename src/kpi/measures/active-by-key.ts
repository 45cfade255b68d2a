// Rows active at a day (started before it, not ended before it) counted per code of a text column in O(codes · log n).

import type { Table } from '../../model/table';
import { dateColumn } from '../../model/table';
import { keyCodes } from '../keys';
import { dayIndex, filterRows, lowerBound } from '../rows';
import { segmentKey } from '../segment';
import type { Segment } from '../types';
import { innerMap } from '../inner-map';

interface ActiveIndex {
  /** Per slot (code + 1, 0 = blank key): start days of the dated rows, ascending. */
  readonly starts: Int32Array[];
  /** Per slot: for rows with an end, the day from which they no longer count (the later of start and end), ascending. */
  readonly gone: Float64Array[];
}

const cache = new WeakMap<Table, Map<string, ActiveIndex>>();

function build(table: Table, startField: string, endField: string, keyField: string, segment?: Segment): ActiveIndex {
  const ix = dayIndex(table, startField);
  const rows = filterRows(table, ix.order, segment);
  const start = dateColumn(table, startField)!;
  const end = dateColumn(table, endField);
  const kc = keyCodes(table, keyField);
  const slots = kc ? kc.labels.length + 1 : 1;
  const nStart = new Int32Array(slots);
  const nGone = new Int32Array(slots);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const s = kc ? kc.codes[i] + 1 : 0;
    nStart[s]++;
    if (end && !Number.isNaN(end[i])) nGone[s]++;
  }
  const starts = Array.from(nStart, (n) => new Int32Array(n));
  const gone = Array.from(nGone, (n) => new Float64Array(n));
  nStart.fill(0);
  nGone.fill(0);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const s = kc ? kc.codes[i] + 1 : 0;
    const day = Math.floor(start[i]); // rows come sorted by this day
    starts[s][nStart[s]++] = day;
    if (end && !Number.isNaN(end[i])) gone[s][nGone[s]++] = Math.max(day, end[i]);
  }
  for (const g of gone) g.sort();
  return { starts, gone };
}

/**
 * Per slot (code of `keyField` + 1, slot 0 for a blank key or no such column): rows of `table` whose `startField`
 * is before `day` and whose `endField` is blank or not before `day` — what selecting them row by row would count.
 */
export function activeCountsAt(
  table: Table,
  startField: string,
  endField: string,
  keyField: string,
  day: number,
  segment?: Segment,
): Float64Array {
  const bySegment = innerMap(cache, table);
  const key = `${startField}\u0000${endField}\u0000${keyField}\u0000${segmentKey(segment)}`;
  let ix = bySegment.get(key);
  if (!ix) {
    ix = build(table, startField, endField, keyField, segment);
    bySegment.set(key, ix);
  }
  const counts = new Float64Array(ix.starts.length);
  for (let s = 0; s < counts.length; s++) counts[s] = lowerBound(ix.starts[s], day) - lowerBound(ix.gone[s], day);
  return counts;
}
