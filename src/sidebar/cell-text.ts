// Turns raw sheet cells (strings, numbers, booleans, Dates from any realm) into plain display text for the page.

import { isDateObject } from '../model/is-date';
import { dayKey } from '../model/days';
import { dayOfInstantIn } from '../model/timezone';

/** A function rendering one cell as text; Dates become `YYYY-MM-DD` in the spreadsheet's time zone. */
export function cellText(timeZone: string): (v: unknown) => string {
  const dayOf = dayOfInstantIn(timeZone);
  return (v) => {
    if (v === null || v === undefined) return '';
    if (isDateObject(v)) {
      const ms = v.getTime();
      return Number.isNaN(ms) ? '' : dayKey(dayOf(ms));
    }
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
    return String(v);
  };
}

/** The first `count` rows of `values`, every cell as text, trailing empty cells kept so columns line up. */
export function rowsAsText(values: readonly (readonly unknown[])[], count: number, timeZone: string): string[][] {
  const text = cellText(timeZone);
  return values.slice(0, count).map((row) => row.map(text));
}
