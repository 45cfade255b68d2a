// The DuckDB engine of `npm start -- <file> --engine duckdb`: detects the mapping on samples, computes the KPIs in SQL.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kpiById } from '../../src/kpi/catalog';
import { MAX_MONTHS } from '../../src/kpi/monthly';
import { parseConfig, type SavedConfig } from '../../src/model/config';
import { type MonthIndex, monthKey } from '../../src/model/days';
import type { EntityId } from '../../src/model/entities';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { suggestConfig } from '../../src/model/suggest-config';
import { compileBreakdowns } from '../../src/sql/breakdowns';
import { compileKpis, SQL_KPI_IDS } from '../../src/sql/compile';
import { stageLabelParams } from '../../src/sql/stage-labels';
import type { RawTable } from '../../src/sql/staging';
import { dateSpanSql } from '../../src/sql/span';
import { type DuckDatabase, openDuck, runQuery } from '../sql/duck-load';
import { openSources, sampleRows } from './sources';

export interface DuckRunOptions {
  readonly input: string;
  readonly mapping: string | null;
  readonly month: string | null;
  readonly locale: string;
  readonly timeZone: string;
  /** Called with a short line at each step of a long run. */
  readonly progress?: (line: string) => void;
}

export interface DuckKpiRow {
  readonly id: string;
  readonly period: string;
  readonly value: number | null;
}

/** A breakdown row of a KPI for a month (lost reasons: a reason, its lost deals and their share; MRR movements). */
export interface DuckBreakdownRow {
  readonly id: string;
  readonly period: string;
  readonly key: string;
  readonly count: number;
  readonly share: number | null;
  /** The MRR movements: the movement's amount (contraction and churned negative); absent for other breakdowns. */
  readonly value?: number | null;
}

export interface DuckRun {
  readonly month: string;
  readonly months: readonly string[];
  readonly kpis: readonly DuckKpiRow[];
  readonly breakdowns: readonly DuckBreakdownRow[];
  readonly config: SavedConfig;
  readonly skipped: readonly { readonly id: string; readonly why: string }[];
  readonly sources: readonly { readonly name: string; readonly bytes: number }[];
}

/** DuckDB's memory limit for a run (it spills to the temporary folder beyond it), so large files stay under 1 GB. */
const DUCK_MEMORY = '512MB';

/** Planned dates (customers' end dates, targets) never extend the months, as in the engine (`src/kpi/monthly.ts`). */
const FORWARD = new Set(['customers.end', 'targets.date', 'subscriptions.end']);

/**
 * First and last months of the activity, by the engine's rule: every mapped date column but planned ones, customers'
 * and subscriptions' start dates only when no other table has dates, and the last MAX_MONTHS months at most.
 */
async function monthSpan(db: DuckDatabase, raw: Partial<Record<EntityId, RawTable>>, settings: SavedConfig['settings']) {
  const sql = dateSpanSql('duckdb', raw);
  if (!sql) return null;
  const rows = (await runQuery(db, sql, { time_zone: settings.timeZone, ...stageLabelParams(settings) })) as {
    entity: string;
    field: string;
    first: string | null;
    last: string | null;
  }[];
  const pick = (keep: (r: (typeof rows)[number]) => boolean) => {
    let first: string | null = null;
    let last: string | null = null;
    for (const r of rows) {
      if (!keep(r) || r.entity === 'targets') continue;
      if (r.first && (!first || r.first < first)) first = r.first;
      if (!FORWARD.has(`${r.entity}.${r.field}`) && r.last && (!last || r.last > last)) last = r.last;
    }
    return first && last && first <= last ? { first: first.slice(0, 7), last: last.slice(0, 7) } : null;
  };
  const span = pick((r) => r.entity !== 'customers' && r.entity !== 'subscriptions') ?? pick(() => true);
  if (!span) return null;
  const [y, m] = span.last.split('-').map(Number);
  const earliest = monthKey((y * 12 + m - 1 - MAX_MONTHS + 1) as MonthIndex);
  // Month keys compare as text (`YYYY-MM`).
  if (span.first < earliest) return { first: earliest, last: span.last };
  return span;
}

function monthsBetween(first: string, last: string): string[] {
  const [y0, m0] = first.split('-').map(Number);
  const [y1, m1] = last.split('-').map(Number);
  const out: string[] = [];
  for (let i = y0 * 12 + m0 - 1; i <= y1 * 12 + m1 - 1 && out.length < 1200; i++) out.push(monthKey(i as MonthIndex));
  return out;
}

/** Runs the SQL-compiled catalog on the input through DuckDB; nothing of the rows is loaded into JavaScript memory. */
export async function runDuck(o: DuckRunOptions, readMapping: (path: string) => string): Promise<DuckRun> {
  // A database file in a temporary folder: CSV tables and DuckDB's spills go to disk there, removed at the end.
  const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-duck-'));
  const db = await openDuck(join(dir, 'work.duckdb'), DUCK_MEMORY);
  try {
    await db.connection.run(`SET temp_directory = '${join(dir, 'spill').replace(/'/g, "''")}'`);
    o.progress?.('DuckDB: opening the files…');
    const sources = await openSources(db, o.input);
    let config: SavedConfig | null;
    const settings = { ...DEFAULT_SETTINGS, locale: o.locale, timeZone: o.timeZone };
    if (o.mapping) {
      config = parseConfig(readMapping(o.mapping).replace(/^\uFEFF/, '')).config;
      if (!config) throw new Error(`${o.mapping} is not a saved mapping (see "The saved mapping" in the README)`);
    } else {
      const sheets = [];
      for (const s of sources) sheets.push({ name: s.name, values: await sampleRows(db, s.name) });
      config = suggestConfig(sheets, settings).config;
      if (Object.keys(config.entities).length === 0) throw new Error('no sales table was recognised from the headers; give the mapping with --mapping mapping.json');
    }
    const raw: Partial<Record<EntityId, RawTable>> = {};
    for (const [entity, m] of Object.entries(config.entities) as [EntityId, NonNullable<SavedConfig['entities'][EntityId]>][]) {
      raw[entity] = { relation: m.sheet, mapping: m };
    }
    const span = await monthSpan(db, raw, config.settings);
    if (!span) throw new Error('The mapped tables hold no dated rows: there is no month to report on.');
    const months = monthsBetween(span.first, o.month && o.month > span.last ? o.month : span.last);
    const q = compileKpis({ dialect: 'duckdb', kpis: SQL_KPI_IDS, fields: {}, raw });
    o.progress?.(`DuckDB: computing ${q.kpis.length} KPIs over ${months.length} months…`);
    const params = { from: `${months[0]}-01`, to: `${months[months.length - 1]}-01`, time_zone: config.settings.timeZone, ...stageLabelParams(config.settings) };
    const rows = await runQuery(db, q.sql, params);
    const kpis: DuckKpiRow[] = [];
    for (const id of q.kpis) {
      if (!kpiById(id)) continue;
      for (const r of rows) {
        const v = r[id];
        kpis.push({ id, period: String(r.month), value: v === null || v === undefined ? null : Number(v) });
      }
    }
    const breakdowns: DuckBreakdownRow[] = [];
    for (const b of compileBreakdowns({ dialect: 'duckdb', kpis: q.kpis, fields: {}, raw })) {
      for (const r of await runQuery(db, b.sql, params)) {
        const row = { id: b.kpi, period: String(r.month), key: String(r.key), count: Number(r.count), share: r.share === null ? null : Number(r.share) };
        breakdowns.push(r.value === undefined ? row : { ...row, value: r.value === null ? null : Number(r.value) });
      }
    }
    return { month: o.month ?? months[months.length - 1], months, kpis, breakdowns, config, skipped: q.skipped, sources: sources.map((s) => ({ name: s.name, bytes: s.bytes })) };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
