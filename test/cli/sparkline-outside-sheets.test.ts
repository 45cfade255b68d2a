// A SPARKLINE outside Sheets: an inline SVG line in dashboard.html, block characters in the .xlsx, never a formula there.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardHtml } from '../../scripts/preview/render';
import { readWorkbook, workbookFromArrays, writeWorkbook } from '../../scripts/runtime/index';
import { sparklineBlocks, sparklineValues } from '../../scripts/runtime/sparkline-cells';

function book() {
  const wb = workbookFromArrays({ 'KPI mars 2026': [['Mois', 'CA'], ['janv.', 100], ['févr.', '—'], ['mars', 300], ['avr.', 200], ['Courbe', '']] }, { locale: 'fr_FR', timeZone: 'Europe/Paris' });
  wb.sheets[0].formulas[5][1] = '=SPARKLINE(B2:B5)';
  return wb;
}

describe('a sparkline outside Sheets', () => {
  test('draws the numbers of its range and leaves text out', () => {
    expect(sparklineValues(book().sheets[0], '=SPARKLINE(B2:B5)')).toEqual([100, 300, 200]);
    expect(sparklineValues(book().sheets[0], '=SPARKLINE(B2:B5,{"color","red"})')).toBeNull();
    expect(sparklineValues(book().sheets[0], "=SPARKLINE('Other'!B2:B5)")).toBeNull();
  });

  test('is an inline SVG line in dashboard.html, in place of an empty cell', () => {
    const html = dashboardHtml(book(), 'KPI mars 2026');
    expect(html).toMatch(/<svg class="sparkline"[^>]*><polyline [^>]*points="[\d., ]+"\/><\/svg>/);
    expect(html).not.toContain('SPARKLINE');
  });

  test('is block characters from lowest to highest in the .xlsx, and no formula Excel would show as #NAME?', async () => {
    expect(sparklineBlocks([100, 300, 200])).toBe('▁█▅');
    expect(sparklineBlocks([5, 5])).toBe('▄▄');
    expect(sparklineBlocks([5])).toBe('');
    const path = join(mkdtempSync(join(tmpdir(), 'sales-kpi-spark-')), 'book.xlsx');
    await writeWorkbook(book(), path);
    const back = (await readWorkbook(path)).sheets[0];
    expect(back.values[5][1]).toBe('▁█▅');
    expect(back.formulas.flat().filter((f) => f !== '')).toEqual([]);
  });
});
