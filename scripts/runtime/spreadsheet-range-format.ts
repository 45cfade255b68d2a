// Range of the local SpreadsheetApp, part 2: number formats, colours, fonts, alignment and wrapping.

import { type GasRange, RangeBase } from './spreadsheet-range-base';
import { STYLE_DEFAULTS, type StyleKey } from './workbook-model';

type FormatMethods =
  | 'getNumberFormat' | 'getNumberFormats' | 'setNumberFormat' | 'setNumberFormats' | 'getBackground'
  | 'getBackgrounds' | 'setBackground' | 'setBackgrounds' | 'setFontColor' | 'setFontColors' | 'getFontWeight'
  | 'getFontWeights' | 'setFontWeight' | 'setFontWeights' | 'getFontSize' | 'getFontSizes' | 'setFontSize'
  | 'setFontSizes' | 'getFontStyle' | 'getFontStyles' | 'setFontStyle' | 'setFontStyles' | 'getHorizontalAlignment'
  | 'getHorizontalAlignments' | 'setHorizontalAlignment' | 'setHorizontalAlignments' | 'getVerticalAlignment'
  | 'getVerticalAlignments' | 'setVerticalAlignment' | 'setVerticalAlignments' | 'getWrap' | 'getWraps' | 'setWrap'
  | 'setWraps';

/** What getNumberFormat returns for a cell nobody formatted. */
const NUMBER_FORMAT_DEFAULT = '0.###############';

/** Colours are kept lower-case, as Sheets returns them. */
export function color(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}

export class RangeFormat extends RangeBase implements Pick<GasRange, FormatMethods> {
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
}
