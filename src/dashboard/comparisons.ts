// Changes between a value and its comparison: points for rates, relative % for amounts and counts, tone and arrow.

import type { Better, Unit } from '../kpi/types';

/** `pt`: a difference of rates in points (1.6 = +1.6 pt); `%`: a relative change as a fraction (0.125 = +12.5 %). */
export type ChangeKind = 'pt' | '%';
export type Tone = 'good' | 'bad' | 'neutral';

export interface Change {
  /** null when either value is missing, or (kind `%`) when the base is 0 or negative. */
  readonly value: number | null;
  readonly kind: ChangeKind;
  readonly tone: Tone;
  /** ▲ up, ▼ down, ▶ unchanged, '' when there is no change to show: colour is never the only signal. */
  readonly arrow: '▲' | '▼' | '▶' | '';
}

/** Moves smaller than this share of the base are shown without colour. */
export const NEUTRAL_BAND = 0.02;

export function changeKind(unit: Unit): ChangeKind {
  return unit === 'rate' ? 'pt' : '%';
}

/** The change from `base` to `value` for a KPI of `unit` whose better direction is `better`. */
export function changeOf(value: number | null, base: number | null, unit: Unit, better: Better): Change {
  const kind = changeKind(unit);
  if (value === null || base === null || !Number.isFinite(value) || !Number.isFinite(base)) return { value: null, kind, tone: 'neutral', arrow: '' };
  if (kind === '%' && base <= 0) return { value: null, kind, tone: 'neutral', arrow: '' };
  const diff = value - base;
  const change = kind === 'pt' ? Math.round(diff * 1e6) / 1e4 : diff / base;
  const relative = base !== 0 ? Math.abs(diff / base) : diff === 0 ? 0 : Number.POSITIVE_INFINITY;
  const arrow = diff > 0 ? '▲' : diff < 0 ? '▼' : '▶';
  if (relative < NEUTRAL_BAND || better === 'neutral') return { value: change, kind, tone: 'neutral', arrow };
  return { value: change, kind, tone: (diff > 0) === (better === 'up') ? 'good' : 'bad', arrow };
}

/** Whether an attainment (actual ÷ target) is on target: ≥ 100 % when up is better, ≤ 100 % when down is. */
export function attainmentTone(attainment: number | null, better: Better): Tone {
  if (attainment === null || better === 'neutral') return 'neutral';
  return (better === 'up' ? attainment >= 1 : attainment <= 1) ? 'good' : 'bad';
}
