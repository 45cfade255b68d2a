// Lays a dashboard model out as a grid: title, headline band, charts, sections of tiles, tables, data quality.

import { t } from '../i18n';
import { monthName } from './formats';
import { type Box, type ChartSpec, Grid, type Layout } from './grid';
import { dataColumns, funnelSpec, keyedSpec, type Placed, putQuality, putTable, stageSpec, type TableSpec } from './layout-tables';
import { comparisonLabels, putTile, TILE_BASE_ROWS, tileLines } from './layout-tiles';
import { type PendingSparkline, putTileSparklines, putTrendSparklines, trendBoxes } from './layout-sparklines';
import { COLORS, type NumberContext, putSection } from './layout-style';
import type { DashboardModel, Num } from './model-types';
import { comparisonPeriods } from './periods';

/** Five tile slots of two columns, each followed by a gutter; column A is the left margin. */
export const SLOTS = 5;
export const CONTENT_COLUMNS = 1 + 3 * SLOTS;
const CELL_WIDTH = 130;
const GUTTER_WIDTH = 14;
/** The left margin as wide as a gutter: the writer then sets all narrow columns in one call. */
const MARGIN_WIDTH = GUTTER_WIDTH;
const ROW_HEIGHT = 21;
/** Title, period and data lines stay visible while scrolling (and repeat on printed pages). */
export const FROZEN_ROWS = 3;
const CHART_HEIGHT = 250;
const CHART_ROWS = Math.ceil(CHART_HEIGHT / ROW_HEIGHT) + 1;
const BRIDGE_HEIGHT = 200;

/** First grid column of tile slot `k` (0-based). */
export const slotColumn = (k: number): number => 2 + 3 * k;

/** The domain column and the series columns, as few boxes as cover them (adjacent columns share one). */
export function chartRanges(row: number, numRows: number, columns: readonly number[]): Box[] {
  const boxes: Box[] = [];
  let run = { start: columns[0], end: columns[0] };
  const flush = () => boxes.push({ row, column: run.start, numRows, numColumns: run.end - run.start + 1 });
  for (const column of columns.slice(1)) {
    if (column === run.end + 1) run.end = column;
    else {
      flush();
      run = { start: column, end: column };
    }
  }
  flush();
  return boxes;
}

function columnWidths(): number[] {
  const widths = [MARGIN_WIDTH];
  for (let k = 0; k < SLOTS; k++) widths.push(CELL_WIDTH, CELL_WIDTH, GUTTER_WIDTH);
  return widths;
}

interface ChartPlan {
  readonly slot: number;
  readonly spec: Omit<ChartSpec, 'anchor' | 'width' | 'height' | 'ranges'>;
  /** Resolved once the data table is placed: header row, data rows, and the columns (domain first). */
  range?: { header: number; rows: number; columns: number[] };
}

function putHeaderLines(grid: Grid, model: DashboardModel): void {
  grid.set(1, 2, model.title, { bold: true, size: 16, color: COLORS.title });
  grid.set(2, 2, `${model.periodLine} · ${model.generatedLine}`, { color: COLORS.muted, size: 9 });
  if (model.notice) grid.set(3, 2, t(model.lang, 'dash_notice', { text: model.notice }), { color: COLORS.notice, bold: true, size: 9 });
  else grid.set(3, 2, model.summaryLine, { color: COLORS.muted, size: 9 });
}

/** Tiles in rows of five from `start`; returns the next free row. */
function putTiles(grid: Grid, start: number, model: DashboardModel, tiles: DashboardModel['tiles'], ctx: NumberContext, headline: boolean): number {
  const labels = comparisonLabels(comparisonPeriods(model.month, model.fiscalYearStart), model.lang);
  const mainSource = model.headline.tiles[0]?.source;
  const notesOf = (id: string) => (headline && model.headline.notes[id] ? model.headline.notes[id].split(' · ') : []);
  let top = start;
  for (let first = 0; first < tiles.length; first += SLOTS) {
    const band = tiles.slice(first, first + SLOTS);
    const rows = TILE_BASE_ROWS + Math.max(1, ...band.map((tile) => tileLines(tile, ctx, notesOf(tile.id)).length));
    band.forEach((tile, i) => {
      putTile(grid, top, slotColumn(i), tile, ctx, { headline, rows, labels, notes: notesOf(tile.id), mainSource });
    });
    top += rows + 1;
  }
  return top;
}

/** Trend columns the table shows: every data column of the tile grid after the month. */
const TREND_COLUMNS = 2 * SLOTS - 1;

/** The 12-month trend as a table: month, then each trend column (revenue, its target, win rate, ...). */
function trendSpec(model: DashboardModel): TableSpec | null {
  const { months, columns } = model.trend;
  if (columns.length === 0) return null;
  const cols = columns.slice(0, TREND_COLUMNS);
  return {
    headers: [t(model.lang, 'dash_month'), ...cols.map((c) => c.label)],
    units: cols.map((c) => c.unit),
    rows: months.map((m, i) => ({ key: monthName(m, model.lang), cells: cols.map((c) => c.figures[i] as Num) })),
  };
}

/** The whole tab of a dashboard model, as grids and chart specs (pure: no Apps Script). */
export function layoutDashboard(model: DashboardModel): Layout {
  const ctx: NumberContext = { lang: model.lang, currency: model.currency };
  const lang = model.lang;
  const grid = new Grid(CONTENT_COLUMNS);
  const all = dataColumns(SLOTS);
  putHeaderLines(grid, model);
  let row = putTiles(grid, FROZEN_ROWS + 2, model, model.headline.tiles, ctx, true);
  // A line under each headline tile with a trend, for its sparkline (drawn once the trend table is placed).
  const trendShown = new Set(model.trend.columns.slice(0, TREND_COLUMNS).map((c) => c.id));
  const sparks: PendingSparkline[] = model.headline.tiles.length > SLOTS ? [] : model.headline.tiles.map((tile, i) => ({ row: row - 1, left: slotColumn(i), id: tile.id }));
  const tileSparks = sparks.filter((p) => trendShown.has(p.id));
  if (tileSparks.length > 0) {
    // Every tile of the band grows by the line, so they stay aligned.
    for (const p of sparks) grid.style(p.row, p.left, 1, 2, { background: COLORS.headline });
    row += 1;
  }

  // Charts of the first screen, one per slot; their data tables come further down and fill in the ranges.
  const trendIds = model.trend.columns.map((c) => c.id);
  const plans: Record<string, ChartPlan> = {};
  const plan = (id: string, spec: ChartPlan['spec']) => {
    plans[id] = { slot: Object.keys(plans).length, spec };
  };
  if (trendIds.includes('revenue')) plan('revenue', { type: trendIds.includes('revenue_target') ? 'COMBO' : 'COLUMN', title: t(lang, 'dash_chart_revenue') });
  if (trendIds.includes('win_rate')) plan('win_rate', { type: 'LINE', title: t(lang, 'dash_chart_win_rate'), percent: true });
  if (model.funnel.length > 0) plan('funnel', { type: 'BAR', title: t(lang, 'dash_chart_funnel') });
  if (model.pipeline && model.pipeline.stages.length > 0) plan('stages', { type: 'BAR', title: t(lang, 'dash_chart_stages') });
  if (model.reps && model.reps.rows.length > 0) plan('reps', { type: 'BAR', title: t(lang, 'dash_chart_reps') });
  const chartTop = row;
  if (Object.keys(plans).length > 0) row += CHART_ROWS + 1;

  // Charts inside sections go after the first screen's, so the tab lists them top to bottom.
  const later: ChartSpec[] = [];
  for (const section of model.sections) {
    putSection(grid, row, section.title);
    row = putTiles(grid, row + 2, model, section.tiles, ctx, false);
    if (section.id === 'customers' && model.mrrBridge) {
      // The bridge table, its chart beside it over the next two slots.
      const placed = putTable(grid, row, keyedSpec(model.mrrBridge), all, ctx);
      later.push({
        type: 'COLUMN',
        title: t(lang, 'dash_chart_mrr'),
        // The movement rows under the start row: the header is the start line itself (its label names the series).
        ranges: chartRanges(placed.header + 1, placed.rows, placed.columns.slice(0, 2) as number[]),
        anchor: { row: placed.header, column: slotColumn(1) },
        width: 2 * (2 * CELL_WIDTH + GUTTER_WIDTH) - 6,
        height: BRIDGE_HEIGHT,
      });
      row = Math.max(placed.next, placed.header + Math.ceil(BRIDGE_HEIGHT / ROW_HEIGHT) + 1);
    }
    if (section.id === 'pipeline') {
      const stages = stageSpec(model, lang);
      if (stages) {
        const placed = putTable(grid, row, stages, all, ctx);
        if (plans.stages) plans.stages.range = { header: placed.header, rows: placed.rows, columns: placed.columns.slice(0, 3) as number[] };
        row = placed.next;
      }
    }
  }

  // Trend, funnel, reps and other tables: the charts' data.
  const trend = trendSpec(model);
  if (trend) {
    putSection(grid, row, t(lang, 'dash_section_trend'));
    const placed = putTable(grid, row + 2, trend, all, ctx);
    const col = (id: string) => placed.columns[1 + model.trend.columns.findIndex((c) => c.id === id)];
    if (plans.revenue) {
      const series = trendIds.includes('revenue_target') ? [col('revenue'), col('revenue_target')] : [col('revenue')];
      plans.revenue.range = { header: placed.header, rows: placed.rows, columns: [placed.columns[0], ...series] };
    }
    if (plans.win_rate) plans.win_rate.range = { header: placed.header, rows: placed.rows, columns: [placed.columns[0], col('win_rate')] };
    const boxes = trendBoxes(model, placed);
    putTrendSparklines(grid, placed.next - 1, placed, boxes, lang);
    putTileSparklines(grid, tileSparks, boxes, lang);
    row = placed.next + 1;
  }
  const side: [string, TableSpec | null][] = [
    ['funnel', funnelSpec(model, lang)],
    [t(lang, 'dash_section_lost'), model.lostReasons ? keyedSpec(model.lostReasons) : null],
  ];
  const pairs = side.filter((s): s is [string, TableSpec] => s[1] !== null);
  if (pairs.length > 0) {
    putSection(grid, row, pairs.map(([name]) => (name === 'funnel' ? t(lang, 'dash_section_funnel') : name)).join(' · '));
    let next = row + 2;
    pairs.forEach(([name, spec], i) => {
      const placed: Placed = putTable(grid, row + 2, spec, all.slice(i * 4), ctx);
      if (name === 'funnel' && plans.funnel) plans.funnel.range = { header: placed.header, rows: placed.rows, columns: placed.columns.slice(0, 2) as number[] };
      next = Math.max(next, placed.next);
    });
    row = next;
  }
  if (model.reps) {
    putSection(grid, row, t(lang, 'dash_section_reps'));
    const placed = putTable(grid, row + 2, keyedSpec(model.reps), all, ctx);
    if (plans.reps) plans.reps.range = { header: placed.header, rows: placed.rows, columns: placed.columns.slice(0, 2) as number[] };
    row = placed.next;
  }
  if (model.channels) {
    putSection(grid, row, t(lang, 'dash_section_channels'));
    row = putTable(grid, row + 2, keyedSpec(model.channels), all, ctx).next;
  }
  for (const related of model.related) {
    putSection(grid, row, related.title);
    row = putTable(grid, row + 2, keyedSpec(related.table), all, ctx).next;
  }
  if (model.locked.length > 0) {
    const items = model.locked.map((l) => t(lang, 'dash_locked_item', { kpi: l.label, unlock: l.unlock })).join(' · ');
    grid.set(row, 2, t(lang, 'dash_locked', { items }), { color: COLORS.muted, size: 9 });
    row += 2;
  }
  grid.set(row, 2, model.sourcesLine, { color: COLORS.muted, size: 9 });
  grid.set(row + 1, 2, t(lang, 'dash_readonly_note'), { color: COLORS.muted, size: 9 });
  putQuality(grid, row + 3, model, ctx, all);

  for (const p of Object.values(plans)) {
    if (!p.range || p.range.rows === 0) continue;
    grid.charts.push({
      ...p.spec,
      ranges: chartRanges(p.range.header, p.range.rows + 1, p.range.columns),
      anchor: { row: chartTop, column: slotColumn(p.slot) },
      width: 2 * CELL_WIDTH + GUTTER_WIDTH - 6,
      height: CHART_HEIGHT,
    });
  }
  grid.charts.push(...later);
  return grid.layout(columnWidths(), FROZEN_ROWS);
}
