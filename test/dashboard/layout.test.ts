// The dashboard layout: tiles with their formats and colours, `—` for no value, both languages, data kept as text.

import { chartRanges, layoutDashboard } from '../../src/dashboard/layout';
import { COLORS } from '../../src/dashboard/layout-style';
import { buildDashboardModel } from '../../src/dashboard/model';
import type { Layout } from '../../src/dashboard/grid';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { HOSTILE, MARCH_2024, sampleInput } from './fixtures';

const FR = { ...DEFAULT_SETTINGS, locale: 'fr_FR' };

function build(lang: 'fr' | 'en'): Layout {
  const settings = lang === 'fr' ? FR : DEFAULT_SETTINGS;
  return layoutDashboard(buildDashboardModel(sampleInput(settings), MARCH_2024, lang, settings, { generatedAt: '2024-04-01 06:00' }));
}

/** The 1-based (row, column) of the first cell holding `text`. */
function find(layout: Layout, text: string, from = 1): [number, number] {
  for (let r = from - 1; r < layout.rows; r++) {
    const c = layout.cells[r].indexOf(text);
    if (c >= 0) return [r + 1, c + 1];
  }
  throw new Error(`${text} not on the tab`);
}

const at = (layout: Layout, row: number, column: number) => layout.cells[row - 1][column - 1];
const formatAt = (layout: Layout, row: number, column: number) => layout.numberFormats[row - 1][column - 1];
const colourAt = (layout: Layout, row: number, column: number) => layout.fontColors[row - 1][column - 1];

describe('the dashboard layout', () => {
  const en = build('en');
  const fr = build('fr');

  test('every grid has the same shape as the values', () => {
    for (const grid of [en.numberFormats, en.backgrounds, en.fontColors, en.fontWeights, en.fontSizes, en.horizontalAlignments]) {
      expect(grid).toHaveLength(en.rows);
      for (const row of grid) expect(row).toHaveLength(en.columns);
    }
  });

  test('the title, period and generation line are in the spreadsheet language', () => {
    expect(at(en, 1, 1)).toBe('Sales dashboard — March 2024');
    expect(at(fr, 1, 1)).toBe('Tableau de bord commercial — mars 2024');
    expect(at(fr, 2, 1)).toBe('Période : du 2024-03-01 au 2024-03-31');
    expect(at(fr, 3, 1)).toBe('Généré le 2024-04-01 06:00 par Sales KPI');
    expect(String(at(en, 4, 1))).toContain('Deals (sheet “deals”, 6 rows)');
  });

  test('the revenue tile shows 4000 this month, 2000 before, +100 % in green, target 5000 and 80 % in red', () => {
    const [r, c] = find(en, 'Revenue');
    expect(at(en, r + 1, c)).toBe(4000);
    expect(formatAt(en, r + 1, c)).toBe('[$€]#,##0');
    expect(formatAt(fr, r + 1, c)).toBe('#,##0 [$€]');
    expect(at(en, r + 2, c + 1)).toBe(2000);
    expect(at(en, r + 3, c + 1)).toBe(1);
    expect(colourAt(en, r + 3, c + 1)).toBe(COLORS.good);
    expect(at(en, r + 4, c + 1)).toBe(5000);
    expect(at(en, r + 5, c + 1)).toBe(0.8);
    expect(colourAt(en, r + 5, c + 1)).toBe(COLORS.bad);
  });

  test('a longer sales cycle is shown in red because shorter is better', () => {
    const [r, c] = find(en, 'Average sales cycle');
    expect(at(en, r + 1, c)).toBe(21);
    expect(at(en, r + 2, c + 1)).toBe(10);
    expect(at(en, r + 3, c + 1)).toBeCloseTo(1.1, 10);
    expect(colourAt(en, r + 3, c + 1)).toBe(COLORS.bad);
    expect(formatAt(fr, r + 1, c)).toBe('0.0 "j"');
  });

  test('a shrinking pipeline is red and an unchanged KPI stays neutral', () => {
    const [r, c] = find(en, 'Open pipeline');
    expect(at(en, r + 3, c + 1)).toBeCloseTo(-0.3, 10);
    expect(colourAt(en, r + 3, c + 1)).toBe(COLORS.bad);
    const [r2, c2] = find(en, 'Deals lost');
    expect(at(en, r2 + 3, c2 + 1)).toBe(0);
    expect(colourAt(en, r2 + 3, c2 + 1)).toBe(COLORS.muted);
  });

  test('a KPI without a value shows — as centred text, never 0', () => {
    const [r, c] = find(en, 'Growth');
    expect(at(en, r + 1, c)).toBe(1);
    expect(at(en, r + 2, c + 1)).toBe('—');
    expect(formatAt(en, r + 2, c + 1)).toBe('@');
    expect(en.horizontalAlignments[r + 1][c]).toBe('center');
  });

  test('a lost reason that looks like a formula is written as plain text', () => {
    const [r, c] = find(en, HOSTILE);
    expect(formatAt(en, r, c)).toBe('@');
    expect(at(en, r, c + 1)).toBe(1);
  });

  test('a source with nothing this month is left out of the per-source table', () => {
    const [r] = find(en, 'Per source / channel');
    expect(en.cells.slice(r + 1, r + 4).map((row) => row.slice(0, 4))).toEqual([
      ['Salon', 1, 3000, 1],
      ['Web', 1, 1000, 0.5],
      ['', '', '', ''],
    ]);
  });

  test('every text cell is plain text and every number has a number format', () => {
    for (const layout of [en, fr]) {
      layout.cells.forEach((row, r) => {
        row.forEach((value, c) => {
          if (typeof value === 'string' && value !== '') expect(layout.numberFormats[r][c]).toBe('@');
          if (typeof value === 'number') expect(layout.numberFormats[r][c]).not.toBe('@');
        });
      });
    }
  });

  test('every figure placed on the tab is the value in its cell', () => {
    expect(en.placed.length).toBeGreaterThan(30);
    for (const { row, column, figure } of en.placed) {
      expect(at(en, row, column)).toBe(figure.value === null ? '—' : figure.value);
    }
  });

  test('the per-rep table lists Bob and Alice with revenue, deals won, win rate, cycle and Alice’s target', () => {
    const [r] = find(en, 'Per sales rep');
    const [bob] = find(en, 'Bob', r);
    expect(en.cells[bob - 1].slice(0, 7)).toEqual(['Bob', 3000, 1, 1, 9, '—', '—']);
    const [alice] = find(en, 'Alice', r);
    expect(en.cells[alice - 1].slice(0, 7)).toEqual(['Alice', 1000, 1, 0.5, 33, 1000, 1]);
    expect(at(fr, r, 1)).toBe('Par commercial');
  });

  test('the trend table has a row per month and one combo chart (revenue as columns, win rate as a line) over one range', () => {
    const [r] = find(en, '12-month trend');
    expect(en.cells[r].slice(0, 4)).toEqual(['Month', 'Revenue', 'Win rate', 'Deals won']);
    expect(en.cells[r + 1].slice(0, 4)).toEqual(['February 2024', 2000, 0.5, 1]);
    expect(at(fr, r + 3, 1)).toBe('mars 2024');
    expect(en.charts.map((chart) => chart.title)).toEqual(['Revenue · Win rate — 12 months']);
    expect(en.charts[0].type).toBe('COMBO');
    expect(en.charts[0].ranges).toEqual([{ row: r + 1, column: 1, numRows: 3, numColumns: 3 }]);
    for (const chart of en.charts) expect(chart.anchor.column).toBeGreaterThan(en.columns);
  });

  test('chart ranges join adjacent columns: the month with B:C is one range, the month and D:E are two', () => {
    expect(chartRanges(10, 13, [2, 3])).toEqual([{ row: 10, column: 1, numRows: 13, numColumns: 3 }]);
    expect(chartRanges(10, 13, [4, 5])).toEqual([
      { row: 10, column: 1, numRows: 13, numColumns: 1 },
      { row: 10, column: 4, numRows: 13, numColumns: 2 },
    ]);
    expect(chartRanges(10, 13, [2, 5])).toEqual([
      { row: 10, column: 1, numRows: 13, numColumns: 2 },
      { row: 10, column: 5, numRows: 13, numColumns: 1 },
    ]);
  });

  test('no cell is merged and no text is italic: titles and bands overflow into empty cells, one width for every column', () => {
    expect(en.merges).toEqual([]);
    expect(en.fontStyles.flat().every((style) => style === 'normal')).toBe(true);
    expect(new Set(en.columnWidths)).toEqual(new Set([150]));
    expect(en.cells[0].slice(1).every((cell) => cell === '')).toBe(true);
  });

  test('the data-quality block counts rows per table', () => {
    const [r] = find(fr, 'Qualité des données');
    expect(fr.cells[r].slice(0, 6)).toEqual(['Table', 'Feuille', 'Lignes lues', 'Lignes utilisables', 'Lignes vides', 'Lignes écartées']);
    expect(fr.cells[r + 1].slice(0, 6)).toEqual(['Affaires', 'deals', 6, 6, 0, 0]);
  });
});
