// `npm start` end to end on the built bundle: the sample's three files, a CSV export with a mapping, bad arguments.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KPI_CATALOG } from '../../src/kpi/catalog';
import { runJob } from '../../scripts/cli/job';
import { parseA1, readWorkbook, writeWorkbook } from '../../scripts/runtime/index';

const root = join(__dirname, '..', '..');
const bundle = process.env.SALES_KPI_BUNDLE ?? join(root, 'dist', 'Code.js');

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'run.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SALES_KPI_BUNDLE: bundle },
    timeout: 120000,
  });
}

interface KpisJson {
  month: string;
  kpis: { id: string; period: string; value: number | null; segment: unknown; used: number; skipped: number }[];
  serviceCalls: { total: number; byMethod: Record<string, number> };
  dataQuality: { tables: { entity: string; blankRows: number }[] };
}

const teamValue = (json: KpisJson, id: string, period: string) =>
  json.kpis.find((k) => k.id === id && k.period === period && k.segment === null)?.value;

describe('npm start on the embedded sample', () => {
  const out = mkdtempSync(join(tmpdir(), 'sales-kpi-run-'));
  let result: ReturnType<typeof cli>;
  beforeAll(() => {
    result = cli(['--out', out]);
  }, 180000);

  it('exits 0 and writes the workbook, kpis.json and dashboard.html', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const file of ['sales-kpi-sample.xlsx', 'kpis.json', 'dashboard.html']) expect(existsSync(join(out, file))).toBe(true);
    expect(result.stdout).toContain('KPI octobre 2026');
    expect(result.stdout).toContain("Chiffre d'affaires");
  });

  it('writes kpis.json in the documented shape, with ids from the catalog', () => {
    const json = JSON.parse(readFileSync(join(out, 'kpis.json'), 'utf8')) as KpisJson;
    expect(json.month).toBe('2026-10');
    const ids = new Set(KPI_CATALOG.map((d) => d.id));
    for (const k of json.kpis) {
      expect(Object.keys(k).slice(0, 6)).toEqual(['id', 'period', 'value', 'segment', 'used', 'skipped']);
      expect(ids.has(k.id)).toBe(true);
      expect(k.value === null || typeof k.value === 'number').toBe(true);
    }
    expect(new Set(json.kpis.map((k) => k.period)).size).toBe(24);
    expect(json.serviceCalls.total).toBeGreaterThan(0);
    expect(Object.values(json.serviceCalls.byMethod).reduce((a, b) => a + b, 0)).toBe(json.serviceCalls.total);
    expect(json.dataQuality.tables.find((t) => t.entity === 'deals')?.blankRows).toBe(1);
  });

  it('writes a self-contained preview with the tab and its charts as SVG', () => {
    const html = readFileSync(join(out, 'dashboard.html'), 'utf8');
    expect(html).toContain('KPI octobre 2026');
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<script/i);
  });
});

describe('the written workbook', () => {
  it('re-reads with the same values', async () => {
    const job = await runJob({ input: null, month: null, mapping: null, out: 'unused', locale: 'fr_FR', timeZone: 'Europe/Paris', engine: 'sheets', help: false }, bundle);
    const path = join(mkdtempSync(join(tmpdir(), 'sales-kpi-xlsx-')), 'book.xlsx');
    await writeWorkbook(job.workbook, path);
    const back = await readWorkbook(path);
    expect(back.sheets.map((s) => s.name)).toEqual(job.workbook.sheets.map((s) => s.name));
    const plain = (v: unknown) => (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() : v);
    for (const sheet of job.workbook.sheets) {
      const again = back.sheets.find((s) => s.name === sheet.name);
      // ExcelJS reads every cell of a merge as the merge's value: compare the top-left cell of merges only.
      const covered = new Set<string>();
      for (const a1 of sheet.merges) {
        const box = parseA1(a1, sheet.maxRows, sheet.maxColumns);
        for (let r = 0; r < box.numRows; r++) for (let c = 0; c < box.numColumns; c++) if (r || c) covered.add(`${box.row - 1 + r},${box.column - 1 + c}`);
      }
      // A SPARKLINE (Sheets-only) is written to the .xlsx as its trend in block characters: compare the other cells.
      for (const [i, row] of sheet.formulas.entries()) {
        for (const [j, f] of row.entries()) if (f.startsWith('=SPARKLINE(')) covered.add(`${i},${j}`);
      }
      const mask = (values: unknown[][]) => values.map((r, i) => r.map((v, j) => (covered.has(`${i},${j}`) ? '' : v)));
      const rows = mask(sheet.values).filter((r) => r.some((v) => v !== ''));
      const rowsBack = mask(again?.values ?? []).filter((r) => r.some((v) => v !== ''));
      expect(rowsBack.map((r) => r.slice(0, 12).map(plain))).toEqual(rows.map((r) => r.slice(0, 12).map(plain)));
    }
  }, 120000);
});

describe('npm start on a folder of CSVs with a mapping', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-csv-'));
  const data = join(dir, 'export');
  mkdirSync(data);
  writeFileSync(
    join(data, 'deals.csv'),
    [
      'Ref,Created,Closed,Status,Value,Rep',
      'D1,2026-01-05,2026-03-02,Gagné,1000,Alice',
      'D2,2026-01-10,2026-03-10,Perdu,2000,Bob',
      'D3,2026-02-01,2026-03-15,Gagné,3000,Alice',
      'D4,2026-02-03,2026-03-20,Perdu,500,Bob',
      'D5,2026-02-10,2026-03-25,Perdu,700,Alice',
      'D6,2026-03-01,,En cours,4000,Bob',
      'D7,2026-02-15,2026-02-20,Gagné,800,Bob',
    ].join('\n'),
  );
  writeFileSync(join(data, 'leads.csv'), ['Date,Source,Qualif', '2026-03-01,Web,Oui', '2026-03-02,Salon,Non', '2026-03-03,Web,Oui', '2026-02-10,Web,Non'].join('\n'));
  const mapping = {
    version: 2,
    entities: {
      deals: { sheet: 'deals', headerRow: 1, fields: { id: 'Ref', created: 'Created', closed: 'Closed', stage: 'Status', amount: 'Value', owner: 'Rep' } },
      leads: { sheet: 'leads', headerRow: 1, fields: { created: 'Date', source: 'Source', qualified: 'Qualif' } },
    },
    settings: { locale: 'fr_FR', timeZone: 'Europe/Paris', currency: 'EUR', fiscalYearStart: 1, wonLabels: [], lostLabels: [] },
  };
  writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping));
  const out = join(dir, 'out');
  let json: KpisJson;
  let result: ReturnType<typeof cli>;
  beforeAll(() => {
    result = cli([data, '--mapping', join(dir, 'mapping.json'), '--month', '2026-03', '--out', out]);
    json = JSON.parse(readFileSync(join(out, 'kpis.json'), 'utf8')) as KpisJson;
  }, 180000);

  it('writes the three files named after the export', () => {
    expect(result.status).toBe(0);
    for (const file of ['export.xlsx', 'kpis.json', 'dashboard.html']) expect(existsSync(join(out, file))).toBe(true);
    expect(json.month).toBe('2026-03');
  });

  it('matches hand-computed values: revenue, deals won, win rate, cycle, leads, conversion', () => {
    expect(teamValue(json, 'revenue', '2026-03')).toBe(4000); // D1 + D3
    expect(teamValue(json, 'deals_won', '2026-03')).toBe(2);
    expect(teamValue(json, 'deals_lost', '2026-03')).toBe(3);
    expect(teamValue(json, 'win_rate', '2026-03')).toBeCloseTo(2 / 5, 10);
    expect(teamValue(json, 'sales_cycle', '2026-03')).toBeCloseTo((56 + 42) / 2, 10);
    expect(teamValue(json, 'leads', '2026-03')).toBe(3);
    expect(teamValue(json, 'qualified_leads', '2026-03')).toBe(2);
    expect(teamValue(json, 'conversion_rate', '2026-03')).toBeCloseTo(2 / 3, 10);
    expect(teamValue(json, 'revenue', '2026-02')).toBe(800);
    expect(teamValue(json, 'win_rate', '2026-02')).toBe(1);
    expect(teamValue(json, 'churn', '2026-03')).toBeNull();
  });

  it('gives per-rep values for the month', () => {
    const alice = json.kpis.find((k) => k.id === 'revenue' && (k.segment as { value?: string } | null)?.value === 'Alice');
    expect(alice?.value).toBe(4000);
  });
});

describe('npm start in English', () => {
  it('generates the sample and its dashboard in English with --locale en_US', () => {
    const out = mkdtempSync(join(tmpdir(), 'sales-kpi-run-en-'));
    const r = cli(['--out', out, '--locale', 'en_US', '--time-zone', 'America/New_York']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('KPI October 2026');
    expect(r.stdout).toContain('Revenue');
  }, 180000);
});

describe('bad arguments', () => {
  it.each([
    [['--month', '2026-13']],
    [['--bogus']],
    [['/no/such/file.xlsx']],
    [['--out']],
    [['a.xlsx', 'b.xlsx']],
    [['--locale', 'french']],
    [['--time-zone', 'Mars/Olympus']],
  ])('%j exits 2 with the usage', (args) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage: npm start');
  });
});
