// Range of the local SpreadsheetApp, part 1: geometry, values, display values and formulas.

import { type Box, boxA1 } from './a1';
import { parseInput } from './cell-input';
import { isDateLike } from './cell-value';
import { displayValue } from './display-format';
import type { ServiceContext } from './service-context';
import { type CellValue, ensureSize, type SheetModel, STYLE_DEFAULTS, STYLE_KEYS, type StyleKey } from './workbook-model';

export type GasRange = GoogleAppsScript.Spreadsheet.Range;

type BaseMethods =
  | 'getValues' | 'getValue' | 'setValue' | 'setValues' | 'getDisplayValues' | 'getDisplayValue'
  | 'getFormulas' | 'getFormula' | 'setFormula' | 'setFormulas' | 'getA1Notation' | 'getRow' | 'getColumn'
  | 'getNumRows' | 'getNumColumns' | 'getHeight' | 'getWidth' | 'getLastRow' | 'getLastColumn'
  | 'isBlank' | 'clear' | 'clearContent' | 'clearFormat' | 'activate' | 'getGridId'
  | 'getRowIndex';

export class RangeBase implements Pick<GasRange, BaseMethods> {
  constructor(
    protected readonly ctx: ServiceContext,
    protected readonly model: SheetModel,
    readonly box: Box,
  ) {}

  protected _self(): GasRange {
    return this as unknown as GasRange;
  }

  /**
   * Reads a grid over the range (defaults outside the stored grid), rows made in the script realm: each row one copy
   * of the stored cells, `map` applied to each cell.
   */
  protected _read<T>(grid: T[][], fill: T, map?: (v: T) => unknown): unknown[][] {
    const { row, column, numRows, numColumns } = this.box;
    const realm = this.ctx.realm;
    const from = column - 1;
    const rows: unknown[][] = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const out: unknown[] = realm.slice(grid[row - 1 + r] ?? [], from, from + numColumns);
      for (let c = 0; c < numColumns; c++) {
        const v = out[c] as T | undefined;
        const cell = v === undefined ? fill : v;
        out[c] = map ? map(cell) : cell;
      }
      rows[r] = out;
    }
    return realm.array(rows);
  }

  /** Checks a written grid has the range's shape (Google's messages) and grows the sheet to hold it. */
  protected _checkShape(values: unknown, what = 'data'): unknown[][] {
    const { numRows, numColumns } = this.box;
    if (!Array.isArray(values)) throw new Error(`The parameters (${typeof values}) don't match the method signature.`);
    if (values.length !== numRows) {
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${values.length} but the range has ${numRows}.`,
      );
    }
    for (const row of values) {
      const width = Array.isArray(row) ? row.length : -1;
      if (width !== numColumns) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${width} but the range has ${numColumns}.`,
        );
      }
    }
    ensureSize(this.model, this.box.row + numRows - 1, this.box.column + numColumns - 1);
    return values as unknown[][];
  }

  protected _fill(value: unknown): unknown[][] {
    return Array.from({ length: this.box.numRows }, () => new Array(this.box.numColumns).fill(value));
  }

  getValues(): CellValue[][] {
    const realm = this.ctx.realm;
    return this._read<CellValue>(this.model.values, '', (v) => (typeof v === 'object' && v !== null && isDateLike(v) ? realm.date(v.getTime()) : v)) as CellValue[][];
  }

  getValue(): CellValue {
    return this._topLeft().getValues()[0][0];
  }

  /** The range's first cell, as an uncounted internal object. */
  protected _topLeft(): RangeBase {
    return new RangeBase(this.ctx, this.model, { row: this.box.row, column: this.box.column, numRows: 1, numColumns: 1 });
  }

  getDisplayValues(): string[][] {
    const wb = this.ctx.state.workbook;
    const { row, column } = this.box;
    const formats = this.model.numberFormats;
    return this._read<CellValue>(this.model.values, '').map((cells, r) =>
      this.ctx.realm.array(
        cells.map((v, c) => displayValue(v as CellValue, formats[row - 1 + r]?.[column - 1 + c] ?? '', wb.locale, wb.timeZone)),
      ),
    );
  }

  getDisplayValue(): string {
    return this._topLeft().getDisplayValues()[0][0];
  }

  setValues(values: unknown[][]): GasRange {
    const rows = this._checkShape(values);
    const { row, column } = this.box;
    const timeZone = this.ctx.state.workbook.timeZone;
    rows.forEach((cells, r) => {
      cells.forEach((input, c) => {
        const stored = parseInput(input, this.model.numberFormats[row - 1 + r][column - 1 + c], timeZone);
        this.model.values[row - 1 + r][column - 1 + c] = stored.value;
        this.model.formulas[row - 1 + r][column - 1 + c] = stored.formula;
      });
    });
    return this._self();
  }

  setValue(value: unknown): GasRange {
    return this.setValues(this._fill(value));
  }

  getFormulas(): string[][] {
    return this._read(this.model.formulas, '') as string[][];
  }

  getFormula(): string {
    return this._topLeft().getFormulas()[0][0];
  }

  setFormulas(formulas: string[][]): GasRange {
    const rows = this._checkShape(formulas, 'data');
    const { row, column } = this.box;
    rows.forEach((cells, r) => {
      cells.forEach((f, c) => {
        const text = String(f ?? '');
        const formula = text === '' ? '' : text.startsWith('=') ? text : `=${text}`;
        this.model.formulas[row - 1 + r][column - 1 + c] = formula;
        this.model.values[row - 1 + r][column - 1 + c] = '';
      });
    });
    return this._self();
  }

  setFormula(formula: string): GasRange {
    return this.setFormulas(this._fill(formula) as string[][]);
  }

  getA1Notation(): string {
    return boxA1(this.box);
  }

  getRow(): number {
    return this.box.row;
  }

  getRowIndex(): number {
    return this.box.row;
  }

  getColumn(): number {
    return this.box.column;
  }

  getNumRows(): number {
    return this.box.numRows;
  }

  getNumColumns(): number {
    return this.box.numColumns;
  }

  getHeight(): number {
    return this.box.numRows;
  }

  getWidth(): number {
    return this.box.numColumns;
  }

  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }

  getLastColumn(): number {
    return this.box.column + this.box.numColumns - 1;
  }

  getGridId(): number {
    return this.model.id;
  }

  isBlank(): boolean {
    const values = this._read<CellValue>(this.model.values, '');
    const formulas = this._read(this.model.formulas, '');
    return values.every((r, i) => r.every((v, j) => v === '' && formulas[i][j] === ''));
  }

  protected _writeEach(grid: unknown[][], value: unknown): void {
    const { row, column, numRows, numColumns } = this.box;
    for (let r = row - 1; r < Math.min(grid.length, row - 1 + numRows); r++) {
      for (let c = column - 1; c < Math.min(grid[r].length, column - 1 + numColumns); c++) grid[r][c] = value;
    }
  }

  clearContent(): GasRange {
    this._writeEach(this.model.values, '');
    this._writeEach(this.model.formulas, '');
    return this._self();
  }

  clearFormat(): GasRange {
    for (const key of STYLE_KEYS) this._writeEach(this.model[key as StyleKey], STYLE_DEFAULTS[key as StyleKey]);
    return this._self();
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GasRange {
    if (!options?.formatOnly) this.clearContent();
    if (!options?.contentsOnly) this.clearFormat();
    return this._self();
  }

  activate(): GasRange {
    this.ctx.state.activeSheetId = this.model.id;
    return this._self();
  }
}
