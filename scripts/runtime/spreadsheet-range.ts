// Range of the local SpreadsheetApp, part 2: navigation, formats, merges, borders and protection.

import { type Box, boxA1, boxContains, boxesIntersect, parseA1 } from './a1';
import type { ServiceContext } from './service-context';
import { type GasRange, RangeBase } from './spreadsheet-range-base';
import { protectionObject } from './spreadsheet-protection';
import { sheetObject } from './spreadsheet-sheet';
import { type SheetModel, STYLE_DEFAULTS, type StyleKey } from './workbook-model';

type FormatMethods =
  | 'getSheet' | 'offset' | 'getCell' | 'getNumberFormat' | 'getNumberFormats' | 'setNumberFormat'
  | 'setNumberFormats' | 'getBackground' | 'getBackgrounds' | 'setBackground' | 'setBackgrounds'
  | 'setFontColor' | 'setFontColors' | 'getFontWeight' | 'getFontWeights' | 'setFontWeight' | 'setFontWeights'
  | 'getFontSize' | 'getFontSizes' | 'setFontSize' | 'setFontSizes' | 'getFontStyle' | 'getFontStyles'
  | 'setFontStyle' | 'setFontStyles' | 'getHorizontalAlignment' | 'getHorizontalAlignments'
  | 'setHorizontalAlignment' | 'setHorizontalAlignments' | 'getVerticalAlignment' | 'getVerticalAlignments'
  | 'setVerticalAlignment' | 'setVerticalAlignments' | 'getWrap' | 'getWraps' | 'setWrap' | 'setWraps'
  | 'merge' | 'mergeAcross' | 'mergeVertically' | 'breakApart' | 'getMergedRanges' | 'isPartOfMerge'
  | 'setBorder' | 'protect';

const NUMBER_FORMAT_DEFAULT = '0.###############';

export class Range extends RangeBase implements Pick<GasRange, FormatMethods> {
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetObject(this.ctx, this.model);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    const box = {
      row: this.box.row + rowOffset,
      column: this.box.column + columnOffset,
      numRows: numRows ?? this.box.numRows,
      numColumns: numColumns ?? this.box.numColumns,
    };
    if (box.row < 1 || box.column < 1 || box.numRows < 1 || box.numColumns < 1) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return rangeObject(this.ctx, this.model, box);
  }

  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    const box = { row: this.box.row + row - 1, column: this.box.column + column - 1, numRows: 1, numColumns: 1 };
    return rangeObject(this.ctx, this.model, box);
  }

  private _styles(key: StyleKey, map: (v: unknown) => unknown = (v) => v): unknown[][] {
    return this._read(this.model[key] as unknown[][], STYLE_DEFAULTS[key], map);
  }

  private _setStyles(key: StyleKey, grid: unknown[][], normalize: (v: unknown) => unknown = (v) => v): GasRange {
    const rows = this._checkShape(grid);
    const target = this.model[key] as unknown[][];
    const { row, column } = this.box;
    rows.forEach((cells, r) => {
      cells.forEach((v, c) => {
        target[row - 1 + r][column - 1 + c] = v === null || v === undefined ? STYLE_DEFAULTS[key] : normalize(v);
      });
    });
    return this._self();
  }

  getNumberFormats(): string[][] {
    return this._styles('numberFormats', (v) => v || NUMBER_FORMAT_DEFAULT) as string[][];
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  setNumberFormats(formats: string[][]): GasRange {
    return this._setStyles('numberFormats', formats, String);
  }
  setNumberFormat(format: string): GasRange {
    return this.setNumberFormats(this._fill(format) as string[][]);
  }

  getBackgrounds(): string[][] {
    return this._styles('backgrounds') as string[][];
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  setBackgrounds(colors: string[][]): GasRange {
    return this._setStyles('backgrounds', colors, color);
  }
  setBackground(value: string | null): GasRange {
    return this.setBackgrounds(this._fill(value) as string[][]);
  }

  /** Not in Google's typings any more (getFontColorObjects), kept for scripts that still call it. */
  getFontColors(): string[][] {
    return this._styles('fontColors') as string[][];
  }
  setFontColors(colors: string[][]): GasRange {
    return this._setStyles('fontColors', colors, color);
  }
  setFontColor(value: string | null): GasRange {
    return this.setFontColors(this._fill(value) as string[][]);
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._styles('fontWeights') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.getFontWeights()[0][0];
  }
  setFontWeights(weights: (string | null)[][]): GasRange {
    return this._setStyles('fontWeights', weights, String);
  }
  setFontWeight(weight: string | null): GasRange {
    return this.setFontWeights(this._fill(weight) as string[][]);
  }

  getFontSizes(): number[][] {
    return this._styles('fontSizes') as number[][];
  }
  getFontSize(): number {
    return this.getFontSizes()[0][0];
  }
  setFontSizes(sizes: number[][]): GasRange {
    return this._setStyles('fontSizes', sizes, Number);
  }
  setFontSize(size: number): GasRange {
    return this.setFontSizes(this._fill(size) as number[][]);
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this._styles('fontStyles') as GoogleAppsScript.Spreadsheet.FontStyle[][];
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.getFontStyles()[0][0];
  }
  setFontStyles(styles: (string | null)[][]): GasRange {
    return this._setStyles('fontStyles', styles, String);
  }
  setFontStyle(style: string | null): GasRange {
    return this.setFontStyles(this._fill(style) as string[][]);
  }

  getHorizontalAlignments(): string[][] {
    return this._styles('horizontalAlignments') as string[][];
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }
  setHorizontalAlignments(alignments: (string | null)[][]): GasRange {
    return this._setStyles('horizontalAlignments', alignments, (v) => String(v).toLowerCase());
  }
  setHorizontalAlignment(alignment: string | null): GasRange {
    return this.setHorizontalAlignments(this._fill(alignment) as string[][]);
  }

  getVerticalAlignments(): string[][] {
    return this._styles('verticalAlignments') as string[][];
  }
  getVerticalAlignment(): string {
    return this.getVerticalAlignments()[0][0];
  }
  setVerticalAlignments(alignments: (string | null)[][]): GasRange {
    return this._setStyles('verticalAlignments', alignments, (v) => String(v).toLowerCase());
  }
  setVerticalAlignment(alignment: string | null): GasRange {
    return this.setVerticalAlignments(this._fill(alignment) as string[][]);
  }

  getWraps(): boolean[][] {
    return this._styles('wraps') as boolean[][];
  }
  getWrap(): boolean {
    return this.getWraps()[0][0];
  }
  setWraps(wraps: boolean[][]): GasRange {
    return this._setStyles('wraps', wraps, Boolean);
  }
  setWrap(wrap: boolean): GasRange {
    return this.setWraps(this._fill(wrap) as boolean[][]);
  }

  merge(): GasRange {
    const merges = this.model.merges.map((a1) => parseA1(a1, this.model.maxRows, this.model.maxColumns));
    for (const m of merges) {
      if (boxesIntersect(m, this.box) && !boxContains(this.box, m)) {
        throw new Error('You must select all cells in a merged range to merge or unmerge them.');
      }
    }
    this.model.merges = this.model.merges.filter((_a1, i) => !boxContains(this.box, merges[i]));
    if (this.box.numRows * this.box.numColumns > 1) this.model.merges.push(boxA1(this.box));
    const { row, column } = this.box;
    const topLeft = { value: this.model.values[row - 1]?.[column - 1], formula: this.model.formulas[row - 1]?.[column - 1] };
    this.clearContent();
    if (topLeft.value !== undefined && this.model.values[row - 1]) {
      this.model.values[row - 1][column - 1] = topLeft.value;
      this.model.formulas[row - 1][column - 1] = topLeft.formula ?? '';
    }
    return this._self();
  }

  mergeAcross(): GasRange {
    for (let r = 0; r < this.box.numRows; r++) {
      new Range(this.ctx, this.model, { ...this.box, row: this.box.row + r, numRows: 1 }).merge();
    }
    return this._self();
  }

  mergeVertically(): GasRange {
    for (let c = 0; c < this.box.numColumns; c++) {
      new Range(this.ctx, this.model, { ...this.box, column: this.box.column + c, numColumns: 1 }).merge();
    }
    return this._self();
  }

  breakApart(): GasRange {
    const merges = this.model.merges.map((a1) => parseA1(a1, this.model.maxRows, this.model.maxColumns));
    if (merges.some((m) => boxesIntersect(m, this.box) && !boxContains(this.box, m))) {
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    }
    this.model.merges = this.model.merges.filter((_a1, i) => !boxContains(this.box, merges[i]));
    return this._self();
  }

  getMergedRanges(): GasRange[] {
    return this.model.merges
      .map((a1) => parseA1(a1, this.model.maxRows, this.model.maxColumns))
      .filter((m) => boxesIntersect(m, this.box))
      .map((m) => rangeObject(this.ctx, this.model, m));
  }

  isPartOfMerge(): boolean {
    return this.model.merges.some((a1) => boxesIntersect(parseA1(a1, this.model.maxRows, this.model.maxColumns), this.box));
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    borderColor?: string | null,
    style?: unknown,
  ): GasRange {
    const range = this.getA1Notation();
    this.model.borders.push({
      range,
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: borderColor ? color(borderColor) as string : null,
      style: style === undefined || style === null ? null : String(style),
    });
    return this._self();
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const protection = {
      id: this.ctx.state.ids.next++,
      type: 'RANGE' as const,
      range: this.getA1Notation(),
      description: '',
      warningOnly: false,
      editors: [this.ctx.settings.userEmail],
    };
    this.model.protections.push(protection);
    return protectionObject(this.ctx, this.model, protection);
  }
}

function color(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

/** Builds the (counted, guarded) Range object a script sees. */
export function rangeObject(ctx: ServiceContext, model: SheetModel, box: Box): GasRange {
  return ctx.wrap(new Range(ctx, model, box), 'Range') as unknown as GasRange;
}
