// Dashboard colours, change formats with arrows, and the helpers that write numbers (or `—`) with their format.

import { t } from '../i18n';
import type { Unit } from '../kpi/types';
import type { Lang } from '../model/settings';
import type { ChangeKind, Tone } from './comparisons';
import { durationFormat, shownDuration } from './duration';
import { unitFormat } from './formats';
import type { Grid, Style } from './grid';
import type { Figure, Num } from './model-types';

export { attainmentTone, type Tone } from './comparisons';

export const COLORS = {
  title: '#1f3864',
  text: '#202124',
  section: '#1f3864',
  sectionText: '#ffffff',
  header: '#e8eaed',
  tile: '#f4f6f9',
  headline: '#e8f0fe',
  muted: '#5f6368',
  good: '#137333',
  goodBackground: '#e6f4ea',
  bad: '#b3261e',
  badBackground: '#fce8e6',
  notice: '#b3261e',
} as const;

/** A change with its arrow in the number format: `▲ +1.6 pt`, `▼ −12.3%` (the locale picks the decimal mark). */
export function changeFormat(kind: ChangeKind): string {
  return kind === 'pt' ? '"▲ +"0.0" pt";"▼ −"0.0" pt";"▶ "0.0" pt"' : '"▲ +"0.0%;"▼ −"0.0%;"▶ "0.0%';
}

/** Font colour of a tone: green, red, or the muted grey of the neutral band. */
export function toneStyle(tone: Tone): Style {
  if (tone === 'good') return { color: COLORS.good };
  if (tone === 'bad') return { color: COLORS.bad };
  return { color: COLORS.muted };
}

/** A chip: coloured text on a light background (attainment). */
export function chipStyle(tone: Tone): Style {
  if (tone === 'good') return { color: COLORS.good, background: COLORS.goodBackground };
  if (tone === 'bad') return { color: COLORS.bad, background: COLORS.badBackground };
  return { color: COLORS.muted };
}

/** Formats and language for numbers. */
export interface NumberContext {
  readonly lang: Lang;
  readonly currency: string;
}

/** The number a cell holds for `num`: its value, except hours from 48 h, written in days (`shownDuration`). */
export function cellNumber(num: Num): number | null {
  return num.value !== null && num.unit === 'hours' ? shownDuration(num.value).value : num.value;
}

/**
 * Writes a number with its format, or `—` (right-aligned, muted) when there is none; records engine figures.
 * Hours are written as shown, in hours or days, with the format of their own value (`2.7 days`).
 */
export function putNumber(grid: Grid, row: number, column: number, num: Num | null, format: string, ctx: NumberContext, style: Style = {}): void {
  if (!num || num.value === null) {
    grid.set(row, column, t(ctx.lang, 'dash_no_value'), { align: 'right', ...style, color: COLORS.muted });
  } else if (num.unit === 'hours') {
    grid.set(row, column, cellNumber(num)!, { align: 'right', ...style, format: durationFormat(num.value, ctx.lang) });
  } else {
    grid.set(row, column, num.value, { align: 'right', ...style, format });
  }
  if (num && 'kpiId' in num) grid.place(row, column, num as Figure);
}

/** Writes a number with the format of its unit. */
export function putUnit(grid: Grid, row: number, column: number, num: Num | null, unit: Unit, ctx: NumberContext, style: Style = {}): void {
  putNumber(grid, row, column, num, unitFormat(unit, ctx.lang, ctx.currency), ctx, style);
}

/** A section title: a coloured band across the content columns (text overflows into the empty cells: no merge). */
export function putSection(grid: Grid, row: number, title: string, from = 2, to = grid.columns - 1): void {
  grid.style(row, from, 1, to - from + 1, { background: COLORS.section });
  grid.set(row, from, title, { bold: true, size: 11, color: COLORS.sectionText, background: COLORS.section });
}
