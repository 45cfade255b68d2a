// Row insertion and deletion on a sheet model (all grids shift; merges, charts and borders are left in place).

import { type SheetModel, STYLE_DEFAULTS, STYLE_KEYS } from './workbook-model';

function grids(sheet: SheetModel): [unknown[][], unknown][] {
  return [
    [sheet.values, ''],
    [sheet.formulas, ''],
    ...STYLE_KEYS.map((k): [unknown[][], unknown] => [sheet[k] as unknown[][], STYLE_DEFAULTS[k]]),
  ];
}

export function insertRows(sheet: SheetModel, rowIndex: number, count: number): void {
  if (rowIndex < 1 || count < 1) throw new Error('Those rows are out of bounds.');
  for (const [grid, fill] of grids(sheet)) {
    if (rowIndex - 1 > grid.length) continue;
    const width = grid[0]?.length ?? 0;
    const blank = Array.from({ length: count }, () => new Array(width).fill(fill));
    grid.splice(rowIndex - 1, 0, ...blank);
  }
  sheet.maxRows += count;
}

export function deleteRows(sheet: SheetModel, rowIndex: number, count: number): void {
  if (rowIndex < 1 || count < 1 || rowIndex + count - 1 > sheet.maxRows) throw new Error('Those rows are out of bounds.');
  if (count >= sheet.maxRows) throw new Error("You can't delete all the rows on the sheet.");
  for (const [grid] of grids(sheet)) grid.splice(rowIndex - 1, count);
  sheet.maxRows -= count;
}
