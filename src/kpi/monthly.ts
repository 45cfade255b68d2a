// Month-by-month KPI tables for dashboards: the months the data covers, and every KPI for each of them.

import { type Day, firstDayOfMonth, type MonthIndex, monthKey, monthOfDay } from '../model/days';
import { ENTITY_IDS } from '../model/entities';
import { KPI_CATALOG, kpiById } from './catalog';
import { computeDef } from './compute';
import { tableSpan } from './span';
import type { KpiDef, KpiInput, KpiResult, Period, Segment } from './types';

/** At most this many months are returned (the most recent ones). */
export const MAX_MONTHS = 60;

/** The calendar month `month` as a period. */
export function monthAsPeriod(month: MonthIndex): Period {
  return { key: monthKey(month), start: firstDayOfMonth(month), end: firstDayOfMonth(month + 1) };
}

/**
 * The months of the data, from the first to the last month its date columns touch, the most recent MAX_MONTHS at
 * most, ending at `until`'s month at the latest: the one definition of "the months covered" and, through
 * defaultMonth, of "the last month" (kpis.json, KPI_TABLE, the dashboard's trend, a table-form function without a
 * period). Left aside: planned dates (targets, customer end dates, open deals' expected close dates), and customers'
 * and subscriptions' start dates when another table has dates (they reach back years: the installed base). Implausible dates (before
 * 1970, far past today or years beyond the rest of their column) never reach here: parseTable leaves them out and
 * lists them, so one mistyped `2042-03-10` never becomes the last month.
 */
export function monthsCovered(input: KpiInput, until?: Day, max = MAX_MONTHS): MonthIndex[] {
  const { customers, subscriptions, ...others } = input.tables;
  const months = (customers || subscriptions) && Object.keys(others).length > 0 ? monthsOf(others, until, max) : [];
  return months.length > 0 ? months : monthsOf(input.tables, until, max);
}

/** The default period of every output without one: the last month covered (null when no row is dated). */
export function defaultMonth(input: KpiInput, until?: Day): MonthIndex | null {
  const months = monthsCovered(input, until);
  return months.length > 0 ? months[months.length - 1] : null;
}

/** The months of `tables`, the most recent `count` at most (kpis.json asks for them all, to say how many it leaves out). */
function monthsOf(tables: KpiInput['tables'], until: Day | undefined, count: number): MonthIndex[] {
  let min = Infinity;
  let max = -Infinity;
  for (const entity of ENTITY_IDS) {
    const table = tables[entity];
    if (!table || entity === 'targets') continue;
    const span = tableSpan(table);
    if (!span) continue;
    if (span.first < min) min = span.first;
    if (span.last > max) max = span.last;
  }
  if (until !== undefined && until < max) max = until;
  if (min > max) return [];
  const last = monthOfDay(max);
  const first = Math.max(monthOfDay(min), last - count + 1);
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
