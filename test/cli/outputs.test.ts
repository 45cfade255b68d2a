// What `npm start` writes: amounts in the mapping's currency, every month or the cap stated, text capped, large exports slim.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../scripts/runtime/index';
import { folderWith, npmStart } from './cli-harness';

const HEADER = 'Ref,Created,Closed,Status,Value,Rep';
const deal = (i: number, created: string, closed: string, status: string, value: number, rep = 'Ann') => `D${i},${created},${closed},${status},${value},${rep}`;
const SMALL = [HEADER, deal(1, '2026-01-05', '2026-03-02', 'Won', 1000), deal(2, '2026-01-10', '2026-03-10', 'Lost', 2000, 'Bob')].join('\n');

function mappingFile(dir: string, currency: string): string {
  const path = join(dir, '..', 'mapping.json');
  const fields = { id: 'Ref', created: 'Created', closed: 'Closed', stage: 'Status', amount: 'Value', owner: 'Rep' };
  const settings = { locale: 'fr_FR', timeZone: 'Europe/Paris', currency, fiscalYearStart: 1, wonLabels: [], lostLabels: [] };
  writeFileSync(path, JSON.stringify({ version: 2, entities: { deals: { sheet: 'deals', headerRow: 1, fields } }, settings }));
  return path;
}

describe('the currency of the summary', () => {
  it('is the mapping’s currency, never a hard-coded €', async () => {
    const dir = folderWith({ 'deals.csv': SMALL });
    const r = await npmStart([dir, '--mapping', mappingFile(dir, 'USD'), '--out', join(dir, '..', 'out')]);
    expect(r.code).toBe(0);
    const revenue = r.stdout.split('\n').find((l) => l.startsWith("Chiffre d'affaires")) ?? '';
    expect(revenue).toMatch(/1\s000\s\$US|1\s000\s\$/);
    expect(r.stdout).not.toContain('€');
  });

  it('follows the locale when the mapping is detected (en_GB → £)', async () => {
    const dir = folderWith({ 'deals.csv': SMALL });
    const r = await npmStart([dir, '--locale', 'en_GB', '--out', join(dir, '..', 'out')]);
    expect(r.code).toBe(0);
    const revenue = r.stdout.split('\n').find((l) => l.startsWith('Revenue')) ?? '';
    expect(revenue).toContain('£1,000');
    expect(r.stdout).not.toContain('€');
  });
});

describe('the months of kpis.json', () => {
  it('holds the last 60 months of a longer history and says so, in the file and on the command line', async () => {
    const rows = [HEADER];
    for (let m = 0; m < 99; m++) {
      const month = `${2018 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      rows.push(deal(m + 1, `${month}-01`, `${month}-15`, m % 2 ? 'Won' : 'Lost', 100 + m));
    }
    const dir = folderWith({ 'deals.csv': rows.join('\n') });
    const out = join(dir, '..', 'out');
    const r = await npmStart([dir, '--out', out, '--locale', 'en_US']);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'kpis.json'), 'utf8'));
    expect(json.months).toHaveLength(60);
    expect(json.monthsCapped).toEqual({ limit: 60, dataFirstMonth: '2018-01', monthsLeftOut: 39 });
    expect(r.stdout).toContain('kpis.json holds the last 60 months; the data begins in 2018-01 (39 earlier months left out)');
  });
});

describe('text from the data', () => {
  it('is capped at 256 characters in the dashboard tab, dashboard.html and kpis.json', async () => {
    const huge = 'H'.repeat(200000);
    const dir = folderWith({ 'deals.csv': [HEADER, deal(1, '2026-01-05', '2026-03-02', 'Won', 1000, huge), deal(2, '2026-01-10', '2026-03-10', 'Lost', 2000, huge)].join('\n') });
    const out = join(dir, '..', 'out');
    const r = await npmStart([dir, '--out', out, '--locale', 'en_US']);
    expect(r.code).toBe(0);
    const json = readFileSync(join(out, 'kpis.json'), 'utf8');
    expect(json.length).toBeLessThan(100000);
    expect(json).not.toContain('H'.repeat(257));
    expect(readFileSync(join(out, 'dashboard.html'), 'utf8')).not.toContain('H'.repeat(257));
    const book = await readWorkbook(join(out, 'export.xlsx'));
    const tab = book.sheets.find((s) => s.name.startsWith('KPI'));
    expect(tab).toBeDefined();
    for (const row of tab?.values ?? []) for (const v of row) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(256);
  });
});

describe('a large export', () => {
  it('writes a workbook with the dashboard and the KPI table, not a copy of the input rows, and says so', async () => {
    const dir = folderWith({ 'deals.csv': SMALL });
    const out = join(dir, '..', 'out');
    const r = await npmStart([dir, '--out', out, '--locale', 'en_US'], 2);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('large export (3 rows, over 2): the .xlsx holds the dashboard and the KPI table, not a copy of the input rows');
    const book = await readWorkbook(join(out, 'export.xlsx'));
    expect(book.sheets.map((s) => s.name)).toEqual(['KPI March 2026', 'KPI table']);
    const table = book.sheets[1].values;
    expect(table[0].slice(0, 2)).toEqual(['KPI', 'id']);
    const revenue = table.find((row) => row[1] === 'revenue');
    expect(revenue?.[table[0].indexOf('2026-03')]).toBe(1000);
  });

  it('prints a progress line for each step, on stderr', async () => {
    const dir = folderWith({ 'deals.csv': SMALL });
    const r = await npmStart([dir, '--out', join(dir, '..', 'out'), '--locale', 'en_US'], undefined, 1);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('… '))).toEqual([
      expect.stringMatching(/^… reading .*export \(\d+ s\)$/),
      expect.stringMatching(/^… computing every KPI of every month and the dashboard tab \(\d+ s\)$/),
      expect.stringMatching(/^… writing the files \(\d+ s\)$/),
    ]);
  });
});
