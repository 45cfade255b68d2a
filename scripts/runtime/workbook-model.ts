// In-memory workbook model behind the local SpreadsheetApp: values, formulas, formats, layout, metadata, charts.

export type CellValue = number | string | boolean | Date | '';

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';
export type MetadataLocationType = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';

export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  /** PROJECT visibility: the Cloud project that created it, the only one that sees it (absent: the runtime's first project). */
  project?: string;
}

export interface ProtectionModel {
  id: number;
  type: 'SHEET' | 'RANGE';
  /** A1 of the protected range (RANGE protections), null for the whole sheet. */
  range: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface ChartSpec {
  id: string;
  /** Charts.ChartType name: COLUMN, LINE, PIE, BAR, AREA, COMBO, ... */
  type: string;
  /** Data ranges as A1 strings (sheet-qualified when on another sheet). */
  ranges: string[];
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  /** setOption values and the typed builders' settings (title, colors, legend, ...). */
  options: Record<string, unknown>;
  numHeaders: number | null;
  transpose: boolean;
}

export interface BorderSpec {
  range: string;
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

/** Per-cell style grids, all the same shape as `values`. */
export interface StyleGrids {
  numberFormats: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  fontStyles: string[][];
  fontSizes: number[][];
  horizontalAlignments: string[][];
  verticalAlignments: string[][];
  wraps: boolean[][];
}

export type StyleKey = keyof StyleGrids;

/** Value of each style on a cell nobody formatted. */
export const STYLE_DEFAULTS: { [K in StyleKey]: StyleGrids[K][number][number] } = {
  numberFormats: '',
  backgrounds: '#ffffff',
  fontColors: '#000000',
  fontWeights: 'normal',
  fontStyles: 'normal',
  fontSizes: 10,
  horizontalAlignments: 'general',
  verticalAlignments: 'bottom',
  wraps: false,
};

export const STYLE_KEYS = Object.keys(STYLE_DEFAULTS) as StyleKey[];

export interface SheetModel extends StyleGrids {
  id: number;
  name: string;
  /** Row-major grid, `values[r][c]` is cell (r+1, c+1); rows all have the same length. */
  values: CellValue[][];
  /** `=...` text of formula cells, '' elsewhere; a formula cell's value is '' unless read from a file. */
  formulas: string[][];
  maxRows: number;
  maxColumns: number;
  merges: string[];
  borders: BorderSpec[];
  frozenRows: number;
  frozenColumns: number;
  /** View > Gridlines off (a report-like tab). */
  hiddenGridlines: boolean;
  /** Column widths in pixels by 1-based column; absent = 100. */
  columnWidths: Record<number, number>;
  tabColor: string | null;
  hidden: boolean;
  protections: ProtectionModel[];
  metadata: DeveloperMetadataModel[];
  charts: ChartSpec[];
}

export interface Workbook {
  id: string;
  name: string;
  /** Sheets locale such as `fr_FR` or `en_US`. */
  locale: string;
  /** IANA zone such as `Europe/Paris`. */
  timeZone: string;
  sheets: SheetModel[];
  metadata: DeveloperMetadataModel[];
}

export interface WorkbookOptions {
  name?: string;
  locale?: string;
  timeZone?: string;
  id?: string;
}

let nextWorkbook = 1;

/** A new spreadsheet, as Sheets creates it: one blank `Sheet1`. */
export function emptyWorkbook(options: WorkbookOptions = {}): Workbook {
  const wb = bareWorkbook(options);
  wb.sheets.push(newSheet(wb, 'Sheet1'));
  return wb;
}

/** A workbook with no sheet yet (file readers add theirs). */
export function bareWorkbook(options: WorkbookOptions = {}): Workbook {
  const wb: Workbook = {
    id: options.id ?? `local-spreadsheet-${nextWorkbook++}`,
    name: options.name ?? 'Untitled spreadsheet',
    locale: options.locale ?? 'fr_FR',
    timeZone: options.timeZone ?? 'Europe/Paris',
    sheets: [],
    metadata: [],
  };
  return wb;
}

/** A workbook whose sheets hold the given rows (in insertion order); an empty object gives one blank `Sheet1`. */
export function workbookFromArrays(
  sheets: Record<string, readonly (readonly CellValue[])[]>,
  options: WorkbookOptions = {},
): Workbook {
  const wb = bareWorkbook(options);
  const names = Object.keys(sheets);
  if (names.length === 0) wb.sheets.push(newSheet(wb, 'Sheet1'));
  for (const name of names) {
    const sheet = newSheet(wb, name);
    wb.sheets.push(sheet);
    setSheetRows(sheet, sheets[name]);
  }
  return wb;
}

/** Writes rows of values from A1 (growing the sheet), Dates copied, null/undefined as blanks. */
export function setSheetRows(sheet: SheetModel, rows: readonly (readonly CellValue[])[]): void {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  ensureSize(sheet, rows.length, width);
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      sheet.values[i][j] = v instanceof Date ? new Date(v.getTime()) : (v ?? '');
    });
  });
}

/** A blank sheet with Sheets' default size (1000 x 26), not yet attached to the workbook. */
export function newSheet(wb: Workbook, name: string): SheetModel {
  const used = new Set(wb.sheets.map((s) => s.id));
  let id = wb.sheets.length === 0 ? 0 : 1000 + wb.sheets.length * 7919;
  while (used.has(id)) id += 1;
  const sheet = {
    id,
    name,
    values: [],
    formulas: [],
    maxRows: 1000,
    maxColumns: 26,
    merges: [],
    borders: [],
    frozenRows: 0,
    frozenColumns: 0,
    hiddenGridlines: false,
    columnWidths: {},
    tabColor: null,
    hidden: false,
    protections: [],
    metadata: [],
    charts: [],
  } as unknown as SheetModel;
  for (const key of STYLE_KEYS) (sheet as unknown as Record<string, unknown[]>)[key] = [];
  return sheet;
}

function gridWidth(sheet: SheetModel): number {
  return sheet.values.length === 0 ? 0 : sheet.values[0].length;
}

/** Grows every grid of the sheet (and its max size) to at least rows x columns. */
export function ensureSize(sheet: SheetModel, rows: number, columns: number): void {
  const width = Math.max(gridWidth(sheet), columns);
  const grids: [unknown[][], unknown][] = [
    [sheet.values, ''],
    [sheet.formulas, ''],
    ...STYLE_KEYS.map((k): [unknown[][], unknown] => [sheet[k] as unknown[][], STYLE_DEFAULTS[k]]),
  ];
  for (const [grid, fill] of grids) {
    for (const row of grid) while (row.length < width) row.push(fill);
    while (grid.length < rows) grid.push(new Array(width).fill(fill));
  }
  sheet.maxRows = Math.max(sheet.maxRows, rows);
  sheet.maxColumns = Math.max(sheet.maxColumns, columns);
}

/** Number of rows up to the last one holding a value or a formula (Sheet.getLastRow). */
export function lastRow(sheet: SheetModel): number {
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    const values = sheet.values[r];
    const formulas = sheet.formulas[r];
    for (let c = 0; c < values.length; c++) if (values[c] !== '' || formulas[c] !== '') return r + 1;
  }
  return 0;
}

export function lastColumn(sheet: SheetModel): number {
  let last = 0;
  for (let r = 0; r < sheet.values.length; r++) {
    const values = sheet.values[r];
    const formulas = sheet.formulas[r];
    for (let c = values.length - 1; c >= last; c--) {
      if (values[c] !== '' || formulas[c] !== '') {
        last = c + 1;
        break;
      }
    }
  }
  return last;
}

function copyDeep<T>(value: T): T {
  // Dates may come from the script's vm realm (chart options), where `instanceof Date` is false.
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime()) as T;
  if (Array.isArray(value)) return value.map(copyDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copyDeep(v);
    return out as T;
  }
  return value;
}

/** A deep copy with no shared references (Dates copied), for "the workbook is exactly as before" assertions. */
export function snapshotWorkbook(wb: Workbook): Workbook {
  return copyDeep(wb);
}

export function sheetByName(wb: Workbook, name: string): SheetModel | undefined {
  return wb.sheets.find((s) => s.name === name) ?? wb.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}
