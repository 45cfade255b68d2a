// `npm run sql`: prints the SQL of the KPI catalog for a saved mapping, in DuckDB or BigQuery (GoogleSQL), with its parameters.

import { readFileSync } from 'node:fs';
import { parseConfig } from '../src/model/config';
import type { EntityId } from '../src/model/entities';
import { compileBreakdowns } from '../src/sql/breakdowns';
import { compileKpis, SQL_KPI_IDS } from '../src/sql/compile';
import { sqlLookups } from '../src/sql/lookups';
import type { DialectId } from '../src/sql/dialect';
import { stageLabelParams } from '../src/sql/stage-labels';
import type { RawTable } from '../src/sql/staging';

const USAGE = `Usage: npm run sql -- --mapping mapping.json [--dialect bigquery|duckdb] [--table ENTITY=PATH ...] [--segment FIELD]

Prints one query (a row per month, a column per KPI) computing the catalog's KPIs that have a SQL form, reading each
mapped entity from PATH (BigQuery: project.dataset.table; DuckDB: a table or view name; default: the mapped sheet's
name), its columns named as in the mapping; a related table of the mapping's lookups is read from --table SHEET=PATH
(default: its sheet's name) when --segment names one of its columns (accounts.sector). Then the parameters to bind: from/to (first days of the first and last
months, YYYY-MM-DD), won_labels/lost_labels (the stage labels, compacted: BigQuery one STRING joined by |, DuckDB a
VARCHAR[]), time_zone, and segment with --segment. BigQuery parameters are all STRING (Connected Sheets binds them to
cells).`;

function main(argv: readonly string[]): number {
  const opts: { mapping?: string; dialect: DialectId; tables: Record<string, string>; segment?: string } = { dialect: 'bigquery', tables: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--mapping') opts.mapping = next();
    else if (a === '--dialect') {
      const d = next();
      if (d !== 'bigquery' && d !== 'duckdb') throw new Error(`--dialect is bigquery or duckdb, not ${d}`);
      opts.dialect = d;
    } else if (a === '--table') {
      const [entity, path] = next().split('=');
      if (!entity || !path) throw new Error('--table is ENTITY=PATH, e.g. deals=my-project.crm.deals');
      opts.tables[entity] = path;
    } else if (a === '--segment') opts.segment = next();
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!opts.mapping) throw new Error('--mapping is required');
  const { config } = parseConfig(readFileSync(opts.mapping, 'utf8').replace(/^\uFEFF/, ''));
  if (!config) throw new Error(`${opts.mapping} is not a saved mapping (see "The saved mapping" in the README)`);
  const raw: Partial<Record<EntityId, RawTable>> = {};
  for (const [entity, mapping] of Object.entries(config.entities) as [EntityId, NonNullable<(typeof config.entities)[EntityId]>][]) {
    raw[entity] = { relation: opts.tables[entity] ?? mapping.sheet, mapping };
  }
  const lookups = sqlLookups(config.lookups ?? [], (sheet) => opts.tables[sheet] ?? sheet);
  const q = compileKpis({ dialect: opts.dialect, kpis: SQL_KPI_IDS, fields: {}, raw, segmentField: opts.segment, lookups });
  const labels = stageLabelParams(config.settings);
  const list = (xs: string[]) => (opts.dialect === 'bigquery' ? xs.join('|') : xs);
  const params = { from: '2024-01-01', to: '2024-12-01', won_labels: list(labels.won_labels), lost_labels: list(labels.lost_labels), time_zone: config.settings.timeZone };
  const lines = [
    `-- Sales KPI: ${q.kpis.length} KPIs per month (${q.kpis.join(', ')}), ${opts.dialect === 'bigquery' ? 'BigQuery GoogleSQL' : 'DuckDB'}.`,
    ...q.skipped.map((s) => `-- not compiled: ${s.id} (${s.why === 'no_sql' ? 'no SQL form yet' : 'its fields are not mapped'})`),
    q.sql,
    ';',
    `-- parameters (${q.params.join(', ')}), e.g.:`,
    ...JSON.stringify(opts.segment ? { ...params, segment: '...' } : params, null, 2).split('\n').map((l) => `-- ${l}`),
  ];
  // Breakdown queries (a row per month and key), same parameters.
  for (const b of compileBreakdowns({ dialect: opts.dialect, kpis: SQL_KPI_IDS, fields: {}, raw, segmentField: opts.segment, lookups })) {
    lines.push('', `-- Sales KPI: breakdown of ${b.kpi} (month, key, count, share), same parameters.`, b.sql, ';');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
  process.exitCode = 2;
}
