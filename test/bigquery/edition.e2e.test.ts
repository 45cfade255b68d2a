// The BigQuery edition over its built bundle: "Connect a BigQuery table…" reads a Salesforce table through Connected
// Sheets (answered by a DuckDB twin of BigQuery), detects the mapping and inserts the KPI tab with cell parameters.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'node-sql-parser';
import { loadRawText, openDuck, runQuery } from '../../scripts/sql/duck-load';
import { createRuntime, emptyWorkbook } from '../../scripts/runtime/index';
import { setBigQueryStandIn } from '../../scripts/runtime/data-sources';
import { kpiById } from '../../src/kpi/catalog';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { compileKpis } from '../../src/sql/compile';
import { stageLabelParams } from '../../src/sql/stage-labels';
import { month } from '../kpi/table-builder';

const root = join(__dirname, '..', '..');
const BUNDLE = join(root, 'dist-bigquery', 'Code.js');

/** A Salesforce opportunity report loaded into BigQuery (report column labels; columns cannot hold spaces, so `_`). */
const COLUMNS = ['Opportunity_ID', 'Opportunity_Name', 'Stage', 'Amount', 'Close_Date', 'Created_Date', 'Closed', 'Won', 'Lead_Source'];
const STAGES = ['Closed Won', 'Closed Lost', 'Prospecting', 'Negotiation/Review', 'Closed Won'];
const ROWS: string[][] = Array.from({ length: 40 }, (_, i) => {
  const created = new Date(Date.UTC(2026, 5, 1 + i * 3));
  const closed = new Date(created.getTime() + (10 + (i % 7) * 5) * 86400000);
  const stage = STAGES[i % STAGES.length];
  const open = stage !== 'Closed Won' && stage !== 'Closed Lost';
  return [
    `006${String(i).padStart(12, '0')}`,
    `Deal ${i}`,
    stage,
    String(1000 + i * 250),
    closed.toISOString().slice(0, 10),
    `${created.toISOString().slice(0, 19)}Z`,
    open ? 'false' : 'true',
    stage === 'Closed Won' ? 'true' : 'false',
    i % 2 ? 'Web' : 'Partner',
  ];
});
const MAPPING = { fields: { id: 'Opportunity_ID', created: 'Created_Date', closed: 'Close_Date', stage: 'Stage', amount: 'Amount', source: 'Lead_Source', is_won: 'Won' } };
const SETTINGS = { ...DEFAULT_SETTINGS, locale: 'en_US', timeZone: 'America/Chicago' };

describe('the BigQuery edition', () => {
  let twin: Record<string, unknown>[] = [];
  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--edition', 'bigquery'], { cwd: root, stdio: 'pipe' });
    const db = await openDuck();
    await loadRawText(db, 'opportunity', COLUMNS, ROWS);
    const q = compileKpis({ dialect: 'duckdb', kpis: ['revenue', 'deals_won', 'deals_lost', 'win_rate', 'sales_cycle'], fields: {}, raw: { deals: { relation: 'opportunity', mapping: MAPPING } } });
    twin = await runQuery(db, q.sql, { from: '2024-12-01', to: '2026-11-01', time_zone: SETTINGS.timeZone, ...stageLabelParams(SETTINGS) });
    db.close();
  }, 180000);

  test('asks for the scope it needs, in its own manifest only', () => {
    const scopes = JSON.parse(readFileSync(join(root, 'dist-bigquery', 'appsscript.json'), 'utf8')).oauthScopes;
    expect(scopes).toContain('https://www.googleapis.com/auth/bigquery.readonly');
    // The base manifest's scopes plus bigquery.readonly, which the base manifest does not ask for.
    const base: string[] = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')).oauthScopes;
    expect([...scopes].sort()).toEqual([...base, 'https://www.googleapis.com/auth/bigquery.readonly'].sort());
    expect(base).not.toContain('https://www.googleapis.com/auth/bigquery.readonly');
  });

  test('a user who left BigQuery unticked is asked for it by the menu item, before any prompt or query', () => {
    const BQ = 'https://www.googleapis.com/auth/bigquery.readonly';
    const workbook = emptyWorkbook({ locale: 'en_US', timeZone: 'America/Chicago' });
    const runtime = createRuntime({ workbook, now: Date.UTC(2026, 10, 15, 15) }).load(BUNDLE);
    runtime.revokeScopes([BQ]);
    expect(() => runtime.call('connectBigQueryTable')).toThrow('Authorization is required');
    expect(runtime.ui.consents).toEqual([{ scopes: [BQ] }]);
    expect(runtime.ui.prompts).toEqual([]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('connects a Salesforce table: mapping detected, GoogleSQL with cell parameters, numbers equal to the engine', () => {
    const workbook = emptyWorkbook({ locale: 'en_US', timeZone: 'America/Chicago' });
    const runtime = createRuntime({ workbook, now: Date.UTC(2026, 10, 15, 15) }).load(BUNDLE);
    const requests: { sql: string; parameters: Record<string, string> }[] = [];
    setBigQueryStandIn(workbook, ({ projectId, sql, parameters }) => {
      expect(projectId).toBe('acme-sales');
      requests.push({ sql, parameters });
      if (sql.includes('INFORMATION_SCHEMA')) return { columns: ['column_name'], rows: COLUMNS.map((c) => [c]) };
      if (sql.startsWith('SELECT * FROM')) return { columns: COLUMNS, rows: ROWS };
      const columns = Object.keys(twin[0]);
      return { columns, rows: twin.map((r) => columns.map((c) => (r[c] === null ? '' : (r[c] as string | number)))) };
    });
    runtime.call('onOpen', { authMode: 'FULL' });
    const items = runtime.ui.menus[0].items.flatMap((i) => (i.kind === 'item' ? [i.caption] : []));
    expect(items).toContain('Connect a BigQuery table…');
    runtime.ui.answer('OK', 'acme-sales');
    runtime.ui.answer('OK', 'deals=salesforce.Opportunity');
    runtime.call('connectBigQueryTable');

    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining('The "Sales KPI · BigQuery" tab computes')]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Sheet1', 'Sales KPI · BigQuery parameters', 'Sales KPI · BigQuery']);
    // Table name bound to a cell for the column list; the KPI query reads its five parameters from their cells.
    expect(requests[0].sql).toContain('`acme-sales`.`salesforce`.INFORMATION_SCHEMA.COLUMNS');
    expect(requests[0].parameters).toEqual({ table_name: 'Opportunity' });
    expect(requests[1].sql).toBe('SELECT * FROM `acme-sales`.`salesforce`.`Opportunity` LIMIT 200');
    const kpi = requests[2];
    expect(kpi.parameters).toEqual({
      from: '2024-12-01',
      to: '2026-11-01',
      won_labels: stageLabelParams(SETTINGS).won_labels.join('|'),
      lost_labels: stageLabelParams(SETTINGS).lost_labels.join('|'),
      time_zone: 'America/Chicago',
    });
    const expected = compileKpis({ dialect: 'bigquery', kpis: ['revenue'], fields: {}, raw: { deals: { relation: 'acme-sales.salesforce.Opportunity', mapping: MAPPING } } });
    expect(kpi.sql).toContain(expected.sql.split('\n')[1]);
    expect(() => new Parser().astify(kpi.sql, { database: 'bigquery' })).not.toThrow();

    // The tab's numbers (from the DuckDB twin of the same plan) are the engine's on the same rows.
    const deals = parseTable('deals', 'opportunity', [COLUMNS, ...ROWS], { id: 0, stage: 2, amount: 3, closed: 4, created: 5, source: 8 }, { headerRow: 1, settings: SETTINGS });
    const tab = workbook.sheets.find((s) => s.name === 'Sales KPI · BigQuery')!;
    const header = tab.values[0] as string[];
    let checked = 0;
    for (const row of tab.values.slice(1)) {
      for (const id of ['revenue', 'deals_won', 'deals_lost', 'win_rate', 'sales_cycle']) {
        const engine = kpiById(id)!.compute({ tables: { deals }, settings: SETTINGS }, month(String(row[0]))).value;
        const cell = row[header.indexOf(id)];
        if (engine === null) expect(cell).toBe('');
        else {
          expect(Number(cell)).toBeCloseTo(engine, 6);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('calls only Connected Sheets methods that the Apps Script types declare', () => {
    const workbook = emptyWorkbook({ locale: 'fr_FR', timeZone: 'Europe/Paris' });
    const runtime = createRuntime({ workbook }).load(BUNDLE);
    setBigQueryStandIn(workbook, ({ sql }) =>
      sql.includes('INFORMATION_SCHEMA') ? { columns: ['column_name'], rows: COLUMNS.map((c) => [c]) } : sql.startsWith('SELECT * FROM') ? { columns: COLUMNS, rows: ROWS } : { columns: ['month'], rows: [] },
    );
    runtime.ui.answer('OK', 'acme-sales');
    runtime.ui.answer('OK', 'affaires=acme-sales.salesforce.Opportunity');
    runtime.call('connectBigQueryTable');
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining('L’onglet « Sales KPI · BigQuery » calcule')]);
    const types = readFileSync(join(root, 'node_modules', '@types', 'google-apps-script', 'google-apps-script.spreadsheet.d.ts'), 'utf8');
    const declared = (cls: string, method: string) => new RegExp(`interface ${cls} \\{[^}]*?\\b${method}\\(`, 's').test(types);
    const dataSourceCalls = Object.keys(runtime.calls.byMethod).filter((k) => /DataSource|BigQuery|DataExecution/.test(k));
    expect(dataSourceCalls.length).toBeGreaterThan(5);
    // Spreadsheet.insertDataSourceSheet is in Google's reference and Connected Sheets guide, not yet in @types 2.0.13.
    for (const call of dataSourceCalls.filter((c) => c !== 'Spreadsheet.insertDataSourceSheet')) {
      const [cls, method] = call.split('.');
      expect([call, declared(cls, method)]).toEqual([call, true]);
    }
  });

  test('refuses a malformed project or table with a message in the user’s language', () => {
    const runtime = createRuntime({ workbook: emptyWorkbook({ locale: 'en_US' }) }).load(BUNDLE);
    runtime.ui.answer('OK', 'My Project!');
    runtime.call('connectBigQueryTable');
    runtime.ui.answer('OK', 'acme-sales');
    runtime.ui.answer('OK', 'deals=acme`; DROP TABLE x');
    runtime.call('connectBigQueryTable');
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([
      expect.stringContaining('"My Project!" is not a Google Cloud project id'),
      expect.stringContaining('is not of the form entity=project.dataset.table'),
    ]);
  });
});
