// Elapsed business hours between two local date-times: on the working days, within the working hours of the settings.

import { WORKING_DAYS } from '../model/settings';

const DAYS_PER_WEEK = 7;

/** ISO weekday of a day number, 1 (Monday) … 7 (Sunday); day 0 (1970-01-01) was a Thursday. */
function isoWeekday(day: number): number {
  return ((((day + 3) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK) + 1;
}

/** Hours of [from, to) that fall within a working day's window on `day`. */
function hoursOn(day: number, from: number, to: number, open: number, close: number, workdays: ReadonlySet<number>): number {
  if (!workdays.has(isoWeekday(day))) return 0;
  const a = Math.max(from, day + open / 24);
  const b = Math.min(to, day + close / 24);
  return b > a ? (b - a) * 24 : 0;
}

/**
 * Business hours from `from` to `to` (local date-times as fractional day numbers), counting the working `days` (ISO
 * weekdays, Monday to Friday unless given) between `open` and `close` o'clock; 0 when `to` is not after `from`.
 * Whole weeks in between are counted at once.
 */
export function businessHoursBetween(from: number, to: number, open: number, close: number, days: readonly number[] = WORKING_DAYS): number {
  if (!(to > from) || !(close > open)) return 0;
  const workdays = new Set(days);
  const first = Math.floor(from);
  const last = Math.floor(to);
  if (first === last) return hoursOn(first, from, to, open, close, workdays);
  let hours = hoursOn(first, from, to, open, close, workdays) + hoursOn(last, from, to, open, close, workdays);
  // The whole days in between: full weeks at once, then the remaining days one by one (at most six).
  const inner = last - first - 1;
  const weeks = Math.floor(inner / DAYS_PER_WEEK);
  hours += weeks * workdays.size * (close - open);
  for (let day = first + 1 + weeks * DAYS_PER_WEEK; day < last; day++) if (workdays.has(isoWeekday(day))) hours += close - open;
  return hours;
}
