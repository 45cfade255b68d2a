// A growable grid of cells with per-cell styles, merges and chart specs: what a dashboard tab is made of.

import { TEXT_FORMAT } from './formats';
import { shownText } from '../model/shown-text';
import type { Figure } from './model-types';

export type CellValue = string | number;

export interface Box {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

/** A native chart: its type, title, data ranges on the tab (the first column is the domain), and its anchor cell. */
export interface ChartSpec {
  /** COMBO: the first series as columns, the others as lines (on a right-hand axis when `rightAxis`). */
  readonly type: 'LINE' | 'COLUMN' | 'BAR' | 'COMBO';
  readonly title: string;
  /** As few ranges as cover the domain and series columns (one when they are adjacent); the first row is headers. */
  readonly ranges: readonly Box[];
  readonly anchor: { readonly row: number; readonly column: number };
  /** Size in pixels. */
  readonly width: number;
  readonly height: number;
  /** COMBO only: draw the line series against a right-hand axis (a rate beside an amount). */
  readonly rightAxis?: boolean;
  /** Vertical axis as percentages (the series are rates). */
  readonly percent?: boolean;
}

/** A cell holding Sheets' own `SPARKLINE` over cells of the same tab (the layout's own figures). */
export interface Sparkline {
  readonly row: number;
  readonly column: number;
  /** The cells it draws: one column of the tab, top to bottom. */
  readonly data: Box;
}

/** `C12`-style letters of a 1-based column. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`column ${column} is not a grid column`);
  return (column > 26 ? columnLetters(Math.floor((column - 1) / 26)) : '') + String.fromCharCode(65 + ((column - 1) % 26));
}

/** A1 notation of a box, without a sheet name (`B4:C9`); only integers go in, so no text can reach it. */
export function boxA1(box: Box): string {
  for (const n of [box.row, box.numRows, box.numColumns]) if (!Number.isInteger(n) || n < 1) throw new Error(`bad box ${JSON.stringify(box)}`);
  return `${columnLetters(box.column)}${box.row}:${columnLetters(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

/**
 * The formula of a sparkline: `=SPARKLINE(C12:C23)`. Same-tab cells, so no tab name (nothing to quote, and renaming
 * the tab keeps it right); one argument, so no separator that could differ between locales (`,` or `;`).
 */
export function sparklineFormula(data: Box): string {
  return `=SPARKLINE(${boxA1(data)})`;
}

/** Print setup of the tab (written to the .xlsx; Sheets asks for it in its print dialog). */
export interface PrintSetup {
  readonly landscape: boolean;
  readonly fitToWidth: boolean;
  /** Rows 1..n repeated at the top of every printed page. */
  readonly repeatRows: number;
}

export interface Style {
  readonly format?: string;
  readonly background?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly size?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly italic?: boolean;
}

/** The whole tab, as rectangular grids (all `rows` × `columns`), ready for one batched call per grid. */
export interface Layout {
  readonly rows: number;
  readonly columns: number;
  readonly cells: CellValue[][];
  readonly numberFormats: string[][];
  readonly backgrounds: string[][];
  readonly fontColors: string[][];
  readonly fontWeights: string[][];
  readonly fontStyles: string[][];
  readonly fontSizes: number[][];
  readonly horizontalAlignments: string[][];
  readonly merges: readonly Box[];
  /** Width in pixels of each column, 1-based column = index + 1. */
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  readonly hideGridlines: boolean;
  readonly print: PrintSetup;
  readonly charts: readonly ChartSpec[];
  /** Cells whose value is a `SPARKLINE` formula the layout wrote (every other string is plain text). */
  readonly sparklines: readonly Sparkline[];
  /** Where each engine figure was written (1-based row and column). */
  readonly placed: readonly { readonly row: number; readonly column: number; readonly figure: Figure }[];
}

export const WHITE = '#ffffff';
export const BLACK = '#000000';

export class Grid {
  private readonly cells: CellValue[][] = [];
  private readonly formats: string[][] = [];
  private readonly backgrounds: string[][] = [];
  private readonly colors: string[][] = [];
  private readonly weights: string[][] = [];
  private readonly styles: string[][] = [];
  private readonly sizes: number[][] = [];
  private readonly aligns: string[][] = [];
  readonly merges: Box[] = [];
  readonly charts: ChartSpec[] = [];
  readonly sparklines: Sparkline[] = [];
  readonly placed: { row: number; column: number; figure: Figure }[] = [];

  constructor(readonly columns: number) {}

  get rows(): number {
    return this.cells.length;
  }

  private ensure(row: number): void {
    while (this.cells.length < row) {
      this.cells.push(new Array<CellValue>(this.columns).fill(''));
      this.formats.push(new Array<string>(this.columns).fill(''));
      this.backgrounds.push(new Array<string>(this.columns).fill(WHITE));
      this.colors.push(new Array<string>(this.columns).fill(BLACK));
      this.weights.push(new Array<string>(this.columns).fill('normal'));
      this.styles.push(new Array<string>(this.columns).fill('normal'));
      this.sizes.push(new Array<number>(this.columns).fill(10));
      this.aligns.push(new Array<string>(this.columns).fill('left'));
    }
  }

  /** Sets one cell (1-based). Strings are always plain text (`@`), so data such as `=cmd` is never a formula. */
  set(row: number, column: number, value: CellValue, style: Style = {}): void {
    if (column < 1 || column > this.columns) throw new Error(`column ${column} outside the grid`);
    this.ensure(row);
    const r = row - 1;
    const c = column - 1;
    this.cells[r][c] = typeof value === 'string' ? shownText(value) : value;
    this.formats[r][c] = typeof value === 'string' ? TEXT_FORMAT : (style.format ?? '');
    this.style(row, column, 1, 1, style);
  }

  /**
   * Writes a `SPARKLINE` formula at (row, column) over `data`, a column of this grid below or above it. The only cells
   * that are not plain text: the formula is made of the box's numbers alone, never of a label or a value.
   */
  sparkline(row: number, column: number, data: Box, style: Style = {}): void {
    if (column < 1 || column > this.columns || data.column < 1 || data.column + data.numColumns - 1 > this.columns) {
      throw new Error(`sparkline at ${row},${column} outside the grid`);
    }
    this.ensure(Math.max(row, data.row + data.numRows - 1));
    this.cells[row - 1][column - 1] = sparklineFormula(data);
    this.formats[row - 1][column - 1] = '';
    this.sparklines.push({ row, column, data });
    this.style(row, column, 1, 1, style);
  }

  /** Applies a style (background, colour, weight, size, alignment) to a rectangle without changing values. */
  style(row: number, column: number, numRows: number, numColumns: number, style: Style): void {
    this.ensure(row + numRows - 1);
    for (let r = row - 1; r < row - 1 + numRows; r++) {
      for (let c = column - 1; c < column - 1 + numColumns; c++) {
        if (style.background !== undefined) this.backgrounds[r][c] = style.background;
        if (style.color !== undefined) this.colors[r][c] = style.color;
        if (style.bold !== undefined) this.weights[r][c] = style.bold ? 'bold' : 'normal';
        if (style.italic !== undefined) this.styles[r][c] = style.italic ? 'italic' : 'normal';
        if (style.size !== undefined) this.sizes[r][c] = style.size;
        if (style.align !== undefined) this.aligns[r][c] = style.align;
      }
    }
  }

  merge(row: number, column: number, numRows: number, numColumns: number): void {
    this.ensure(row + numRows - 1);
    this.merges.push({ row, column, numRows, numColumns });
  }

  /** Records that an engine figure sits at (row, column). */
  place(row: number, column: number, figure: Figure): void {
    this.placed.push({ row, column, figure });
  }

  layout(columnWidths: readonly number[], frozenRows: number, print: PrintSetup = { landscape: true, fitToWidth: true, repeatRows: frozenRows }): Layout {
    return {
      rows: this.rows,
      columns: this.columns,
      cells: this.cells,
      numberFormats: this.formats,
      backgrounds: this.backgrounds,
      fontColors: this.colors,
      fontWeights: this.weights,
      fontStyles: this.styles,
      fontSizes: this.sizes,
      horizontalAlignments: this.aligns,
      merges: this.merges,
      columnWidths,
      frozenRows,
      hideGridlines: true,
      print,
      charts: this.charts,
      sparklines: this.sparklines,
      placed: this.placed,
    };
  }
}
