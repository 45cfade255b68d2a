// Renders a sheet of the runtime's workbook model as a self-contained HTML page: the grid, then its charts as SVG.

import { displayValue, lastColumn, lastRow, parseA1, type SheetModel, type Workbook } from '../runtime/index';
import { rowHeightPx } from '../runtime/xlsx-cells';
import { chartData } from './chart-data';
import { chartSvg } from './chart-svg';
import { escapeText, safeColor } from './escape';
import { sparklineValues } from '../runtime/sparkline-cells';
import { sparklineSvg } from './sparkline-svg';

const ROW_HEIGHT = 21;
const DEFAULT_WIDTH = 100;
const HEADER_WIDTH = 40;

interface Span {
  rows: number;
  columns: number;
}

function mergeMap(sheet: SheetModel): { starts: Map<string, Span>; covered: Set<string> } {
  const starts = new Map<string, Span>();
  const covered = new Set<string>();
  for (const a1 of sheet.merges) {
    const box = parseA1(a1, sheet.maxRows, sheet.maxColumns);
    starts.set(`${box.row},${box.column}`, { rows: box.numRows, columns: box.numColumns });
    for (let r = 0; r < box.numRows; r++) {
      for (let c = 0; c < box.numColumns; c++) if (r || c) covered.add(`${box.row + r},${box.column + c}`);
    }
  }
  return { starts, covered };
}

const widthOf = (sheet: SheetModel, column: number): number => sheet.columnWidths[column] ?? DEFAULT_WIDTH;

/** Row height in pixels: Sheets grows a row to fit text larger than 11 pt. */
const heightOf = (sheet: SheetModel, row: number): number => rowHeightPx(sheet, row);

function cellStyle(sheet: SheetModel, r: number, c: number, value: unknown): string {
  const styles: string[] = [];
  const bg = sheet.backgrounds[r]?.[c];
  if (bg && bg !== '#ffffff') styles.push(`background:${safeColor(bg, '#ffffff')}`);
  const color = sheet.fontColors[r]?.[c];
  if (color && color !== '#000000') styles.push(`color:${safeColor(color, '#000000')}`);
  if (sheet.fontWeights[r]?.[c] === 'bold') styles.push('font-weight:bold');
  if (sheet.fontStyles[r]?.[c] === 'italic') styles.push('font-style:italic');
  const size = sheet.fontSizes[r]?.[c];
  if (size && size !== 10) styles.push(`font-size:${Math.max(6, Math.min(48, Number(size)))}pt`);
  const align = sheet.horizontalAlignments[r]?.[c];
  const h = align && align !== 'general' ? align.replace('normal', 'left') : typeof value === 'number' || value instanceof Date ? 'right' : 'left';
  if (/^(left|right|center)$/.test(h)) styles.push(`text-align:${h}`);
  const v = sheet.verticalAlignments[r]?.[c];
  if (v === 'middle' || v === 'top') styles.push(`vertical-align:${v}`);
  if (sheet.wraps[r]?.[c]) styles.push('white-space:normal');
  return styles.join(';');
}

function gridHtml(wb: Workbook, sheet: SheetModel, rows: number, columns: number): string {
  const { starts, covered } = mergeMap(sheet);
  let total = HEADER_WIDTH;
  for (let c = 1; c <= columns; c++) total += widthOf(sheet, c);
  const out: string[] = [`<table class="grid" style="width:${total}px"><colgroup>`, `<col style="width:${HEADER_WIDTH}px">`];
  for (let c = 1; c <= columns; c++) out.push(`<col style="width:${widthOf(sheet, c)}px">`);
  out.push('</colgroup><thead><tr><th></th>');
  for (let c = 1; c <= columns; c++) out.push(`<th>${escapeText(columnName(c))}</th>`);
  out.push('</tr></thead><tbody>');
  for (let r = 1; r <= rows; r++) {
    const tall = heightOf(sheet, r) !== ROW_HEIGHT ? ` style="height:${heightOf(sheet, r)}px"` : '';
    out.push(`<tr${tall}><th>${r}</th>`);
    for (let c = 1; c <= columns; c++) {
      const key = `${r},${c}`;
      if (covered.has(key)) continue;
      const value = sheet.values[r - 1]?.[c - 1] ?? '';
      const format = sheet.numberFormats[r - 1]?.[c - 1] ?? '';
      const text = displayValue(value, format, wb.locale, wb.timeZone);
      const span = starts.get(key);
      const spanAttr = span ? `${span.rows > 1 ? ` rowspan="${span.rows}"` : ''}${span.columns > 1 ? ` colspan="${span.columns}"` : ''}` : '';
      let style = cellStyle(sheet, r - 1, c - 1, value);
      // Like Sheets, unwrapped text runs over into the empty cells on its right.
      const next = sheet.values[r - 1]?.[c] ?? '';
      if (typeof value === 'string' && value !== '' && next === '' && !span && !sheet.wraps[r - 1]?.[c - 1]) style += `${style ? ';' : ''}overflow:visible`;
      // A SPARKLINE the dashboard wrote: drawn as Sheets draws it (the runtime does not compute formulas).
      const points = sparklineValues(sheet, sheet.formulas[r - 1]?.[c - 1] ?? '');
      const content = points ? sparklineSvg(points, widthOf(sheet, c) - 8, heightOf(sheet, r) - 4) : escapeText(text);
      out.push(`<td${spanAttr}${style ? ` style="${style}"` : ''}>${content}</td>`);
    }
    out.push('</tr>');
  }
  out.push('</tbody></table>');
  return out.join('');
}

function columnName(c: number): string {
  let n = c;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The page for `sheetName`: the grid with its formats and merges, and each chart floated where Sheets anchors it. */
export function dashboardHtml(wb: Workbook, sheetName: string, caption = ''): string {
  const sheet = wb.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet named ${sheetName}`);
  let columns = lastColumn(sheet);
  let rows = lastRow(sheet);
  const charts: string[] = [];
  for (const spec of sheet.charts) {
    const { anchorRow, anchorColumn, offsetX, offsetY } = spec.position;
    let x = HEADER_WIDTH + offsetX;
    for (let c = 1; c < anchorColumn; c++) x += widthOf(sheet, c);
    let y = ROW_HEIGHT + offsetY;
    for (let r = 1; r < anchorRow; r++) y += heightOf(sheet, r);
    const svg = chartSvg(spec, chartData(wb, sheet, spec), wb.locale);
    charts.push(`<div class="chart" style="left:${x}px;top:${y}px">${svg}</div>`);
    const height = Number((spec.options as Record<string, unknown>).height) || 371;
    rows = Math.max(rows, anchorRow + Math.ceil(height / ROW_HEIGHT));
    columns = Math.max(columns, anchorColumn + 5);
  }
  const title = `${sheet.name}${caption ? ` — ${caption}` : ''}`;
  const gridlines = sheet.hiddenGridlines ? `table.grid td { border: 0; height: ${ROW_HEIGHT}px; padding: 0 4px; }` : '';
  return `<!DOCTYPE html>
<html lang="${wb.locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'}">
<head>
<meta charset="utf-8">
<title>${escapeText(title)}</title>
<style>
body { margin: 0; font-family: Arial, Helvetica, sans-serif; font-size: 10pt; background: #f8f9fa; color: #202124; }
header { padding: 8px 12px; background: #ffffff; border-bottom: 1px solid #dadce0; }
header h1 { font-size: 14pt; margin: 0; }
header p { margin: 2px 0 0; color: #5f6368; }
.sheet { position: relative; display: inline-block; background: #ffffff; }
table.grid { border-collapse: collapse; table-layout: fixed; }
table.grid td, table.grid th { height: ${ROW_HEIGHT - 1}px; padding: 0 3px; border: 1px solid #e2e3e3; overflow: hidden; white-space: nowrap; text-overflow: clip; }
table.grid th { background: #f8f9fa; color: #5f6368; font-weight: normal; text-align: center; font-size: 9pt; }
.sparkline { display: block; }
.chart { position: absolute; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
${gridlines}
</style>
</head>
<body>
<header><h1>${escapeText(sheet.name)}</h1><p>${escapeText(caption || wb.name)}</p></header>
<div class="sheet">${gridHtml(wb, sheet, rows, columns)}${charts.join('\n')}</div>
</body>
</html>
`;
}
