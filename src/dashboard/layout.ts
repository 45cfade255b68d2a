// Lays a dashboard model out as a grid: header, KPI tiles (4 per row), 12-month trend with charts, then the tables.

import { t } from '../i18n';
import { CHANGE_FORMAT, monthName, SHARE_FORMAT, unitFormat } from './formats';
import { type Box, type ChartSpec, Grid, type Layout } from './grid';
import { putFunnel, putKeyedTable, putQuality } from './layout-tables';
import { attainmentTone, COLORS, changeTone, type NumberContext, putHeader, putNumber, putSection, putUnit, toneStyle } from './layout-style';
import type { CHART_KPIS } from './model';
import type { DashboardModel, Tile } from './model-types';

/** Content columns (A..H); charts sit to their right from column J. */
export const CONTENT_COLUMNS = 8;
export const CHART_COLUMN = CONTENT_COLUMNS + 2;
/** One width for every column (one call): wide enough for keys in A and a tile's 16 pt amount without merged cells. */
const COLUMN_WIDTH = 150;
const TILES_PER_ROW = 4;
const TILE_ROWS = 6;
/** Rows between two charts: Sheets' default chart (600 × 371 px) spans about 18 rows. */
const CHART_ROW_SPAN = 20;
/**
 * Two charts of two series each (adjacent columns of the trend table): an amount as columns and a rate as a line on
 * a right-hand axis. A chart with one of its two KPIs shows it alone. Deals alone give one chart, every table two.
 */
const CHART_PAIRS = [
  ['revenue', 'win_rate'],
  ['new_customers', 'churn'],
] as const satisfies readonly (readonly (typeof CHART_KPIS)[number][])[];

/** The domain column (1) and the series columns, as few boxes as cover them (adjacent columns share one). */
export function chartRanges(row: number, numRows: number, seriesColumns: readonly number[]): Box[] {
  const boxes: Box[] = [];
  let run = { start: 1, end: 1 };
  const flush = () => boxes.push({ row, column: run.start, numRows, numColumns: run.end - run.start + 1 });
  for (const column of seriesColumns) {
    if (column === run.end + 1) run.end = column;
    else {
      flush();
      run = { start: column, end: column };
    }
  }
  flush();
  return boxes;
}

function putTile(grid: Grid, top: number, left: number, tile: Tile, ctx: NumberContext): void {
  const format = unitFormat(tile.unit, ctx.lang, ctx.currency);
  grid.set(top, left, tile.label, { bold: true, background: COLORS.tile, color: COLORS.title });
  grid.style(top, left, TILE_ROWS, 2, { background: COLORS.tile });
  putNumber(grid, top + 1, left, tile.value, format, ctx, { bold: true, size: 16, align: 'left', background: COLORS.tile });
  const label = (row: number, key: Parameters<typeof t>[1]) =>
    grid.set(row, left, t(ctx.lang, key), { color: COLORS.muted, background: COLORS.tile });
  label(top + 2, 'dash_tile_previous');
  putNumber(grid, top + 2, left + 1, tile.previous, format, ctx, { background: COLORS.tile });
  label(top + 3, 'dash_tile_change');
  const tone = toneStyle(changeTone(tile.change, tile.better));
  putNumber(grid, top + 3, left + 1, { value: tile.change, unit: 'rate' }, CHANGE_FORMAT, ctx, { background: COLORS.tile, ...tone });
  label(top + 4, 'dash_tile_target');
  putNumber(grid, top + 4, left + 1, tile.target, format, ctx, { background: COLORS.tile });
  label(top + 5, 'dash_tile_attainment');
  const reached = tile.target ? toneStyle(attainmentTone(tile.attainment, tile.better)) : {};
  putNumber(grid, top + 5, left + 1, { value: tile.attainment, unit: 'rate' }, SHARE_FORMAT, ctx, { background: COLORS.tile, ...reached });
}

function putTiles(grid: Grid, start: number, model: DashboardModel, ctx: NumberContext): number {
  putSection(grid, start, t(ctx.lang, 'dash_section_kpis'));
  let row = start + 2;
  model.tiles.forEach((tile, i) => {
    const top = row + Math.floor(i / TILES_PER_ROW) * (TILE_ROWS + 1);
    putTile(grid, top, 1 + (i % TILES_PER_ROW) * 2, tile, ctx);
  });
  row += Math.ceil(model.tiles.length / TILES_PER_ROW) * (TILE_ROWS + 1);
  return row;
}

function putTrend(grid: Grid, start: number, model: DashboardModel, ctx: NumberContext): number {
  const { months, columns } = model.trend;
  if (columns.length === 0) return start;
  putSection(grid, start, t(ctx.lang, 'dash_section_trend'));
  const header = start + 1;
  putHeader(grid, header, [t(ctx.lang, 'dash_month'), ...columns.map((c) => c.label)].slice(0, CONTENT_COLUMNS));
  months.forEach((m, i) => {
    grid.set(header + 1 + i, 1, monthName(m, ctx.lang));
    columns.slice(0, CONTENT_COLUMNS - 1).forEach((c, j) => {
      putUnit(grid, header + 1 + i, j + 2, c.figures[i], c.unit, ctx);
    });
  });
  const at = (id: string) => columns.slice(0, CONTENT_COLUMNS - 1).findIndex((c) => c.id === id);
  for (const pair of CHART_PAIRS) {
    const charted = pair.map((id) => at(id)).filter((j) => j >= 0);
    if (charted.length === 0) continue;
    const type: ChartSpec['type'] = charted.length === 2 ? 'COMBO' : columns[charted[0]].unit === 'rate' ? 'LINE' : 'COLUMN';
    grid.charts.push({
      type,
      title: t(ctx.lang, 'dash_chart_title', { kpi: charted.map((j) => columns[j].label).join(' · ') }),
      ranges: chartRanges(header, months.length + 1, charted.map((j) => j + 2)),
      anchor: { row: 1 + grid.charts.length * CHART_ROW_SPAN, column: CHART_COLUMN },
    });
  }
  return header + months.length + 2;
}

/** The whole tab of a dashboard model, as grids and chart specs (pure: no Apps Script). */
export function layoutDashboard(model: DashboardModel): Layout {
  const ctx: NumberContext = { lang: model.lang, currency: model.currency };
  const grid = new Grid(CONTENT_COLUMNS);
  grid.set(1, 1, model.title, { bold: true, size: 18, color: COLORS.title });
  grid.set(2, 1, model.periodLine, { color: COLORS.muted });
  grid.set(3, 1, model.generatedLine, { color: COLORS.muted });
  grid.set(4, 1, model.sourcesLine, { color: COLORS.muted });
  grid.set(5, 1, t(model.lang, 'dash_readonly_note'), { color: COLORS.muted });
  if (model.scheduleLine) grid.set(6, 1, model.scheduleLine, { bold: true, color: COLORS.bad });
  let row = putTiles(grid, 7, model, ctx);
  row = putTrend(grid, row, model, ctx);
  row = putFunnel(grid, row, model, ctx);
  row = putKeyedTable(grid, row, t(model.lang, 'dash_section_lost'), model.lostReasons, ctx);
  row = putKeyedTable(grid, row, t(model.lang, 'dash_section_reps'), model.reps, ctx);
  row = putKeyedTable(grid, row, t(model.lang, 'dash_section_channels'), model.channels, ctx);
  for (const related of model.related) row = putKeyedTable(grid, row, related.title, related.table, ctx);
  putQuality(grid, row, model, ctx);
  const widths = new Array<number>(CONTENT_COLUMNS).fill(COLUMN_WIDTH);
  return grid.layout(widths, 0);
}
