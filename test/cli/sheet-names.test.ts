// Sheet names Sheets allows but Excel refuses are renamed in the .xlsx only; the three files are written.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../scripts/runtime/index';
import { excelSheetNames } from '../../scripts/runtime/xlsx-sheet-names';
import { folderWith, npmStart } from './cli-harness';

const LONG_A = 'Opportunities export from the CRM 2024 first half';
const LONG_B = 'Opportunities export from the CRM 2024 second half';

describe('excelSheetNames', () => {
  it('keeps valid names and makes the others valid, unique and at most 31 characters', () => {
    const names = excelSheetNames(['Deals', 'deals [2024] export: Q1?', 'History', LONG_A, LONG_B, 'deals', "'quoted'", 'a/b\\c*d']);
    expect(names[0]).toBe('Deals');
    expect(names[1]).toBe('deals _2024_ export_ Q1_');
    expect(names[2]).not.toMatch(/^history$/i);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
      expect(n).not.toMatch(/^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe('npm start on a folder whose file names make invalid Excel sheet names', () => {
  const deals = ['Ref,Created,Closed,Status,Value,Rep', 'D1,2026-01-05,2026-03-02,Won,1000,Ann', 'D2,2026-01-10,2026-03-10,Lost,2000,Bob'].join('\n');
  const other = ['Name,Note', 'x,y'].join('\n');
  const dir = folderWith({
    'deals [2024] export: Q1?.csv': deals,
    'History.csv': other,
    [`${LONG_A}.csv`]: other,
    [`${LONG_B}.csv`]: other,
    'Deals.csv': other,
    'deals.csv': other,
  });
  const out = join(dir, '..', 'out');

  it('writes the workbook with valid unique names, kpis.json and dashboard.html, and says what it renamed', async () => {
    const r = await npmStart([dir, '--out', out, '--locale', 'en_US']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sheet names Excel refuses were changed in the .xlsx');
    for (const file of ['export.xlsx', 'kpis.json', 'dashboard.html']) expect(existsSync(join(out, file))).toBe(true);
    const back = await readWorkbook(join(out, 'export.xlsx'));
    const names = back.sheets.map((s) => s.name);
    expect(names).toHaveLength(7);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(7);
    expect(names.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n) && n.toLowerCase() !== 'history')).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'kpis.json'), 'utf8')).kpis.length).toBeGreaterThan(0);
  }, 60000);
});
