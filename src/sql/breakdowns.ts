// Breakdown queries (a row per month and key): lost reasons' count and share, keys folded and spelled as the engine's.

import { kpiById } from '../kpi/catalog';
import { firstMet } from '../kpi/needs';
import type { EntityId } from '../model/entities';
import { type CompileOptions, context, segmentCond, spanCte } from './compile';
import { checkSegment, paramsRead, preludeCtes, relationOf, resolveFields } from './resolve';
import { DIALECTS, type Dialect } from './dialect';
import { span, STAGE_SQL } from './sources';
import { hasMovements, MOVEMENTS, movementRowsCte, movementsCte } from './subscriptions';

export interface CompiledBreakdown {
  /**
   * Columns: `month` (`YYYY-MM`), `key` (the first spelling of the folded key; '' for blank), `count`, `share`; the MRR
   * movements: `key` a movement (`start`, `new`…), `count` its customers, `share` NULL and `value` its amount.
   */
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
    out.push({ sql, params: paramsRead(d, sql), kpi });
  }
  const bridge = movementBreakdown(d, o, has);
  if (bridge) out.push(bridge);
  return out;
}

/**
 * The MRR bridge of each month that has movements, as `mrr_movements`' breakdown: a row per movement in the engine's
 * order, its amount (contraction and churned negative, so that start + the movements = end) and its customers.
 */
function movementBreakdown(d: Dialect, o: CompileOptions, has: (entity: EntityId, field: string) => boolean): CompiledBreakdown | null {
  const def = kpiById('mrr_movements');
  if (!def || !o.kpis.includes('mrr_movements') || firstMet(def.needs, has) < 0) return null;
  const rel = relationOf(d, 'subscriptions', o);
  const x = context(d);
  const seg = segmentCond(d, 'subscriptions', o, x);
  const ctes = [
    ...preludeCtes(d, o, ['subscriptions']),
    `mv_rows AS (${movementRowsCte(d, rel, x, (f) => has('subscriptions', f), seg)})`,
    `mv AS (${movementsCte(d, rel, 'mv_rows', x, seg)})`,
    `span_subscriptions AS (${spanCte(d, span('subscriptions'), o, rel)})`,
  ];
  const a = (name: string) => (name.startsWith('span_') ? `span_subscriptions.${name}` : `mv.${name}`);
  const when = hasMovements({ a, n: (name) => `COALESCE(${a(name)}, 0)` });
  const rows = MOVEMENTS.map((k, i) => {
    const value = k === 'contraction' || k === 'churned' ? `-mv.mv_${k}` : `mv.mv_${k}`;
    return `SELECT months.m AS m, ${i} AS ord, '${k}' AS k, ${value} AS v, mv.mv_${k}_customers AS n FROM months JOIN mv ON mv.m = months.m CROSS JOIN span_subscriptions WHERE ${when}`;
  });
  ctes.push(`bridge AS (${rows.join(' UNION ALL ')})`);
  const sql = [
    `WITH ${ctes.join(',\n')}`,
    `SELECT ${d.monthKey('bridge.m')} AS ${d.ident('month')}, bridge.k AS ${d.ident('key')}, bridge.n AS ${d.ident('count')}, ${d.toNumber('NULL')} AS ${d.ident('share')}, bridge.v AS ${d.ident('value')}`,
    'FROM bridge',
    'ORDER BY bridge.m, bridge.ord',
  ].join('\n');
  return { sql, params: paramsRead(d, sql), kpi: 'mrr_movements' };
}
