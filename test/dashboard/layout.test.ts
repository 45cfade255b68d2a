// The dashboard layout: headline band, comparisons in points or %, charts, tables, both languages, data kept as text.

import type { Layout } from '../../src/dashboard/grid';
import { chartRanges, FROZEN_ROWS, layoutDashboard } from '../../src/dashboard/layout';
import { cellNumber, COLORS } from '../../src/dashboard/layout-style';
import { buildDashboardModel } from '../../src/dashboard/model';
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

  test('the title and the period in words stay frozen at the top', () => {
    expect(at(en, 1, 2)).toBe('Sales dashboard — March 2024');
    expect(at(fr, 1, 2)).toBe('Tableau de bord commercial — mars 2024');
    expect(String(at(fr, 2, 2))).toContain('Période : du 1er au 31 mars 2024');
    expect(String(at(en, 2, 2))).toContain('Period: March 1–31, 2024');
    expect(String(at(en, 3, 2))).toContain('Data: 2 tables, 8 rows');
    expect(en.cells.flat()).toContain('Data: Deals (sheet “deals”, 6 rows) · Targets (sheet “targets”, 2 rows)');
    expect(en.frozenRows).toBe(FROZEN_ROWS);
    expect(en.hideGridlines).toBe(true);
    expect(en.print).toEqual({ landscape: true, fitToWidth: true, repeatRows: FROZEN_ROWS });
  });

  test('the headline starts with revenue: 4000, 80 % of its target in red, +100 % on February in green with an arrow format', () => {
    const [r, c] = find(en, 'Revenue');
    expect(r).toBe(FROZEN_ROWS + 2);
    expect(at(en, r + 1, c)).toBe(4000);
    expect(formatAt(en, r + 1, c)).toBe('[$€]#,##0');
    expect(formatAt(fr, r + 1, c)).toBe('#,##0 [$€]');
    expect(at(en, r + 1, c + 1)).toBe(0.8);
    expect(colourAt(en, r + 1, c + 1)).toBe(COLORS.bad);
    expect(String(at(en, r + 2, c))).toBe('Feb  €2,000');
    expect(at(en, r + 2, c + 1)).toBe(1);
    expect(formatAt(en, r + 2, c + 1)).toContain('▲');
    expect(colourAt(en, r + 2, c + 1)).toBe(COLORS.good);
    expect(String(at(en, r + 6, c))).toBe('Target €5,000');
  });

  test('a rate changes in points: win rate 2/3 against 1/2 is +16.7 pt, with a pt format', () => {
    const [r, c] = find(en, 'Win rate');
    expect(at(en, r + 1, c)).toBeCloseTo(2 / 3, 10);
    expect(at(en, r + 2, c + 1)).toBeCloseTo(16.6667, 3);
    expect(formatAt(en, r + 2, c + 1)).toContain('pt');
  });

  test('a change without a base (no data a year before) shows —, never 0', () => {
    const [r, c] = find(en, 'Revenue');
    expect(at(en, r + 3, c + 1)).toBe('—');
    expect(formatAt(en, r + 3, c + 1)).toBe('@');
  });

  test('a lost reason that looks like a formula is written as plain text', () => {
    const [r, c] = find(en, HOSTILE);
    expect(formatAt(en, r, c)).toBe('@');
    expect(at(en, r, c + 1)).toBe(1);
  });

  test('every text cell is plain text (but the sparklines) and every number has a number format', () => {
    for (const layout of [en, fr]) {
      const sparklines = new Set(layout.sparklines.map((s) => `${s.row - 1},${s.column - 1}`));
      layout.cells.forEach((row, r) => {
        row.forEach((value, c) => {
          if (typeof value === 'string' && value !== '' && !sparklines.has(`${r},${c}`)) expect(layout.numberFormats[r][c]).toBe('@');
          if (typeof value === 'number') expect(layout.numberFormats[r][c]).not.toBe('@');
        });
      });
    }
  });

  test('every figure placed on the tab is the value in its cell', () => {
    expect(en.placed.length).toBeGreaterThan(30);
    for (const { row, column, figure } of en.placed) {
      expect(at(en, row, column)).toBe(figure.value === null ? '—' : cellNumber(figure));
    }
  });

  test('the per-rep table is in revenue order with open pipeline, target, attainment and a team total', () => {
    const [r] = find(en, 'Per sales rep');
    const [head, c] = find(en, 'Sales rep', r);
    const row = (n: number) => en.cells[n - 1].filter((_, i) => i + 1 >= c && (i + 1 - c) % 3 !== 2).slice(0, 8);
    expect(row(head + 1)).toEqual(['Bob', 3000, 1, 1, 9, 700, '—', '—']);
    expect(row(head + 2)).toEqual(['Alice', 1000, 1, 0.5, 33, '—', 1000, 1]);
    expect(row(head + 3)).toEqual(['Team', 4000, 2, 2 / 3, 21, 700, 5000, 0.8]);
    expect(at(fr, r, 2)).toBe('Par commercial');
  });

  test('charts sit in the first screen, one per slot, each over its table: revenue with its target as a combo', () => {
    expect(en.charts.map((chart) => chart.type)).toEqual(['COMBO', 'LINE', 'BAR', 'BAR']);
    const [trend] = find(en, 'Month');
    expect(en.charts[0].ranges[0].row).toBe(trend);
    expect(en.charts[0].ranges[0].numRows).toBe(3);
    for (const chart of en.charts) expect(chart.anchor.row).toBeLessThan(20);
    expect(new Set(en.charts.map((c) => c.anchor.column)).size).toBe(en.charts.length);
  });

  test('chart ranges join adjacent columns', () => {
    expect(chartRanges(10, 13, [2, 3, 5])).toEqual([
      { row: 10, column: 2, numRows: 13, numColumns: 2 },
      { row: 10, column: 5, numRows: 13, numColumns: 1 },
    ]);
  });

  test('no cell is merged; gutters are narrow columns between two-column tiles', () => {
    expect(en.merges).toEqual([]);
    expect(en.columnWidths[0]).toBeLessThan(20);
    expect(en.columnWidths[3]).toBeLessThan(20);
    expect(en.columnWidths[1]).toBe(en.columnWidths[2]);
  });

  test('the data-quality block counts rows per table', () => {
    const [r] = find(fr, 'Qualité des données');
    const [head, c] = find(fr, 'Table', r);
    expect(at(fr, head + 1, c)).toBe('Affaires');
    expect(at(fr, head + 1, c + 1)).toBe('deals');
  });
});
