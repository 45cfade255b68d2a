// Compiles catalog KPIs to one SQL query (a row per month, a column per KPI) in a dialect, from the fields at hand.

import { kpiById } from '../kpi/catalog';
import { firstMet } from '../kpi/needs';
import { type EntityId, entityDef } from '../model/entities';
import { DIALECTS, type Dialect, type DialectId } from './dialect';
import { type Available, SQL_KPIS, type SqlAlternative } from './kpis';
import { type Aggregate, FORWARD_DATES, type Source, type SqlContext, sourceName, STAGE_SQL } from './sources';
import type { SqlLookup } from './lookups';
import { checkSegment, preludeCtes, paramsRead, relationOf, resolveFields } from './resolve';
import type { RawTable } from './staging';
import { movementRowsCte, movementsCte } from './subscriptions';

/** The fields available per entity: the columns of the staged relation of that entity (named by field id). */
export type AvailableFields = Readonly<Partial<Record<EntityId, readonly string[]>>>;

export interface CompileOptions {
  readonly dialect: DialectId;
  readonly kpis: readonly string[];
  readonly fields: AvailableFields;
  /** Relation holding each entity's staged rows (default: the entity id); for BigQuery a `dataset.table` path. */
  readonly relations?: Readonly<Partial<Record<EntityId, string>>>;
  /** Segment field (a field id): rows of tables having it must equal the `segment` parameter, folded. */
  readonly segmentField?: string;
  /**
   * Raw tables to stage first (their mapped columns cast to typed fields): with it, `fields` and `relations` are
   * derived from the mappings, and the query expects the `won_labels`, `lost_labels` and `time_zone` parameters.
   */
  readonly raw?: Readonly<Partial<Record<EntityId, RawTable>>>;
  /** Related tables (the saved mapping's lookups): a segment on one of their columns (`accounts.sector`) joins them. */
  readonly lookups?: readonly SqlLookup[];
  /** Set by `resolveFields`: the lookups joined for a related-table segment (their tables read `joined_<entity>`). */
  readonly joins?: readonly SqlLookup[];
}

export interface CompiledQuery {
  readonly sql: string;
  /** Parameters the query expects: `from` and `to` (first days of the first and last month, DATE), `segment` if any. */
  readonly params: readonly string[];
  /** KPI ids compiled, in column order (after `month`). */
  readonly kpis: readonly string[];
  /** KPI ids left out, with why: no SQL form, or their fields are not available. */
  readonly skipped: readonly { readonly id: string; readonly why: 'no_sql' | 'missing_fields' }[];
}

/** KPI ids that have a SQL form. */
export const SQL_KPI_IDS: readonly string[] = Object.keys(SQL_KPIS);

export function context(d: Dialect, prefix?: string): SqlContext {
  return {
    col: (field) => (prefix ? `${prefix}.${d.ident(field)}` : d.ident(field)),
    days: (a, b) => d.daysBetween(a, b),
    fold: (text) => d.fold(text),
  };
}

export function segmentCond(d: Dialect, table: EntityId, o: CompileOptions, x: SqlContext): string {
  const has = o.segmentField !== undefined && (o.fields[table] ?? []).includes(o.segmentField);
  return has ? ` AND ${x.fold(x.col(o.segmentField!))} = ${d.fold(d.param('segment'))}` : '';
}

/**
 * One row: the first and last day of the table's dates (segment applied), the last leaving out planned dates and the
 * expected close dates of open deals, as the engine's `tableSpan`.
 */
export function spanCte(d: Dialect, source: Source, o: CompileOptions, rel: string): string {
  const x = context(d);
  const fields = o.fields[source.table] ?? [];
  const seg = segmentCond(d, source.table, o, x);
  const firsts: string[] = [];
  const lasts: string[] = [];
  for (const f of entityDef(source.table).fields) {
    if (f.type !== 'date' || !fields.includes(f.id)) continue;
    const col = x.col(f.id);
    firsts.push(`SELECT ${col} AS v FROM ${rel} WHERE ${col} IS NOT NULL${seg}`);
    if ((FORWARD_DATES[source.table] ?? []).includes(f.id)) continue;
    const open = source.table === 'deals' && f.id === 'closed' && fields.includes('stage') ? ` AND ${x.col('stage')} <> ${STAGE_SQL.open}` : '';
    lasts.push(`SELECT ${col} AS v FROM ${rel} WHERE ${col} IS NOT NULL${open}${seg}`);
  }
  const of = (agg: string, parts: string[]) => (parts.length > 0 ? `(SELECT ${agg}(u.v) FROM (${parts.join(' UNION ALL ')}) AS u)` : 'CAST(NULL AS DATE)');
  return `SELECT ${of('MIN', firsts)} AS span_first_${source.table}, ${of('MAX', lasts)} AS span_last_${source.table}`;
}

/** The common table expression of one source with its aggregates, keyed by month `m`. */
function sourceCte(d: Dialect, source: Source, aggregates: readonly Aggregate[], o: CompileOptions): string {
  const rel = relationOf(d, source.table, o);
  if (source.kind === 'span') return spanCte(d, source, o, rel);
  if (source.kind === 'movements') return movementsCte(d, rel, `${sourceName(source)}_rows`, context(d), segmentCond(d, source.table, o, context(d)));
  if (source.kind === 'flow') {
    // A customers table without end dates: every customer is still active (ARPA reads the flow with the start alone).
    const t = context(d, 't');
    const x = { ...t, col: (f: string) => (f === 'end' && !(o.fields[source.table] ?? []).includes('end') ? 'CAST(NULL AS DATE)' : t.col(f)) };
    const cols = aggregates.map((a) => `${a.sql(x)} AS ${a.name}`).join(', ');
    const valid = `${x.col('start')} IS NOT NULL AND (${x.col('end')} IS NULL OR ${x.col('end')} >= ${x.col('start')})`;
    return `SELECT months.m, ${cols} FROM months CROSS JOIN ${rel} AS t WHERE ${valid}${segmentCond(d, source.table, o, x)} GROUP BY months.m`;
  }
  const x = context(d);
  const date = x.col(source.date);
  const cols = aggregates.map((a) => `${a.sql(x)} AS ${a.name}`).join(', ');
  if (source.kind === 'running') {
    // Totals per month of the date (any month, also before `from`), then summed over the months up to each one.
    const inner = `SELECT ${d.monthOf(date)} AS gm, ${cols} FROM ${rel} WHERE ${date} IS NOT NULL${segmentCond(d, source.table, o, x)} GROUP BY 1`;
    const sums = aggregates.map((a) => `SUM(g.${a.name}) AS ${a.name}`).join(', ');
    return `SELECT months.m, ${sums} FROM months JOIN (${inner}) AS g ON g.gm <= months.m GROUP BY months.m`;
  }
  if (source.kind === 'rows') {
    return `SELECT ${d.monthOf(date)} AS m, ${cols} FROM ${rel} WHERE ${date} IS NOT NULL${segmentCond(d, source.table, o, x)} GROUP BY 1`;
  }
  // first: the earliest row of each key (rows with a blank key are their own key), ties broken by row order.
  const key = x.fold(x.col(source.key!));
  const own = `CASE WHEN ${key} IS NULL OR ${key} = '' THEN CONCAT('#', CAST(${x.col('_row')} AS STRING)) ELSE ${key} END`;
  const won = source.wonOnly ? ` AND ${x.col('stage')} = ${STAGE_SQL.won}` : '';
  const ranked = `SELECT *, ROW_NUMBER() OVER (PARTITION BY ${own} ORDER BY ${date}, ${x.col('_row')}) AS ${d.ident('_rank')} FROM ${rel} WHERE ${date} IS NOT NULL${won}`;
  return `SELECT ${d.monthOf(date)} AS m, ${cols} FROM (${ranked}) AS firsts WHERE ${d.ident('_rank')} = 1${segmentCond(d, source.table, o, x)} GROUP BY 1`;
}

/** Compiles the KPIs whose fields are available into one query over the months from `@from` to `@to`. */
export function compileKpis(options: CompileOptions): CompiledQuery {
  const d = DIALECTS[options.dialect];
  const o = resolveFields(options);
  const has = (entity: EntityId, field: string) => (o.fields[entity] ?? []).includes(field);
  checkSegment(o);
  const chosen: { id: string; alt: SqlAlternative }[] = [];
  const skipped: { id: string; why: 'no_sql' | 'missing_fields' }[] = [];
  for (const id of o.kpis) {
    const def = kpiById(id);
    const alts = SQL_KPIS[id];
    if (!def || !alts) {
      skipped.push({ id, why: 'no_sql' });
      continue;
    }
    const k = firstMet(def.needs, has);
    if (k < 0 || !alts[k]) skipped.push({ id, why: k < 0 ? 'missing_fields' : 'no_sql' });
    else chosen.push({ id, alt: alts[k] });
  }
  const sources = new Map<string, { source: Source; aggregates: Map<string, Aggregate> }>();
  const at: Available = { has, segmented: o.segmentField !== undefined };
  for (const { alt } of chosen) {
    for (const agg of typeof alt.aggregates === 'function' ? alt.aggregates(at) : alt.aggregates) {
      const name = sourceName(agg.source);
      let entry = sources.get(name);
      if (!entry) {
        entry = { source: agg.source, aggregates: new Map() };
        sources.set(name, entry);
      }
      entry.aggregates.set(agg.name, agg);
    }
  }
  const ctes = preludeCtes(d, o);
  const joins: string[] = [];
  const where = new Map<string, string>();
  for (const [name, { source, aggregates }] of sources) {
    if (source.kind === 'movements') {
      const rel = relationOf(d, source.table, o);
      const x = context(d);
      ctes.push(`${name}_rows AS (${movementRowsCte(d, rel, x, (f) => has(source.table, f), segmentCond(d, source.table, o, x))})`);
    }
    ctes.push(`${name} AS (${sourceCte(d, source, [...aggregates.values()], o)})`);
    joins.push(source.kind === 'span' ? `CROSS JOIN ${name}` : `LEFT JOIN ${name} ON ${name}.m = months.m`);
    for (const agg of aggregates.keys()) where.set(agg, `${name}.${agg}`);
  }
  const ref = (agg: string) => {
    const r = where.get(agg);
    if (!r) throw new Error(`SQL plan: aggregate ${agg} is not computed`);
    return r;
  };
  const v = { a: ref, n: (agg: string) => `COALESCE(${ref(agg)}, 0)` };
  const columns = chosen.map(({ id, alt }) => `${alt.value(v, at)} AS ${d.ident(id)}`);
  const sql = [
    `WITH ${ctes.join(',\n')}`,
    `SELECT ${d.monthKey('months.m')} AS ${d.ident('month')}${columns.map((c) => `,\n  ${c}`).join('')}`,
    'FROM months',
    ...joins,
    'ORDER BY months.m',
  ].join('\n');
  return { sql, params: paramsRead(d, sql), kpis: chosen.map((c) => c.id), skipped };
}
