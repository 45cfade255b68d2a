// Writes a dashboard layout onto a sheet with a fixed number of batched calls per block (never one per data row).

import type { ChartSpec, Layout } from '../dashboard/grid';

/** Rows of a sheet made by `insertSheet` (Sheets' default 1000 × 26): a taller layout first asks and adds rows. */
const NEW_SHEET_ROWS = 1000;

/** One chart: type, its ranges (each fetched once), position, title; a combo's line on a right-hand axis. */
function addChart(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: ChartSpec): void {
  let builder = sheet.newChart().setChartType(Charts.ChartType[spec.type]);
  for (const r of spec.ranges) builder = builder.addRange(sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
  builder = builder.setPosition(spec.anchor.row, spec.anchor.column, 0, 0).setOption('title', spec.title);
  if (spec.type === 'COMBO') builder = builder.setOption('series', { 0: { type: 'bars' }, 1: { type: 'line', targetAxisIndex: 1 } });
  sheet.insertChart(builder.build());
}

/**
 * Writes the layout from A1: number formats first (so text cells are plain text before any value lands, and a
 * string such as `=HYPERLINK(...)` from the data stays text), then values and one call per style grid (font
 * styles only when a cell is italic). `sheet` must
 * be a sheet just made by `insertSheet` (at least 1000 rows).
 */
export function writeLayout(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: Layout): void {
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
  let start = 0;
  while (start < layout.columnWidths.length) {
    let end = start + 1;
    while (end < layout.columnWidths.length && layout.columnWidths[end] === layout.columnWidths[start]) end++;
    sheet.setColumnWidths(start + 1, end - start, layout.columnWidths[start]);
    start = end;
  }
  if (layout.frozenRows > 0) sheet.setFrozenRows(layout.frozenRows);
  for (const chart of layout.charts) addChart(sheet, chart);
}
