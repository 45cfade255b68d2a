// Month-by-month KPI tables for dashboards: the months the data covers, and every KPI for each of them.

import { type Day, firstDayOfMonth, type MonthIndex, monthKey, monthOfDay } from '../model/days';
import { ENTITY_IDS } from '../model/entities';
import { dateColumn, STAGE_OPEN, stageColumn, type Table } from '../model/table';
import { KPI_CATALOG, kpiById } from './catalog';
import { computeDef } from './compute';
import type { KpiDef, KpiInput, KpiResult, Period, Segment } from './types';

/** At most this many months are returned (the most recent ones). */
export const MAX_MONTHS = 60;

/** The calendar month `month` as a period. */
export function monthAsPeriod(month: MonthIndex): Period {
  return { key: monthKey(month), start: firstDayOfMonth(month), end: firstDayOfMonth(month + 1) };
}

/** Date columns that may lie ahead of the data (planned end dates, targets): they never extend the range. */
const FORWARD: Readonly<Record<string, readonly string[]>> = { customers: ['end'], targets: ['date'] };

/** Latest close date of won or lost deals (an open deal's close date is only expected). */
function lastClosed(table: Table): number {
  const closed = dateColumn(table, 'closed');
  const stage = stageColumn(table, 'stage');
  if (!closed) return -Infinity;
  let max = -Infinity;
  for (let i = 0; i < closed.length; i++) if ((!stage || stage[i] !== STAGE_OPEN) && closed[i] > max) max = closed[i];
  return max;
}

/** First and last day of a date column (one scan, no sorting), or null when it has no readable date. */
function dayRange(values: Float64Array | undefined): { first: number; last: number } | null {
  if (!values) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? { first: Math.floor(lo), last: Math.floor(hi) } : null;
}

/**
 * The months of the data, from the first to the last month its date columns touch, the most recent MAX_MONTHS at
 * most, ending at `until`'s month at the latest: the one definition of "the months covered" and, through
 * defaultMonth, of "the last month" (kpis.json, KPI_TABLE, the dashboard's trend, a table-form function without a
 * period). Left aside: planned dates (targets, customer end dates, open deals' expected close dates), and customers'
 * start dates when another table has dates (they reach back years: the installed base). Implausible dates (before
 * 1970, far past today or years beyond the rest of their column) never reach here: parseTable leaves them out and
 * lists them, so one mistyped `2042-03-10` never becomes the last month.
 */
export function monthsCovered(input: KpiInput, until?: Day): MonthIndex[] {
  const { customers, ...others } = input.tables;
  const months = customers && Object.keys(others).length > 0 ? monthsOf(others, until) : [];
  return months.length > 0 ? months : monthsOf(input.tables, until);
}

/** The default period of every output without one: the last month covered (null when no row is dated). */
export function defaultMonth(input: KpiInput, until?: Day): MonthIndex | null {
  const months = monthsCovered(input, until);
  return months.length > 0 ? months[months.length - 1] : null;
}

function monthsOf(tables: KpiInput['tables'], until: Day | undefined): MonthIndex[] {
  let min = Infinity;
  let max = -Infinity;
  for (const entity of ENTITY_IDS) {
    const table = tables[entity];
    if (!table || entity === 'targets') continue;
    for (const field of Object.keys(table.columns)) {
      if (table.columns[field]?.type !== 'date') continue;
      const range = dayRange(dateColumn(table, field));
      if (!range) continue;
      if (range.first < min) min = range.first;
      if ((FORWARD[entity] ?? []).includes(field)) continue;
      const last = entity === 'deals' && field === 'closed' ? lastClosed(table) : range.last;
      if (last > max) max = last;
    }
  }
  if (until !== undefined && until < max) max = until;
  if (min > max) return [];
  const last = monthOfDay(max);
  const first = Math.max(monthOfDay(min), last - MAX_MONTHS + 1);
  const out: MonthIndex[] = [];
  for (let m = first; m <= last; m++) out.push(m);
  return out;
}

/** Every requested KPI (default: the whole catalog) for each month. */
export function monthlyTable(
  input: KpiInput,
  months: readonly MonthIndex[],
  ids?: readonly string[],
  segment?: Segment,
): { month: MonthIndex; results: Record<string, KpiResult> }[] {
  const defs: KpiDef[] = ids ? ids.map((id) => kpiById(id)).filter((d): d is KpiDef => !!d) : [...KPI_CATALOG];
  const periods = months.map(monthAsPeriod);
  const table = months.map((month) => ({ month, results: {} as Record<string, KpiResult> }));
  // One KPI through every month, then the next: each KPI's columns stay in the processor caches meanwhile.
  for (const def of defs) for (let m = 0; m < periods.length; m++) table[m].results[def.id] = computeDef(def, input, periods[m], segment);
  return table;
}
