// Lays out the dashboard's tables: conversion funnel, keyed tables (reasons, reps, sources) and data quality.

import { t } from '../i18n';
import { COUNT_FORMAT, SHARE_FORMAT } from './formats';
import type { Grid } from './grid';
import { COLORS, type NumberContext, putHeader, putNumber, putSection, putUnit } from './layout-style';
import { ratio } from './model-calc';
import type { DashboardModel, KeyedTable } from './model-types';

/** Leads → qualified → opportunities → won, each with its ratio to the stage before. Returns the next free row. */
export function putFunnel(grid: Grid, start: number, model: DashboardModel, ctx: NumberContext): number {
  if (model.funnel.length === 0) return start;
  putSection(grid, start, t(ctx.lang, 'dash_section_funnel'));
  putHeader(grid, start + 1, [t(ctx.lang, 'dash_funnel_stage'), t(ctx.lang, 'dash_funnel_count'), t(ctx.lang, 'dash_funnel_from_previous')]);
  model.funnel.forEach((stage, i) => {
    const row = start + 2 + i;
    grid.set(row, 1, stage.label);
    putNumber(grid, row, 2, stage.figure, COUNT_FORMAT, ctx);
    if (i > 0) {
      const rate = ratio(stage.figure.value, model.funnel[i - 1].figure.value);
      putNumber(grid, row, 3, { value: rate, unit: 'rate' }, SHARE_FORMAT, ctx);
    }
  });
  return start + model.funnel.length + 3;
}

/** A table with one row per key; `—` where a KPI has no value; a last line when keys were left out. */
export function putKeyedTable(grid: Grid, start: number, title: string, table: KeyedTable | null, ctx: NumberContext): number {
  if (!table) return start;
  putSection(grid, start, title);
  putHeader(grid, start + 1, table.headers.slice(0, grid.columns));
  let row = start + 2;
  if (table.rows.length === 0) {
    grid.set(row, 1, t(ctx.lang, 'dash_no_rows'), { color: COLORS.muted });
    row++;
  }
  for (const line of table.rows) {
    grid.set(row, 1, line.key);
    line.cells.slice(0, grid.columns - 1).forEach((cell, j) => {
      putUnit(grid, row, j + 2, cell, table.units[j] ?? cell.unit, ctx);
    });
    row++;
  }
  if (table.more > 0) {
    grid.set(row, 1, t(ctx.lang, 'dash_more_rows', { count: table.more }), { color: COLORS.muted });
    row++;
  }
  return row + 1;
}

/** Rows read, usable, blank and left out per table, then one line per issue met. */
export function putQuality(grid: Grid, start: number, model: DashboardModel, ctx: NumberContext): number {
  const { tables, lines } = model.quality;
  putSection(grid, start, t(ctx.lang, 'dash_section_quality'));
  putHeader(grid, start + 1, [
    t(ctx.lang, 'dash_quality_table'),
    t(ctx.lang, 'dash_quality_sheet'),
    t(ctx.lang, 'dash_quality_read'),
    t(ctx.lang, 'dash_quality_kept'),
    t(ctx.lang, 'dash_quality_blank'),
    t(ctx.lang, 'dash_quality_flagged'),
  ]);
  let row = start + 2;
  for (const q of tables) {
    grid.set(row, 1, q.entity);
    grid.set(row, 2, q.sheet, { align: 'right' });
    [q.read, q.kept, q.blank, q.leftOut].forEach((n, j) => {
      grid.set(row, 3 + j, n, { format: COUNT_FORMAT, align: 'right' });
    });
    row++;
  }
  row++;
  grid.set(row, 1, t(ctx.lang, 'dash_quality_issues'), { bold: true });
  row++;
  if (lines.length === 0) {
    grid.set(row, 1, t(ctx.lang, 'dash_quality_none'), { color: COLORS.muted });
    row++;
  }
  for (const line of lines) {
    grid.set(row, 1, line);
    row++;
  }
  return row;
}
