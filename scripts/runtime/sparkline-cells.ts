// SPARKLINE cells outside Sheets: the numbers a dashboard sparkline draws, and a text stand-in for files Excel opens.

import { parseA1 } from './a1';
import type { SheetModel } from './workbook-model';

/** The one form the dashboard writes: `=SPARKLINE(C12:C23)`, a range of the same tab and no options. */
const SPARKLINE = /^=SPARKLINE\(([A-Z]{1,3}\d{1,7}:[A-Z]{1,3}\d{1,7})\)$/;

/** The numbers a sparkline formula draws (cells without a number are left out), or null if it is not that form. */
export function sparklineValues(sheet: SheetModel, formula: string): number[] | null {
  const match = SPARKLINE.exec(formula);
  if (!match) return null;
  const box = parseA1(match[1], sheet.maxRows, sheet.maxColumns);
  const out: number[] = [];
  for (let r = box.row; r < box.row + box.numRows; r++) {
    for (let c = box.column; c < box.column + box.numColumns; c++) {
      const v = sheet.values[r - 1]?.[c - 1];
      if (typeof v === 'number' && Number.isFinite(v)) out.push(v);
    }
  }
  return out;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** The trend as block characters (`▂▃▅▇▆`), lowest to highest: what the `.xlsx` shows where Sheets draws a sparkline. */
export function sparklineBlocks(values: readonly number[]): string {
  if (values.length < 2) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((v) => BLOCKS[max === min ? 3 : Math.round(((v - min) / (max - min)) * (BLOCKS.length - 1))]).join('');
}
