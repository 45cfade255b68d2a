// Reads a recorded chart spec's data from the workbook model: category labels (as displayed) and numeric series.

import { splitSheetName } from '../runtime/a1';
import { displayValue, parseA1, type ChartSpec, type SheetModel, type Workbook, sheetByName } from '../runtime/index';

export interface ChartSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** Number format of the series' cells, for axis labels. */
  readonly format: string;
}

export interface ChartData {
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
}

/** Columns of every range side by side: the first column gives the categories, the others one series each. */
export function chartData(wb: Workbook, sheet: SheetModel, spec: ChartSpec): ChartData {
  const columns: { header: string; cells: { value: unknown; format: string }[] }[] = [];
  const headers = spec.numHeaders ?? 1;
  for (const a1 of spec.ranges) {
    const { sheetName, range } = splitSheetName(a1);
    const source = sheetName ? sheetByName(wb, sheetName) : sheet;
    if (!source) continue;
    const box = parseA1(range, source.maxRows, source.maxColumns);
    for (let c = 0; c < box.numColumns; c++) {
      const cells: { value: unknown; format: string }[] = [];
      let header = '';
      for (let r = 0; r < box.numRows; r++) {
        const row = box.row - 1 + r;
        const col = box.column - 1 + c;
        const value = source.values[row]?.[col] ?? '';
        const format = source.numberFormats[row]?.[col] ?? '';
        if (r < headers) header = String(displayValue(value, format, wb.locale, wb.timeZone));
        else cells.push({ value, format });
      }
      columns.push({ header, cells });
    }
  }
  if (columns.length === 0) return { labels: [], series: [] };
  const [first, ...rest] = columns;
  const labels = first.cells.map((c) => displayValue(c.value as never, c.format, wb.locale, wb.timeZone));
  const series = (rest.length > 0 ? rest : [first]).map((col) => ({
    name: col.header,
    values: col.cells.map((c) => (typeof c.value === 'number' && Number.isFinite(c.value) ? c.value : null)),
    format: col.cells.find((c) => typeof c.value === 'number')?.format ?? '',
  }));
  return { labels: rest.length > 0 ? labels : labels.map((_, i) => String(i + 1)), series };
}
