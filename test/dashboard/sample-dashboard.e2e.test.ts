// End-to-end: insert the sample data, then generate last month's dashboard, in French and in English.

import { createRuntime, emptyWorkbook, type SheetModel } from '../../scripts/runtime';
import { BUNDLE, NOW } from './bundle-fixture';

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeWithSample = describe;

function cellBelow(sheet: SheetModel, label: string): unknown {
  const r = sheet.values.findIndex((row) => row.includes(label));
  if (r < 0) throw new Error(`${label} not on ${sheet.name}`);
  return sheet.values[r + 1][sheet.values[r].indexOf(label)];
}

describeWithSample('sample data, then a dashboard', () => {
  test.each([
    ['fr_FR', 'KPI mars 2024', 'Chiffre d’affaires', 'Pipeline et prévision', 'Par commercial'],
    ['en_US', 'KPI March 2024', 'Revenue', 'Pipeline & forecast', 'Per sales rep'],
  ])('in %s the tab %s has every section, charts, and no formula', (locale, name, revenue, funnel, reps) => {
    const workbook = emptyWorkbook({ locale, timeZone: 'Europe/Paris' });
    const runtime = createRuntime({ workbook, now: NOW, userLocale: locale.slice(0, 2) }).load(BUNDLE);
    runtime.call('insertSampleDataWith_', { today: '2024-04-02' });
    runtime.calls.reset();
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts).toEqual([]);
    const sheet = workbook.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no ${name}: ${workbook.sheets.map((s) => s.name).join(', ')}`);
    expect(typeof cellBelow(sheet, revenue)).toBe('number');
    const texts = sheet.values.flat();
    expect(texts).toContain(funnel);
    expect(texts).toContain(reps);
    // Five in the first screen, then the MRR bridge in Customers & retention.
    expect(sheet.charts.map((chart) => chart.type)).toEqual(['COMBO', 'LINE', 'BAR', 'BAR', 'BAR', 'COLUMN']);
    // Sparklines are the only formulas, each over cells of the tab that hold numbers.
    const sparklines = sheet.formulas.flatMap((row, r) => row.map((f, c) => [f, r, c] as const)).filter(([f]) => f !== '');
    expect(sparklines.length).toBeGreaterThan(5);
    for (const [f] of sparklines) {
      const [, col, first, , last] = /^=SPARKLINE\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(f) ?? [];
      const c = col.charCodeAt(0) - 65;
      for (let r = Number(first); r <= Number(last); r++) expect(typeof sheet.values[r - 1][c]).toBe('number');
    }
    expect(runtime.calls.byMethod['Range.setValues']).toBe(1);
  });
});
