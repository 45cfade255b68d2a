// Converts cells between the workbook model and ExcelJS: values (dates as wall time), colours, fonts, alignment.

import type ExcelJS from 'exceljs';
import { isDateLike } from './cell-value';
import { instantOfWall, wallAsUtc } from './wall-time';
import { type CellValue, type SheetModel, STYLE_DEFAULTS } from './workbook-model';

/** `#rrggbb` (or `#rgb`) → ExcelJS ARGB; anything else (named colours) → null. */
export function toArgb(color: string): string | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  if (short) return `FF${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  const long = /^#([0-9a-f]{6})$/i.exec(color);
  return long ? `FF${long[1].toUpperCase()}` : null;
}

export function fromArgb(argb: string | undefined): string | null {
  return argb && /^[0-9a-f]{8}$/i.test(argb) ? `#${argb.slice(2).toLowerCase()}` : null;
}

/** A model value as ExcelJS writes it: Dates become their wall time in the spreadsheet zone, as UTC. */
export function excelValue(value: CellValue, timeZone: string): ExcelJS.CellValue {
  if (value === '') return null;
  if (isDateLike(value)) return new Date(wallAsUtc(value.getTime(), timeZone));
  return value;
}

/** An ExcelJS value (or a formula's cached result) as a model value and the formula text, if any. */
export function modelCell(value: ExcelJS.CellValue, timeZone: string): { value: CellValue; formula: string } {
  if (value === null || value === undefined) return { value: '', formula: '' };
  if (isDateLike(value)) return { value: new Date(instantOfWall(value.getTime(), timeZone)), formula: '' };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return { value, formula: '' };
  const v = value as unknown as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    const result = modelCell((v.result ?? null) as ExcelJS.CellValue, timeZone).value;
    const text = typeof v.formula === 'string' ? `=${v.formula}` : '';
    return { value: result, formula: text };
  }
  if (Array.isArray(v.richText)) return { value: (v.richText as { text: string }[]).map((t) => t.text).join(''), formula: '' };
  if (typeof v.text === 'string') return { value: v.text, formula: '' };
  if (typeof v.error === 'string') return { value: v.error, formula: '' };
  return { value: String(value), formula: '' };
}

/** Applies the model's style of cell (r, c) (0-based) to an ExcelJS cell. */
export function applyStyle(cell: ExcelJS.Cell, sheet: SheetModel, r: number, c: number, timeZone: string): void {
  const value = sheet.values[r][c];
  const format = sheet.numberFormats[r][c];
  if (format) cell.numFmt = format;
  else if (isDateLike(value)) {
    cell.numFmt = wallAsUtc(value.getTime(), timeZone) % 86400000 === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
  }
  const background = toArgb(sheet.backgrounds[r][c]);
  if (sheet.backgrounds[r][c] !== STYLE_DEFAULTS.backgrounds && background) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: background } };
  }
  // Sheets' default font, so written cells look alike in Excel and LibreOffice.
  const font: Partial<ExcelJS.Font> = { name: 'Arial', size: sheet.fontSizes[r][c] };
  if (sheet.fontWeights[r][c] === 'bold') font.bold = true;
  if (sheet.fontStyles[r][c] === 'italic') font.italic = true;
  const color = toArgb(sheet.fontColors[r][c]);
  if (sheet.fontColors[r][c] !== STYLE_DEFAULTS.fontColors && color) font.color = { argb: color };
  cell.font = font;
  const alignment: Partial<ExcelJS.Alignment> = {};
  const horizontal = sheet.horizontalAlignments[r][c];
  if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right') alignment.horizontal = horizontal;
  const vertical = sheet.verticalAlignments[r][c];
  if (vertical === 'top' || vertical === 'middle') alignment.vertical = vertical;
  if (sheet.wraps[r][c]) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
}

/** Reads an ExcelJS cell's style into the model's grids at (r, c), 0-based. */
export function readStyle(cell: ExcelJS.Cell, sheet: SheetModel, r: number, c: number): void {
  if (cell.numFmt && cell.numFmt !== 'General') sheet.numberFormats[r][c] = cell.numFmt;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const background = fill?.type === 'pattern' ? fromArgb(fill.fgColor?.argb) : null;
  if (background) sheet.backgrounds[r][c] = background;
  const font = cell.font;
  if (font?.bold) sheet.fontWeights[r][c] = 'bold';
  if (font?.italic) sheet.fontStyles[r][c] = 'italic';
  if (font?.size && font.size !== 11) sheet.fontSizes[r][c] = font.size;
  const color = fromArgb(font?.color?.argb);
  if (color) sheet.fontColors[r][c] = color;
  const horizontal = cell.alignment?.horizontal;
  if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right') sheet.horizontalAlignments[r][c] = horizontal;
  const vertical = cell.alignment?.vertical;
  if (vertical === 'top' || vertical === 'middle') sheet.verticalAlignments[r][c] = vertical;
  if (cell.alignment?.wrapText) sheet.wraps[r][c] = true;
}

/** A row's height in pixels as Sheets shows it: 21, or taller to fit text larger than 11 pt (1-based row). */
export function rowHeightPx(sheet: SheetModel, row: number): number {
  const largest = Math.max(10, ...(sheet.fontSizes[row - 1] ?? []));
  return largest > 11 ? Math.round(largest * 2) : 21;
}
