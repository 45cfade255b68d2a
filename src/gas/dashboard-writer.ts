// Writes a dashboard layout onto a sheet with a fixed number of batched calls per block (never one per data row).

import { boxA1, type ChartSpec, type Layout } from '../dashboard/grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Rows of a sheet made by `insertSheet` (Sheets' default 1000 × 26): a taller layout first asks and adds rows. */
const NEW_SHEET_ROWS = 1000;

/** One chart: type, its ranges, position, title and size; a combo's second series as a line (right axis for a rate). */
function addChart(sheet: Sheet, spec: ChartSpec, ranges: readonly Range[]): void {
  let builder = sheet.newChart().setChartType(Charts.ChartType[spec.type]);
  for (const range of ranges) builder = builder.addRange(range);
  builder = builder.setPosition(spec.anchor.row, spec.anchor.column, 0, 0).setOption('title', spec.title);
  builder = builder.setOption('width', spec.width).setOption('height', spec.height);
  if (spec.type === 'COMBO') {
    builder = builder.setOption('series', { 0: { type: 'bars' }, 1: { type: 'line', ...(spec.rightAxis ? { targetAxisIndex: 1 } : {}) } });
  }
  sheet.insertChart(builder.build());
}

/** Runs of equal widths: [first column (1-based), count, width]. */
function widthRuns(widths: readonly number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let i = 0; i < widths.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last[2] === widths[i]) last[1]++;
    else runs.push([i + 1, 1, widths[i]]);
  }
  return runs;
}

/**
 * Column widths in as few calls as possible: every column at the base width in one call, then one call per run of
 * another width; the base is the width that leaves the fewest such runs.
 */
export function widthCalls(widths: readonly number[]): [number, number, number][] {
  if (widths.length === 0) return [];
  const runs = widthRuns(widths);
  const bases = [...new Set(widths)];
  const cost = (base: number) => runs.filter((run) => run[2] !== base).length;
  const base = bases.reduce((best, w) => (cost(w) < cost(best) ? w : best), bases[0]);
  return [[1, widths.length, base], ...runs.filter((run) => run[2] !== base)];
}

/**
 * Writes the layout from A1: number formats first (so text cells are plain text before any value lands, and a
 * string such as `=HYPERLINK(...)` from the data stays text), then values — the layout's own `=SPARKLINE(...)` cells,
 * left without the text format, become formulas in the same call — and one call per style grid (font styles only
 * when a cell is italic), column widths, frozen rows, hidden gridlines, and the charts (their ranges fetched in one
 * range list). `sheet` must be a sheet just made by `insertSheet` (at least 1000 rows). Print settings (landscape,
 * fit to width, repeated rows) have no Apps Script call: Sheets asks for them when printing.
 */
export function writeLayout(sheet: Sheet, layout: Layout): void {
  if (layout.rows === 0) return;
  if (layout.rows > NEW_SHEET_ROWS) {
    const maxRows = sheet.getMaxRows();
    if (maxRows < layout.rows) sheet.insertRowsAfter(maxRows, layout.rows - maxRows);
  }
  const range = sheet.getRange(1, 1, layout.rows, layout.columns);
  range.setNumberFormats(layout.numberFormats);
  range.setValues(layout.cells);
  range.setBackgrounds(layout.backgrounds);
  range.setFontColors(layout.fontColors);
  range.setFontWeights(layout.fontWeights as GoogleAppsScript.Spreadsheet.FontWeight[][]);
  if (layout.fontStyles.some((row) => row.some((style) => style !== 'normal'))) {
    range.setFontStyles(layout.fontStyles as GoogleAppsScript.Spreadsheet.FontStyle[][]);
  }
  range.setFontSizes(layout.fontSizes);
  range.setHorizontalAlignments(layout.horizontalAlignments as ('left' | 'center' | 'right')[][]);
  for (const m of layout.merges) sheet.getRange(m.row, m.column, m.numRows, m.numColumns).merge();
  for (const [start, count, width] of widthCalls(layout.columnWidths)) sheet.setColumnWidths(start, count, width);
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  if (layout.hideGridlines) sheet.setHiddenGridlines(true);
  const boxes = layout.charts.flatMap((chart) => chart.ranges);
  if (boxes.length === 0) return;
  const ranges = sheet.getRangeList(boxes.map(boxA1)).getRanges();
  let next = 0;
  for (const chart of layout.charts) {
    addChart(sheet, chart, ranges.slice(next, next + chart.ranges.length));
    next += chart.ranges.length;
  }
}
