// Range of the local SpreadsheetApp, part 3: navigation, merges, borders and protection; the Range factory.

import { type Box, boxA1, boxContains, boxesIntersect, parseA1 } from './a1';
import type { ServiceContext } from './service-context';
import type { GasRange } from './spreadsheet-range-base';
import { color, RangeFormat } from './spreadsheet-range-format';
import { protectionObject } from './spreadsheet-protection';
import { sheetObject } from './spreadsheet-sheet';
import type { SheetModel } from './workbook-model';

type LayoutMethods =
  | 'getSheet' | 'offset' | 'getCell' | 'merge' | 'mergeAcross' | 'mergeVertically' | 'breakApart'
  | 'getMergedRanges' | 'isPartOfMerge' | 'setBorder' | 'protect';

export class Range extends RangeFormat implements Pick<GasRange, LayoutMethods> {
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

/** Builds the (counted, guarded) Range object a script sees. */
export function rangeObject(ctx: ServiceContext, model: SheetModel, box: Box): GasRange {
  return ctx.wrap(new Range(ctx, model, box), 'Range') as unknown as GasRange;
}
