// Every failure of `npm start` exits non-zero with one clear line: bad CSV quotes, --out, mappings, months.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, folderWith, npmStart, root } from './cli-harness';

const DEALS = ['Ref,Created,Closed,Status,Value,Rep', 'D1,2026-01-05,2026-03-02,Won,1000,Ann', 'D2,2026-01-10,2026-03-10,Lost,2000,Bob'].join('\n');
const fields = { created: 'Created', closed: 'Closed', stage: 'Status', amount: 'Value', owner: 'Rep' };
const mapping = (entities: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ version: 2, entities, ...extra });

function oneLineError(stderr: string): string {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Error: /);
  expect(stderr).not.toMatch(/UserError|CliError|CsvError|\n\s+at /);
  return lines[0];
}

describe('a CSV with an unterminated quote', () => {
  it('is refused with the line where the quote opens, instead of swallowing the rest of the file', async () => {
    const rows = DEALS.split('\n');
    const lines = [...rows, 'D3,2026-02-01,2026-03-15,Won,"3000,Ann', ...Array.from({ length: 16 }, (_, i) => `D${i + 4},2026-02-01,2026-03-15,Won,100,Ann`)];
    const dir = folderWith({ 'deals.csv': lines.join('\n') });
    const r = await npmStart([dir, '--out', join(dir, '..', 'out'), '--locale', 'en_US']);
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toContain('deals.csv, line 4: a quoted field opens on this line and is never closed');
  });

  it('names the line of a quote closed in the middle of a field', async () => {
    const dir = folderWith({ 'deals.csv': `${DEALS}\nD3,"2026-02-01"x,2026-03-15,Won,3000,Ann\n` });
    const r = await npmStart([dir, '--out', join(dir, '..', 'out'), '--locale', 'en_US']);
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toContain('deals.csv, line 4:');
  });

  it('names the line of a quote inside an unquoted field', async () => {
    const dir = folderWith({ 'deals.csv': `${DEALS}\nD3,2026-02-01,2026-03-15,Won,3000,5" screen\n` });
    const r = await npmStart([dir, '--out', join(dir, '..', 'out'), '--locale', 'en_US']);
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toContain('deals.csv, line 4: a quote appears inside a field');
  });
});

describe('--out', () => {
  const data = folderWith({ 'deals.csv': DEALS });
  const file = join(data, 'deals.csv');

  it.each([
    ['an existing file', file, 'is a file, not a folder'],
    ['a folder below a file', join(file, 'sub'), 'cannot write in --out'],
    ['/proc/x', '/proc/x', 'cannot write in --out /proc/x'],
  ])('at %s fails at once in one line', async (_what, out, message) => {
    const r = await npmStart([data, '--out', out, '--locale', 'en_US']);
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('at /proc/x does not hang in a real process either', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'run.ts'), data, '--out', '/proc/x'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SALES_KPI_BUNDLE: bundle },
      timeout: 60000,
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(1);
    oneLineError(r.stderr);
  }, 70000);
});

describe('mappings that cannot be used', () => {
  const data = folderWith({ 'deals.csv': DEALS });
  const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-map-'));
  const file = (name: string, text: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const run = (map: string, ...more: string[]) => npmStart([data, '--mapping', map, '--out', join(dir, 'out'), '--locale', 'en_US', ...more]);

  it('to a deleted sheet, without --month, names the sheet and exits 1', async () => {
    const r = await run(file('gone.json', mapping({ deals: { sheet: 'Gone', headerRow: 1, fields } })));
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toContain('“Gone”');
  });

  it('to a deleted sheet, with --month, gives the same message without a class prefix', async () => {
    const r = await run(file('gone.json', mapping({ deals: { sheet: 'Gone', headerRow: 1, fields } })), '--month', '2026-03');
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toContain('“Gone”');
  });

  it('with a wrong headerRow exits 1 naming the columns not found, never "0 months (undefined → undefined)"', async () => {
    const r = await run(file('header.json', mapping({ deals: { sheet: 'deals', headerRow: 5, fields } })), '--month', '2026-03');
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('undefined');
    expect(oneLineError(r.stderr)).toContain('“Created”');
  });

  it('saved by Notepad with a UTF-8 BOM is accepted', async () => {
    const text = mapping({ deals: { sheet: 'deals', headerRow: 1, fields } });
    const r = await run(file('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it.each([
    ['version 99', { version: 99, entities: {} }, '"version" is 99'],
    ['a headerRow of the wrong type', { version: 2, entities: { deals: { sheet: 'deals', headerRow: 'one', fields } } }, '"entities.deals.headerRow" is wrong (expected number)'],
    ['a fiscal year starting in month 13', { version: 2, entities: {}, settings: { fiscalYearStart: 13 } }, '"settings.fiscalYearStart" is wrong (at most 12)'],
  ])('with %s names the field and the README section', async (_what, json, message) => {
    const r = await run(file('bad.json', JSON.stringify(json)));
    expect(r.code).toBe(1);
    const line = oneLineError(r.stderr);
    expect(line).toContain(message);
    expect(line).toContain('"The saved mapping"');
  });

  it('points to a README section that exists', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(/^#+ The saved mapping/m);
  });
});

describe('--month outside the years a period may name', () => {
  it.each(['9999-01', '0000-01'])('%s is refused before any work, as the period parser refuses it', async (month) => {
    const r = await npmStart(['--month', month, '--out', mkdtempSync(join(tmpdir(), 'sales-kpi-m-'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--month must be a month from 1900-01 to 2999-12, got "${month}"`);
  });
});

describe('the files written', () => {
  it('keep kpis.json and dashboard.html when the .xlsx cannot be written, and exit 1', async () => {
    const data = folderWith({ 'deals.csv': DEALS });
    const out = join(data, '..', 'out');
    mkdirSync(join(out, 'export.xlsx'), { recursive: true });
    const r = await npmStart([data, '--out', out, '--locale', 'en_US']);
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toContain('kpis.json and dashboard.html are written');
    expect(existsSync(join(out, 'kpis.json'))).toBe(true);
    expect(existsSync(join(out, 'dashboard.html'))).toBe(true);
  });
});
