// Dashboard colours and the helpers that write numbers (or `—` when there is no value) with their format.

import { t } from '../i18n';
import type { Better, Unit } from '../kpi/types';
import type { Lang } from '../model/settings';
import { unitFormat } from './formats';
import type { Grid, Style } from './grid';
import type { Figure, Num } from './model-types';

export const COLORS = {
  title: '#1a237e',
  section: '#1a73e8',
  sectionText: '#ffffff',
  header: '#e8eaed',
  tile: '#f1f3f4',
  muted: '#5f6368',
  good: '#137333',
  goodBackground: '#e6f4ea',
  bad: '#c5221f',
  badBackground: '#fce8e6',
} as const;

export type Tone = 'good' | 'bad' | 'neutral';

/** Whether a change is good news given which direction is better for the KPI. */
export function changeTone(change: number | null, better: Better): Tone {
  if (change === null || change === 0 || better === 'neutral') return 'neutral';
  return (change > 0) === (better === 'up') ? 'good' : 'bad';
}

/** Whether an attainment (actual ÷ target) is on target: ≥ 100 % when up is better, ≤ 100 % when down is. */
export function attainmentTone(attainment: number | null, better: Better): Tone {
  if (attainment === null || better === 'neutral') return 'neutral';
  const ok = better === 'up' ? attainment >= 1 : attainment <= 1;
  return ok ? 'good' : 'bad';
}

export function toneStyle(tone: Tone): Style {
  if (tone === 'good') return { color: COLORS.good, background: COLORS.goodBackground };
  if (tone === 'bad') return { color: COLORS.bad, background: COLORS.badBackground };
  return { color: COLORS.muted };
}

/** Formats and language for numbers. */
export interface NumberContext {
  readonly lang: Lang;
  readonly currency: string;
}

/** Writes a number with its unit's format, or `—` (centred) when there is none; records engine figures. */
export function putNumber(grid: Grid, row: number, column: number, num: Num | null, format: string, ctx: NumberContext, style: Style = {}): void {
  if (!num || num.value === null) {
    grid.set(row, column, t(ctx.lang, 'dash_no_value'), { ...style, align: 'center', color: style.color ?? COLORS.muted });
  } else {
    grid.set(row, column, num.value, { align: 'right', ...style, format });
  }
  if (num && 'kpiId' in num) grid.place(row, column, num as Figure);
}

/** Writes a number with the format of its unit. */
export function putUnit(grid: Grid, row: number, column: number, num: Num | null, unit: Unit, ctx: NumberContext, style: Style = {}): void {
  putNumber(grid, row, column, num, unitFormat(unit, ctx.lang, ctx.currency), ctx, style);
}

/** A section title: a full-width coloured band (the title overflows into the empty cells: no merge needed). */
export function putSection(grid: Grid, row: number, title: string): void {
  grid.set(row, 1, title, { bold: true, size: 12, color: COLORS.sectionText, background: COLORS.section });
  grid.style(row, 1, 1, grid.columns, { background: COLORS.section });
}

/** A table header row. */
export function putHeader(grid: Grid, row: number, labels: readonly string[]): void {
  labels.forEach((label, i) => {
    grid.set(row, i + 1, label, { bold: true, background: COLORS.header, align: i === 0 ? 'left' : 'right' });
  });
}
