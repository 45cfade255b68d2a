// Spreadsheet of the local SpreadsheetApp: sheets (insert, delete, move, activate), locale, toasts, metadata.

import { parseA1, splitSheetName } from './a1';
import { insertDataSourceSheet } from './data-sources';
import type { ServiceContext } from './service-context';
import { addMetadata, DeveloperMetadataFinder, type MetadataHome, metadataObjects, sheetHome } from './spreadsheet-metadata';
import { protectionObject } from './spreadsheet-protection';
import { rangeObject } from './spreadsheet-range';
import { sheetObject } from './spreadsheet-sheet';
import { newSheet, type SheetModel, sheetByName } from './workbook-model';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type Methods =
  | 'getId' | 'getName' | 'rename' | 'getUrl' | 'getSheets' | 'getSheetByName' | 'getSheetById' | 'insertSheet'
  | 'deleteSheet' | 'setActiveSheet' | 'getActiveSheet' | 'moveActiveSheet' | 'getSpreadsheetTimeZone'
  | 'getSpreadsheetLocale' | 'toast' | 'addDeveloperMetadata' | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder' | 'getNumSheets' | 'getRange' | 'getProtections' | 'getSheetName';

export class Spreadsheet implements Pick<GasSpreadsheet, Methods> {
  constructor(private readonly ctx: ServiceContext) {}

  private get wb() {
    return this.ctx.state.workbook;
  }
  private _self(): GasSpreadsheet {
    return this as unknown as GasSpreadsheet;
  }
  private _home(): MetadataHome {
    return { list: () => this.wb.metadata, setList: (items) => (this.wb.metadata = items), sheet: null };
  }
  private _active(): SheetModel {
    const wb = this.wb;
    return wb.sheets.find((s) => s.id === this.ctx.state.activeSheetId) ?? wb.sheets[0];
  }

  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return this.wb.name;
  }
  rename(name: string): void {
    this.wb.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getSheets(): GasSheet[] {
    return this.ctx.realm.array(this.wb.sheets.map((s) => sheetObject(this.ctx, s)));
  }
  getSheetByName(name: string): GasSheet | null {
    const sheet = sheetByName(this.wb, String(name));
    return sheet ? sheetObject(this.ctx, sheet) : null;
  }
  getSheetById(id: number): GasSheet | null {
    const sheet = this.wb.sheets.find((s) => s.id === id);
    return sheet ? sheetObject(this.ctx, sheet) : null;
  }
  getActiveSheet(): GasSheet {
    return sheetObject(this.ctx, this._active());
  }
  getSheetName(): string {
    return this._active().name;
  }

  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index). */
  insertSheet(a?: string | number | object, b?: number | object): GasSheet {
    const name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : undefined;
    const wb = this.wb;
    let sheetName = name;
    if (sheetName === undefined) {
      let n = wb.sheets.length + 1;
      while (sheetByName(wb, `Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    } else if (sheetByName(wb, sheetName) && sheetByName(wb, sheetName)!.name.toLowerCase() === sheetName.toLowerCase()) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = newSheet(wb, sheetName);
    const position = index === undefined ? wb.sheets.length : Math.max(0, Math.min(wb.sheets.length, index));
    wb.sheets.splice(position, 0, sheet);
    this.ctx.state.activeSheetId = sheet.id;
    return sheetObject(this.ctx, sheet);
  }

  deleteSheet(sheet: GasSheet): void {
    const model = (sheet as unknown as { model: SheetModel }).model;
    const wb = this.wb;
    if (!wb.sheets.includes(model)) throw new Error('Sheet not found');
    if (wb.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    wb.sheets.splice(wb.sheets.indexOf(model), 1);
    if (this.ctx.state.activeSheetId === model.id) this.ctx.state.activeSheetId = wb.sheets[0].id;
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    this.ctx.state.activeSheetId = (sheet as unknown as { model: SheetModel }).model.id;
    return sheet;
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(position: number): void {
    const sheets = this.wb.sheets;
    const active = this._active();
    if (position < 1 || position > sheets.length) throw new Error('Those sheets are out of bounds.');
    sheets.splice(sheets.indexOf(active), 1);
    sheets.splice(position - 1, 0, active);
  }

  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this.ctx.ui.toasts.push({ message: String(message), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 });
  }

  getRange(a1: string): GoogleAppsScript.Spreadsheet.Range {
    const { sheetName, range } = splitSheetName(a1);
    const sheet = sheetName === null ? this._active() : sheetByName(this.wb, sheetName);
    if (!sheet) throw new Error('Range not found');
    return rangeObject(this.ctx, sheet, parseA1(range, sheet.maxRows, sheet.maxColumns));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const wanted = String(type);
    return this.ctx.realm.array(
      this.wb.sheets.flatMap((s) => s.protections.filter((p) => p.type === wanted).map((p) => protectionObject(this.ctx, s, p))),
    );
  }

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GasSpreadsheet {
    addMetadata(this.ctx, this._home(), key, a, b);
    return this._self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.ctx.realm.array(metadataObjects(this.ctx, this._home()));
  }
  /** Documented (Connected Sheets guide, Spreadsheet reference) though missing from @types/google-apps-script 2.0.13. */
  insertDataSourceSheet(spec: GoogleAppsScript.Spreadsheet.DataSourceSpec): GoogleAppsScript.Spreadsheet.DataSourceSheet {
    return insertDataSourceSheet(this.ctx, spec);
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const homes = () => [this._home(), ...this.wb.sheets.map(sheetHome)];
    const finder = new DeveloperMetadataFinder(this.ctx, homes);
    return this.ctx.wrap(finder, 'DeveloperMetadataFinder') as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
  }
}

export function spreadsheetObject(ctx: ServiceContext): GasSpreadsheet {
  return ctx.wrap(new Spreadsheet(ctx), 'Spreadsheet') as unknown as GasSpreadsheet;
}
