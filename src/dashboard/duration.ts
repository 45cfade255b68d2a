// An elapsed time kept in hours, as people read it: hours below 48 h, days (÷ 24) from 48 h, one decimal, plural words.

import { t } from '../i18n';
import type { Lang } from '../model/settings';
import { pluralForm } from './plural';

/** From this many hours (as shown, one decimal) a time is shown in days. */
export const DAYS_FROM_HOURS = 48;

export interface ShownDuration {
  /** The number shown: hours, or days when `unit` is `days`. */
  readonly value: number;
  readonly unit: 'hours' | 'days';
}

/** `hours` in the unit a person reads: 5.5 → 5.5 hours, 65 → 2.7 days (47.96, shown 48.0, is already 2.0 days). */
export function shownDuration(hours: number): ShownDuration {
  return Math.round(hours * 10) / 10 < DAYS_FROM_HOURS ? { value: hours, unit: 'hours' } : { value: hours / 24, unit: 'days' };
}

/** `heure` / `heures`, `hours` / `days`: the word for the shown number with one decimal (CLDR: `1.0 hours`, `1,5 heure`). */
export function durationWord(shown: ShownDuration, lang: Lang): string {
  return t(lang, `dash_duration_${shown.unit}_${pluralForm(lang, shown.value, 1)}`);
}

/** The Sheets number format of a cell holding `hours` once shown (`0.0 "heures"`, `0.0 "days"`): the word is per value. */
export function durationFormat(hours: number, lang: Lang): string {
  return `0.0 "${durationWord(shownDuration(hours), lang)}"`;
}
