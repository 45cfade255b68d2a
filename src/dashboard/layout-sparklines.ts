// Sparklines: Sheets' own SPARKLINE over the trend table's cells, in a row under that table and under the headline tiles.

import { t } from '../i18n';
import type { Box, Grid } from './grid';
import { COLORS } from './layout-style';
import type { Placed } from './layout-tables';
import type { DashboardModel, Num } from './model-types';

/** The text colour of a sparkline cell: what the `.xlsx` stand-in (block characters) is drawn in. */
const SPARK_COLOR = '#4285f4';

/**
 * The rows a sparkline of one trend column draws: the trailing run of months that have a value (a month without one
 * shows `—`, text that SPARKLINE would plot however its defaults say, so it is left out); none under two months.
 */
export function trendRun(figures: readonly (Num | null)[], firstRow: number, column: number): Box | null {
  let start = figures.length;
  while (start > 0 && figures[start - 1] && figures[start - 1]?.value !== null) start--;
  const count = figures.length - start;
  return count >= 2 ? { row: firstRow + start, column, numRows: count, numColumns: 1 } : null;
}

/** Where each trend column's sparkline data lies, by KPI id, once the trend table is placed. */
export function trendBoxes(model: DashboardModel, placed: Placed): Map<string, Box> {
  const boxes = new Map<string, Box>();
  model.trend.columns.forEach((column, i) => {
    const gridColumn = placed.columns[1 + i];
    if (gridColumn === undefined) return;
    const box = trendRun(column.figures, placed.header + 1, gridColumn);
    if (box) boxes.set(column.id, box);
  });
  return boxes;
}

/** A row right under the trend table's months: its label, then each column's sparkline over the cells above it. */
export function putTrendSparklines(grid: Grid, row: number, placed: Placed, boxes: ReadonlyMap<string, Box>, lang: DashboardModel['lang']): void {
  grid.set(row, placed.columns[0], t(lang, 'dash_sparkline_row'), { color: COLORS.muted, size: 9 });
  for (const box of boxes.values()) grid.sparkline(row, box.column, box, { color: SPARK_COLOR });
}

/** A headline tile's line waiting for the trend table: (row, left column) and the KPI it draws. */
export interface PendingSparkline {
  readonly row: number;
  readonly left: number;
  readonly id: string;
}

/** The line under each headline tile that has a trend: "12 months" on the left, the sparkline on the right. */
export function putTileSparklines(grid: Grid, pending: readonly PendingSparkline[], boxes: ReadonlyMap<string, Box>, lang: DashboardModel['lang']): void {
  for (const p of pending) {
    const box = boxes.get(p.id);
    if (!box) continue;
    grid.set(p.row, p.left, t(lang, 'dash_sparkline_tile'), { color: COLORS.muted, size: 9, background: COLORS.headline });
    grid.sparkline(p.row, p.left + 1, box, { background: COLORS.headline, color: SPARK_COLOR });
  }
}
