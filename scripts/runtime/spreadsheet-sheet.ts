// Sheet of the local SpreadsheetApp: name, size, ranges, layout, visibility, protections, metadata and charts.

import { parseA1, splitSheetName } from './a1';
import type { ServiceContext } from './service-context';
import { builderObject, chartObject, newChartSpec, specOf } from './spreadsheet-charts';
import { addMetadata, DeveloperMetadataFinder, metadataObjects, sheetHome } from './spreadsheet-metadata';
import { protectionObject } from './spreadsheet-protection';
import { rangeObject } from './spreadsheet-range';
import { RangeBase } from './spreadsheet-range-base';
import { spreadsheetObject } from './spreadsheet';
import { lastColumn, lastRow, type SheetModel, STYLE_DEFAULTS, STYLE_KEYS } from './workbook-model';
import { insertRows, deleteRows } from './sheet-rows';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Methods =
  | 'getName' | 'setName' | 'getIndex' | 'getSheetId' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns'
  | 'getRange' | 'getDataRange' | 'clear' | 'clearContents' | 'clearFormats' | 'setFrozenRows' | 'setFrozenColumns'
  | 'getFrozenRows' | 'getFrozenColumns' | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth' | 'setTabColor'
  | 'getTabColor' | 'hideSheet' | 'showSheet' | 'isSheetHidden' | 'activate' | 'protect' | 'getProtections'
  | 'newChart' | 'insertChart' | 'getCharts' | 'removeChart' | 'updateChart' | 'addDeveloperMetadata'
  | 'getDeveloperMetadata' | 'createDeveloperMetadataFinder' | 'getParent' | 'insertRows' | 'insertRowsAfter'
  | 'insertRowsBefore' | 'deleteRow' | 'deleteRows' | 'autoResizeColumns' | 'getType' | 'getRangeList'
  | 'setHiddenGridlines' | 'hasHiddenGridlines' | 'getSheetValues';

export class Sheet implements Pick<GasSheet, Methods> {
  constructor(
    private readonly ctx: ServiceContext,
    readonly model: SheetModel,
  ) {}

  private _self(): GasSheet {
    return this as unknown as GasSheet;
  }

  getName(): string {
    return this.model.name;
  }
  setName(name: string): GasSheet {
    const clash = this.ctx.state.workbook.sheets.find((s) => s !== this.model && s.name.toLowerCase() === name.toLowerCase());
    if (clash) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.model.name = String(name);
    return this._self();
  }
  getIndex(): number {
    return this.ctx.state.workbook.sheets.indexOf(this.model) + 1;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return spreadsheetObject(this.ctx);
  }
  getLastRow(): number {
    return lastRow(this.model);
  }
  getLastColumn(): number {
    return lastColumn(this.model);
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    if (typeof a === 'string') {
      const { range } = splitSheetName(a);
      return rangeObject(this.ctx, this.model, parseA1(range, this.model.maxRows, this.model.maxColumns));
    }
    const box = { row: a, column: column ?? NaN, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    for (const v of Object.values(box)) {
      if (!Number.isInteger(v)) throw new Error(`The parameters (${[a, column, numRows, numColumns].join(',')}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
    if (box.row < 1 || box.column < 1) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    if (box.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (box.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    return rangeObject(this.ctx, this.model, box);
  }

  /**
   * Values of a rectangle in one call, as Apps Script documents it: a -1 row or column count reaches the last row or
   * column with data. A sheet with no data has no such row: this runtime then refuses the call as `getRange` would
   * (what Sheets does there is not documented, so the add-on must not rely on either outcome).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const box = {
      row: startRow,
      column: startColumn,
      numRows: numRows === -1 ? lastRow(this.model) - startRow + 1 : numRows,
      numColumns: numColumns === -1 ? lastColumn(this.model) - startColumn + 1 : numColumns,
    };
    if (box.row < 1 || box.column < 1) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    if (box.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (box.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    return new RangeBase(this.ctx, this.model, box).getValues();
  }

  /** Ranges of this sheet from A1 notations; `getRanges()` on the list is one more call (as in Apps Script). */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = a1Notations.map((a1) => rangeObject(this.ctx, this.model, parseA1(splitSheetName(a1).range, this.model.maxRows, this.model.maxColumns)));
    return this.ctx.wrap({ getRanges: () => ranges }, 'RangeList') as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }

  setHiddenGridlines(hide: boolean): GasSheet {
    this.model.hiddenGridlines = hide;
    return this._self();
  }
  hasHiddenGridlines(): boolean {
    return this.model.hiddenGridlines;
  }

  getDataRange(): GasRange {
    return rangeObject(this.ctx, this.model, {
      row: 1,
      column: 1,
      numRows: Math.max(1, lastRow(this.model)),
      numColumns: Math.max(1, lastColumn(this.model)),
    });
  }

  clearContents(): GasSheet {
    for (const grid of [this.model.values, this.model.formulas]) for (const row of grid) row.fill('');
    return this._self();
  }
  clearFormats(): GasSheet {
    for (const key of STYLE_KEYS) for (const row of this.model[key] as unknown[][]) row.fill(STYLE_DEFAULTS[key]);
    this.model.borders = [];
    return this._self();
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GasSheet {
    if (!options?.formatOnly) this.clearContents();
    if (!options?.contentsOnly) this.clearFormats();
    if (!options) this.model.merges = [];
    return this._self();
  }

  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setColumnWidth(column: number, width: number): GasSheet {
    this.model.columnWidths[column] = width;
    return this._self();
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths[c] = width;
    return this._self();
  }
  getColumnWidth(column: number): number {
    return this.model.columnWidths[column] ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): GasSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      const longest = this.model.values.reduce((w, row) => Math.max(w, String(row[c - 1] ?? '').length), 0);
      this.model.columnWidths[c] = Math.max(40, Math.min(400, longest * 7 + 16));
    }
    return this._self();
  }
  setTabColor(color: string | null): GasSheet {
    this.model.tabColor = color ? color.toLowerCase() : null;
    return this._self();
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
  hideSheet(): GasSheet {
    if (this.ctx.state.workbook.sheets.filter((s) => !s.hidden && s !== this.model).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.model.hidden = true;
    return this._self();
  }
  showSheet(): GasSheet {
    this.model.hidden = false;
    return this._self();
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  activate(): GasSheet {
    this.ctx.state.activeSheetId = this.model.id;
    return this._self();
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const existing = this.model.protections.find((p) => p.type === 'SHEET');
    const model = existing ?? {
      id: this.ctx.state.ids.next++,
      type: 'SHEET' as const,
      range: null,
      description: '',
      warningOnly: false,
      editors: [this.ctx.settings.userEmail],
    };
    if (!existing) this.model.protections.push(model);
    return protectionObject(this.ctx, this.model, model);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const wanted = String(type);
    return this.ctx.realm.array(
      this.model.protections.filter((p) => p.type === wanted).map((p) => protectionObject(this.ctx, this.model, p)),
    );
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return builderObject(this.ctx, this.model, newChartSpec(this.ctx));
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.model.charts.push(structuredClone(specOf(chart)));
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.ctx.realm.array(this.model.charts.map((spec) => chartObject(this.ctx, this.model, spec)));
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const id = specOf(chart).id;
    this.model.charts = this.model.charts.filter((c) => c.id !== id);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const spec = structuredClone(specOf(chart));
    const index = this.model.charts.findIndex((c) => c.id === spec.id);
    if (index < 0) throw new Error('The chart does not exist on this sheet.');
    this.model.charts[index] = spec;
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GasSheet {
    addMetadata(this.ctx, sheetHome(this.model), key, a, b);
    return this._self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.ctx.realm.array(metadataObjects(this.ctx, sheetHome(this.model)));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const finder = new DeveloperMetadataFinder(this.ctx, () => [sheetHome(this.model)]);
    return this.ctx.wrap(finder, 'DeveloperMetadataFinder') as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }

  insertRows(rowIndex: number, numRows = 1): void {
    insertRows(this.model, rowIndex, numRows);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    insertRows(this.model, beforePosition, howMany);
    return this._self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    insertRows(this.model, afterPosition + 1, howMany);
    return this._self();
  }
  deleteRow(rowPosition: number): GasSheet {
    deleteRows(this.model, rowPosition, 1);
    return this._self();
  }
  deleteRows(rowPosition: number, howMany: number): void {
    deleteRows(this.model, rowPosition, howMany);
  }
}

/** Builds the (counted, guarded) Sheet object a script sees. */
export function sheetObject(ctx: ServiceContext, model: SheetModel): GasSheet {
  return ctx.wrap(new Sheet(ctx, model), 'Sheet') as unknown as GasSheet;
}
