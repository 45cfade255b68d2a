// Reads and writes workbooks as files: `.xlsx` through ExcelJS, a `.csv` file or a folder of them (read only).

import { statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type ExcelJS from 'exceljs';
import { columnLetters } from './a1';
import { CSV_EXTENSIONS, readCsvFiles, readCsvFolder } from './csv-io';
import { sparklineBlocks, sparklineValues } from './sparkline-cells';
import { addCharts } from './xlsx-charts';
import { excelSheetNames } from './xlsx-sheet-names';
import { applyStyle, excelValue, fromArgb, modelCell, readStyle, rowHeightPx, toArgb } from './xlsx-cells';
import { bareWorkbook, ensureSize, lastColumn, lastRow, newSheet, type Workbook, type WorkbookOptions } from './workbook-model';

/**
 * ExcelJS's Workbook class alone (the one this file uses): the package's entry point also loads its streaming reader
 * and writer (unzipper, archiver), which doubles the load time of every `npm start`.
 */
const ExcelWorkbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;

const PX_PER_CHAR = 7;
/** Sheets' default column width. */
const DEFAULT_WIDTH_PX = 100;

/** Reads an `.xlsx` file, a `.csv` file or a folder of `.csv` files into a workbook (dates at midnight in its zone). */
export async function readWorkbook(path: string, options: WorkbookOptions = {}): Promise<Workbook> {
  if (statSync(path).isDirectory()) return readCsvFolder(path, options);
  const name = basename(path, extname(path));
  if (CSV_EXTENSIONS.includes(extname(path).toLowerCase())) return readCsvFiles([path], { name, ...options });
  const book = new ExcelWorkbook();
  await book.xlsx.readFile(path);
  const wb = bareWorkbook({ name, ...options });
  for (const ws of book.worksheets) {
    const sheet = newSheet(wb, ws.name);
    wb.sheets.push(sheet);
    ensureSize(sheet, ws.rowCount, ws.columnCount);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const { value, formula } = modelCell(cell.value, wb.timeZone);
        sheet.values[r - 1][c - 1] = value;
        sheet.formulas[r - 1][c - 1] = formula;
        readStyle(cell, sheet, r - 1, c - 1);
      });
    });
    sheet.merges = [...(ws.model.merges ?? [])];
    const frozen = (ws.views ?? []).find((v) => v.state === 'frozen') as ExcelJS.WorksheetViewFrozen | undefined;
    sheet.frozenRows = frozen?.ySplit ?? 0;
    sheet.frozenColumns = frozen?.xSplit ?? 0;
    sheet.hiddenGridlines = (ws.views ?? []).some((v) => v.showGridLines === false);
    for (let c = 1; c <= ws.columnCount; c++) {
      const width = ws.getColumn(c).width;
      const px = width ? Math.round(width * PX_PER_CHAR) : DEFAULT_WIDTH_PX;
      if (px !== DEFAULT_WIDTH_PX) sheet.columnWidths[c] = px;
    }
    sheet.tabColor = fromArgb(ws.properties.tabColor?.argb);
    sheet.hidden = ws.state !== 'visible';
  }
  if (wb.sheets.length === 0) wb.sheets.push(newSheet(wb, 'Sheet1'));
  return wb;
}

export interface WriteOptions {
  /** The sheet the file opens on (default: the first). */
  readonly activeSheet?: string;
}

/** A report-like sheet (gridlines hidden) prints landscape, one page wide, with its frozen rows on every page. */
function printSetup(ws: ExcelJS.Worksheet, sheet: Workbook['sheets'][number]): void {
  if (!sheet.hiddenGridlines) return;
  ws.pageSetup.orientation = 'landscape';
  ws.pageSetup.paperSize = 9; // A4
  ws.pageSetup.fitToPage = true;
  ws.pageSetup.fitToWidth = 1;
  ws.pageSetup.fitToHeight = 0;
  ws.pageSetup.margins = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
  if (sheet.frozenRows > 0) ws.pageSetup.printTitlesRow = `1:${sheet.frozenRows}`;
  // The print area stops at the last used column, so a long line of text overflowing to the right does not widen the page.
  const rows = lastRow(sheet);
  const columns = Math.max(lastColumn(sheet), ...sheet.charts.map((c) => c.position.anchorColumn + 1));
  if (rows > 0 && columns > 0) ws.pageSetup.printArea = `A1:${columnLetters(columns)}${rows}`;
}

/** Rows holding text larger than 11 pt get a height that fits it (Sheets grows them by itself; files do not). */
function rowHeights(ws: ExcelJS.Worksheet, sheet: Workbook['sheets'][number]): void {
  sheet.fontSizes.forEach((_, r) => {
    const px = rowHeightPx(sheet, r + 1);
    if (px !== 21) ws.getRow(r + 1).height = Math.round(px * 0.75);
  });
}

/** Formulas of functions only Google Sheets computes, left out of the `.xlsx` (see docs/platform-facts.md). */
const SHEETS_ONLY = /^=\s*SPARKLINE\s*\(/i;

/**
 * Writes the workbook as `.xlsx`: values (dates as dates), formulas, formats, fills, fonts, merges, panes, widths,
 * hidden gridlines, print setup of report sheets, the sheet it opens on, and native charts (DrawingML parts).
 */
export async function writeWorkbook(wb: Workbook, path: string, options: WriteOptions = {}): Promise<void> {
  if (extname(path).toLowerCase() !== '.xlsx') throw new Error(`Local runtime: writeWorkbook writes .xlsx files, not ${path}`);
  const book = new ExcelWorkbook();
  book.creator = 'Sales KPI local runtime';
  book.calcProperties.fullCalcOnLoad = true;
  const names = excelSheetNames(wb.sheets.map((s) => s.name));
  for (const [i, sheet] of wb.sheets.entries()) {
    const tab = sheet.tabColor ? toArgb(sheet.tabColor) : null;
    const ws = book.addWorksheet(names[i], {
      properties: tab ? { tabColor: { argb: tab } } : {},
      views:
        sheet.frozenRows || sheet.frozenColumns
          ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows, showGridLines: !sheet.hiddenGridlines }]
          : sheet.hiddenGridlines
            ? [{ showGridLines: false }]
            : [],
      state: sheet.hidden ? 'hidden' : 'visible',
    });
    ws.properties.defaultColWidth = DEFAULT_WIDTH_PX / PX_PER_CHAR;
    for (const [column, px] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(column)).width = px / PX_PER_CHAR;
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        const formula = sheet.formulas[r][c];
        const styled =
          sheet.numberFormats[r][c] !== '' ||
          sheet.backgrounds[r][c] !== '#ffffff' ||
          sheet.fontWeights[r][c] !== 'normal' ||
          sheet.fontColors[r][c] !== '#000000' ||
          sheet.horizontalAlignments[r][c] !== 'general' ||
          sheet.fontStyles[r][c] !== 'normal' ||
          sheet.fontSizes[r][c] !== 10 ||
          sheet.wraps[r][c];
        if (value === '' && formula === '' && !styled) return;
        const cell = ws.getCell(r + 1, c + 1);
        // SPARKLINE is a Sheets function Excel does not have (it would show #NAME?): no formula; the dashboard's own
        // form (one range of the tab) becomes the same trend in block characters.
        if (formula && SHEETS_ONLY.test(formula)) {
          const points = sparklineValues(sheet, formula);
          cell.value = points ? sparklineBlocks(points) || null : null;
        } else if (formula) {
          const result = excelValue(value, wb.timeZone);
          cell.value = (result === null ? { formula: formula.slice(1) } : { formula: formula.slice(1), result }) as ExcelJS.CellValue;
        } else cell.value = excelValue(value, wb.timeZone);
        applyStyle(cell, sheet, r, c, wb.timeZone);
      });
    });
    for (const merge of sheet.merges) ws.mergeCells(merge);
    printSetup(ws, sheet);
    rowHeights(ws, sheet);
  }
  const active = Math.max(0, wb.sheets.findIndex((s) => s.name === options.activeSheet));
  book.views = [{ x: 0, y: 0, width: 28000, height: 16000, firstSheet: 0, activeTab: active, visibility: 'visible' }];
  const bytes = await book.xlsx.writeBuffer();
  writeFileSync(path, await addCharts(bytes as ArrayBuffer, wb));
}
