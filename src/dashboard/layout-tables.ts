// Lays out the dashboard's tables on the tile grid's columns: trend, funnel, stages, reps, reasons, channels, quality.

import { t } from '../i18n';
import type { Unit } from '../kpi/types';
import { attainmentTone } from './comparisons';
import { COUNT_FORMAT, SHARE_FORMAT } from './formats';
import type { Grid } from './grid';
import { chipStyle, COLORS, type NumberContext, putNumber, putSection, putUnit } from './layout-style';
import { ratio } from './model-calc';
import type { BreakdownLine, DashboardModel, KeyedTable, Num } from './model-types';

/** Grid columns that hold table cells: both columns of each tile slot, never the gutters. */
export function dataColumns(slots: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < slots; k++) out.push(2 + 3 * k, 3 + 3 * k);
  return out;
}

export interface TableSpec {
  readonly headers: readonly string[];
  readonly units: readonly Unit[];
  readonly rows: readonly BreakdownLine[];
  readonly total?: BreakdownLine;
  readonly attainmentColumn?: number;
  readonly more?: number;
}

/** Where a table landed: its header row, first data row, row count, and the grid column of each table column. */
export interface Placed {
  readonly header: number;
  readonly rows: number;
  readonly columns: readonly number[];
  /** Next free row (after a blank line). */
  readonly next: number;
}

/** Writes a table from `start` using `columns` (grid columns, key first); the header band covers the gutters too. */
export function putTable(grid: Grid, start: number, spec: TableSpec, columns: readonly number[], ctx: NumberContext): Placed {
  const used = columns.slice(0, spec.headers.length);
  const first = used[0];
  const last = used[used.length - 1];
  grid.style(start, first, 1, last - first + 1, { background: COLORS.header });
  spec.headers.forEach((label, i) => {
    grid.set(start, used[i], label, { bold: true, background: COLORS.header, align: i === 0 ? 'left' : 'right', size: 9 });
  });
  let row = start + 1;
  const line = (l: BreakdownLine, bold: boolean) => {
    grid.set(row, first, l.key, { bold });
    l.cells.slice(0, used.length - 1).forEach((cell, j) => {
      const tone = j === spec.attainmentColumn && cell.value !== null ? chipStyle(attainmentTone(cell.value, 'up')) : {};
      putUnit(grid, row, used[j + 1], cell, spec.units[j] ?? cell.unit, ctx, { bold, ...tone });
    });
    row++;
  };
  if (spec.rows.length === 0) {
    grid.set(row, first, t(ctx.lang, 'dash_no_rows'), { color: COLORS.muted });
    row++;
  }
  for (const l of spec.rows) line(l, false);
  const dataRows = row - start - 1;
  if (spec.more && spec.more > 0) {
    grid.set(row, first, t(ctx.lang, 'dash_more_rows', { count: spec.more }), { color: COLORS.muted });
    row++;
  }
  if (spec.total) {
    grid.style(row, first, 1, last - first + 1, { background: COLORS.tile });
    line(spec.total, true);
    for (const c of used) grid.style(row - 1, c, 1, 1, { background: COLORS.tile });
  }
  return { header: start, rows: dataRows, columns: used, next: row + 1 };
}

/** A keyed table from the model as a table spec. */
export function keyedSpec(table: KeyedTable): TableSpec {
  return { headers: table.headers, units: table.units, rows: table.rows, total: table.total, attainmentColumn: table.attainmentColumn, more: table.more };
}

/** Leads → qualified → opportunities → won, with each stage's ratio to the one before. */
export function funnelSpec(model: DashboardModel, lang: DashboardModel['lang']): TableSpec | null {
  if (model.funnel.length === 0) return null;
  const rows = model.funnel.map((stage, i) => {
    const rate: Num = { value: i > 0 ? ratio(stage.figure.value, model.funnel[i - 1].figure.value) : null, unit: 'rate' };
    return { key: stage.label, cells: [stage.figure, rate] };
  });
  return { headers: [t(lang, 'dash_funnel_stage'), t(lang, 'dash_funnel_count'), t(lang, 'dash_funnel_from_previous')], units: ['count', 'rate'], rows };
}

/** Open deals at the end of the month by stage: open amount, weighted amount, count. */
export function stageSpec(model: DashboardModel, lang: DashboardModel['lang']): TableSpec | null {
  const p = model.pipeline;
  if (!p || p.stages.length === 0) return null;
  return {
    headers: [t(lang, 'dash_stage'), t(lang, 'dash_stage_open'), t(lang, 'dash_stage_weighted'), t(lang, 'dash_stage_deals')],
    units: ['currency', 'currency', 'count'],
    rows: p.stages.map((s) => ({ key: s.stage, cells: [s.amount, s.weighted, s.count] })),
  };
}

/** Rows read, usable, blank and left out per table, then one line per issue met. */
export function putQuality(grid: Grid, start: number, model: DashboardModel, ctx: NumberContext, columns: readonly number[]): number {
  const { tables, lines } = model.quality;
  putSection(grid, start, t(ctx.lang, 'dash_section_quality'));
  const spec: TableSpec = {
    headers: [
      t(ctx.lang, 'dash_quality_table'),
      t(ctx.lang, 'dash_quality_sheet'),
      t(ctx.lang, 'dash_quality_read'),
      t(ctx.lang, 'dash_quality_kept'),
      t(ctx.lang, 'dash_quality_blank'),
      t(ctx.lang, 'dash_quality_flagged'),
    ],
    units: [],
    rows: [],
  };
  const placed = putTable(grid, start + 2, { ...spec, rows: [] }, columns, ctx);
  // putTable wrote "no rows": overwrite from the first data row with the per-table counts.
  let row = placed.header + 1;
  for (const q of tables) {
    grid.set(row, placed.columns[0], q.entity);
    grid.set(row, placed.columns[1], q.sheet, { align: 'right' });
    [q.read, q.kept, q.blank, q.leftOut].forEach((n, j) => {
      putNumber(grid, row, placed.columns[2 + j], { value: n, unit: 'count' }, COUNT_FORMAT, ctx);
    });
    row++;
  }
  row++;
  grid.set(row, columns[0], t(ctx.lang, 'dash_quality_issues'), { bold: true });
  row++;
  if (lines.length === 0) {
    grid.set(row, columns[0], t(ctx.lang, 'dash_quality_none'), { color: COLORS.muted });
    row++;
  }
  for (const line of lines) {
    grid.set(row, columns[0], line, { size: 9 });
    row++;
  }
  return row;
}

export { SHARE_FORMAT };
