// Breakdown queries (a row per month and key): lost reasons' count and share, keys folded and spelled as the engine's.

import { kpiById } from '../kpi/catalog';
import { firstMet } from '../kpi/needs';
import type { EntityId } from '../model/entities';
import { type CompileOptions, checkSegment, context, preludeCtes, relationOf, resolveFields, segmentCond } from './compile';
import { DIALECTS } from './dialect';
import { STAGE_SQL } from './sources';

export interface CompiledBreakdown {
  /** Columns: `month` (`YYYY-MM`), `key` (the first spelling of the folded key; '' for blank), `count`, `share`. */
  readonly sql: string;
  readonly params: readonly string[];
  /** The KPI whose breakdown the rows are. */
  readonly kpi: string;
}

/** KPIs with a breakdown query: the table, the date and the rows counted, per key of `field`. */
const BREAKDOWNS: Readonly<Record<string, { table: EntityId; date: string; field: string; stage: number }>> = {
  lost_reasons: { table: 'deals', date: 'closed', field: 'lost_reason', stage: STAGE_SQL.lost },
};

/** Compiles the breakdown queries whose KPI's fields are available (rows sorted as the engine: biggest first, blank last). */
export function compileBreakdowns(options: CompileOptions): CompiledBreakdown[] {
  const d = DIALECTS[options.dialect];
  const o = resolveFields(options);
  checkSegment(o);
  const has = (entity: EntityId, field: string) => (o.fields[entity] ?? []).includes(field);
  const out: CompiledBreakdown[] = [];
  for (const [kpi, b] of Object.entries(BREAKDOWNS)) {
    const def = kpiById(kpi);
    if (!def || !o.kpis.includes(kpi) || firstMet(def.needs, has) < 0) continue;
    const rel = relationOf(d, b.table, o);
    const x = context(d);
    const key = `COALESCE(${x.fold(x.col(b.field))}, '')`;
    const date = x.col(b.date);
    // The engine's label of a key is the first row's spelling (whole table, trimmed), whatever the segment.
    const firsts = `SELECT ${key} AS k, TRIM(${x.col(b.field)}) AS label, ROW_NUMBER() OVER (PARTITION BY ${key} ORDER BY ${x.col('_row')}) AS rn FROM ${rel}`;
    const counted = `SELECT ${d.monthOf(date)} AS m, ${key} AS k, COUNT(*) AS n FROM ${rel} WHERE ${date} IS NOT NULL AND ${x.col('stage')} = ${b.stage}${segmentCond(d, b.table, o, x)} GROUP BY 1, 2`;
    const ctes = [...preludeCtes(d, o, [b.table]), `labels AS (SELECT k, label FROM (${firsts}) AS f WHERE rn = 1 AND k <> '')`, `counted AS (${counted})`];
    const sql = [
      `WITH ${ctes.join(',\n')}`,
      `SELECT ${d.monthKey('months.m')} AS ${d.ident('month')}, COALESCE(labels.label, '') AS ${d.ident('key')}, counted.n AS ${d.ident('count')},`,
      `  counted.n / SUM(counted.n) OVER (PARTITION BY counted.m) AS ${d.ident('share')}`,
      'FROM months',
      'JOIN counted ON counted.m = months.m',
      'LEFT JOIN labels ON labels.k = counted.k',
      `ORDER BY months.m, CASE WHEN counted.k = '' THEN 1 ELSE 0 END, counted.n DESC, ${d.ident('key')}`,
    ].join('\n');
    const params = ['from', 'to', ...(o.segmentField !== undefined ? ['segment'] : []), ...(o.raw ? ['won_labels', 'lost_labels', 'time_zone'] : [])];
    out.push({ sql, params, kpi });
  }
  return out;
}
