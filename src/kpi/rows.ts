// Row selection: per-(table, date field) sorted index built once (counting sort), binary search per period.

import type { Table } from '../model/table';
import { dateColumn } from '../model/table';
import { segmentFilter } from './segment';
import type { Period, Segment } from './types';
import { innerMap } from './inner-map';

/** Rows with a readable date, sorted by day (`order[i]` has day `days[i]`), and the rows whose date is blank. */
export interface DayIndex {
  readonly order: Int32Array;
  readonly days: Int32Array;
  readonly blank: Int32Array;
}

const EMPTY = new Int32Array(0);
const EMPTY_INDEX: DayIndex = { order: EMPTY, days: new Int32Array(0), blank: EMPTY };
const cache = new WeakMap<Table, Map<string, DayIndex>>();

/** The sorted index of `table` on the date column `field` (cached for the table's lifetime). */
export function dayIndex(table: Table, field: string): DayIndex {
  const byField = innerMap(cache, table);
  let ix = byField.get(field);
  if (!ix) {
    const values = dateColumn(table, field);
    ix = values ? buildIndex(values) : EMPTY_INDEX;
    byField.set(field, ix);
  }
  return ix;
}

function buildIndex(values: Float64Array): DayIndex {
  const n = values.length;
  let min = Infinity;
  let max = -Infinity;
  let dated = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    dated++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const order = new Int32Array(dated);
  const days = new Int32Array(dated); // day numbers fit in 32 bits: half the memory of doubles
  const blank = new Int32Array(n - dated);
  const range = dated ? Math.floor(max) - Math.floor(min) + 1 : 0;
  if (dated && range <= Math.max(4 * n, 1 << 16)) {
    const counts = new Int32Array(range + 1);
    const base = Math.floor(min);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (!Number.isNaN(v)) counts[Math.floor(v) - base + 1]++;
    }
    for (let k = 1; k <= range; k++) counts[k] += counts[k - 1];
    let b = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (Number.isNaN(v)) blank[b++] = i;
      else {
        const d = Math.floor(v);
        const pos = counts[d - base]++;
        order[pos] = i;
        days[pos] = d; // written as rows are placed: no second pass reading the values at random
      }
    }
  } else {
    let o = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(values[i])) order[o++] = i;
      else blank[b++] = i;
    }
    order.sort((x, y) => values[x] - values[y] || x - y);
    for (let k = 0; k < dated; k++) days[k] = Math.floor(values[order[k]]);
  }
  return { order, days, blank };
}

/** First position in the ascending `days` whose value is ≥ `day`. */
export function lowerBound(days: Int32Array | Float64Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps the rows matching the segment (tables without the segment's field are not filtered). */
export function filterRows(table: Table, rows: Int32Array, segment?: Segment): Int32Array {
  const filter = segment ? segmentFilter(table, segment) : null;
  if (!filter) return rows;
  const { codes, code } = filter;
  let kept = 0;
  for (let k = 0; k < rows.length; k++) if (codes[rows[k]] === code) kept++;
  const out = new Int32Array(kept);
  let o = 0;
  for (let k = 0; k < rows.length; k++) if (codes[rows[k]] === code) out[o++] = rows[k];
  return out;
}

/** Rows of `table` whose `dateField` falls in `[period.start, period.end)`, sorted by that date. */
export function rowsInPeriod(table: Table, dateField: string, period: Period, segment?: Segment): Int32Array {
  return rowsBetween(table, dateField, period.start, period.end, segment);
}

/** Rows whose date is in `[from, to)`. */
export function rowsBetween(table: Table, dateField: string, from: number, to: number, segment?: Segment): Int32Array {
  const ix = dayIndex(table, dateField);
  const a = lowerBound(ix.days, from);
  const b = Math.max(a, lowerBound(ix.days, to));
  return filterRows(table, ix.order.subarray(a, b), segment);
}

/** Rows whose date is before `day` (exclusive). */
export function rowsBefore(table: Table, dateField: string, day: number, segment?: Segment): Int32Array {
  return rowsBetween(table, dateField, -Infinity, day, segment);
}

/** Rows whose date is blank or unreadable. */
export function blankRows(table: Table, dateField: string, segment?: Segment): Int32Array {
  return filterRows(table, dayIndex(table, dateField).blank, segment);
}

const allCache = new WeakMap<Table, Int32Array>();

/** Every row of the table (in sheet order), filtered by the segment. */
export function allRows(table: Table, segment?: Segment): Int32Array {
  let rows = allCache.get(table);
  if (!rows) {
    rows = new Int32Array(table.size);
    for (let i = 0; i < rows.length; i++) rows[i] = i;
    allCache.set(table, rows);
  }
  return filterRows(table, rows, segment);
}
