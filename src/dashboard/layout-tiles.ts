// Lays out KPI tiles: label, value with its attainment, four comparison lines with coloured arrows, target or folds.

import { t } from '../i18n';
import { civilFromDay } from '../model/days';
import type { Lang } from '../model/settings';
import { monthName, unitFormat } from './formats';
import type { Grid } from './grid';
import { changeFormat, chipStyle, COLORS, type NumberContext, putNumber, toneStyle } from './layout-style';
import { COMPARISON_KEYS, type ComparisonKey, type Tile } from './model-tiles';
import type { ComparisonPeriods } from './periods';
import { formatValue } from './text-format';

/** Rows of a tile before its extra lines: label, value, four comparisons. */
export const TILE_BASE_ROWS = 6;

/** Extra lines under a tile: its target, the KPIs folded into it, notes (the pipeline's coverage). */
export function tileLines(tile: Tile, ctx: NumberContext, notes: readonly string[] = []): string[] {
  const lines: string[] = [];
  if (tile.target) lines.push(t(ctx.lang, 'dash_target_line', { target: formatValue(tile.target.value, tile.unit, ctx.lang, ctx.currency) }));
  for (const f of tile.folded) lines.push(`${f.label} ${f.text}`);
  return [...lines, ...notes];
}

/** Short labels of the comparisons: `sept.`, `oct. 2025`, `T4 à date`, `Exercice à date` / `Sep`, `Oct 2025`, `Q4 to date`. */
export function comparisonLabels(p: ComparisonPeriods, lang: Lang): Record<ComparisonKey, string> {
  const short = (day: number, withYear: boolean) => {
    const { year, month } = civilFromDay(day);
    const name = monthName(year * 12 + month - 1, lang).split(' ')[0];
    const cut = name.length > 4 ? `${name.slice(0, name.startsWith('juil') ? 5 : name.startsWith('sept') ? 4 : 3)}.` : name;
    const word = lang === 'en' ? cut.replace('.', '') : cut;
    return withYear ? `${word} ${year}` : word;
  };
  return {
    previous: short(p.previous.start, civilFromDay(p.previous.start).year !== civilFromDay(p.month.start).year),
    lastYear: short(p.lastYear.start, true),
    qtd: t(lang, 'dash_cmp_qtd', { q: p.quarterNumber }),
    ytd: t(lang, 'dash_cmp_ytd'),
  };
}

export interface TileOptions {
  readonly headline: boolean;
  /** Rows of every tile of the band (the same for all, so tiles line up). */
  readonly rows: number;
  readonly labels: Record<ComparisonKey, string>;
  /** Extra lines under the tile (the pipeline's coverage), at most two. */
  readonly notes?: readonly string[];
  /** The table most tiles come from: a tile from another one says which. */
  readonly mainSource?: string;
}

/** Writes a tile with its top-left cell at (top, left), two columns wide. */
export function putTile(grid: Grid, top: number, left: number, tile: Tile, ctx: NumberContext, options: TileOptions): void {
  const rows = options.rows;
  const background = options.headline ? COLORS.headline : COLORS.tile;
  const format = unitFormat(tile.unit, ctx.lang, ctx.currency);
  grid.style(top, left, rows, 2, { background });
  grid.set(top, left, tile.label, { bold: true, color: COLORS.title, background, size: options.headline ? 11 : 10 });
  putNumber(grid, top + 1, left, tile.value, format, ctx, { bold: true, size: options.headline ? 18 : 15, align: 'left', background, color: COLORS.text });
  if (tile.target) {
    putNumber(grid, top + 1, left + 1, { value: tile.attainment, unit: 'rate' }, '0%', ctx, { bold: true, background, ...chipStyle(tile.attainmentTone) });
  }
  COMPARISON_KEYS.forEach((key, i) => {
    const c = tile.comparisons[key];
    const row = top + 2 + i;
    const shown = key === 'previous' || key === 'lastYear' ? c.base : c.value;
    const text = `${options.labels[key]}  ${formatValue(shown.value, tile.unit, ctx.lang, ctx.currency)}`;
    grid.set(row, left, text, { color: COLORS.muted, background, size: 9 });
    const style = { background, size: 9, ...toneStyle(c.change.tone) };
    putNumber(grid, row, left + 1, { value: c.change.value === null ? null : c.change.kind === 'pt' ? c.change.value : c.change.value, unit: 'rate' }, changeFormat(c.change.kind), ctx, style);
  });
  tileLines(tile, ctx, options.notes).slice(0, rows - TILE_BASE_ROWS).forEach((line, i) => {
    grid.set(top + TILE_BASE_ROWS + i, left, line, { color: COLORS.muted, background, size: 9 });
  });
  // The source table beside the value (never beside the label, which may need both columns).
  if (!tile.target && options.mainSource && tile.source && tile.source !== options.mainSource) {
    grid.set(top + 1, left + 1, tile.source, { color: COLORS.muted, background, size: 8, align: 'right', italic: true });
  }
}
