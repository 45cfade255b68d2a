// Elapsed business hours between two local date-times: Monday to Friday, within the working hours of the settings.

const DAYS_PER_WEEK = 7;

/** 1 (Monday) … 5 (Friday) for working days; day 0 (1970-01-01) was a Thursday. */
function isWorkday(day: number): boolean {
  const weekday = (((day + 4) % DAYS_PER_WEEK) + DAYS_PER_WEEK) % DAYS_PER_WEEK; // 0 = Sunday
  return weekday >= 1 && weekday <= 5;
}

/** Hours of [from, to) that fall within a working day's window on `day`. */
function hoursOn(day: number, from: number, to: number, open: number, close: number): number {
  if (!isWorkday(day)) return 0;
  const a = Math.max(from, day + open / 24);
  const b = Math.min(to, day + close / 24);
  return b > a ? (b - a) * 24 : 0;
}

/**
 * Business hours from `from` to `to` (local date-times as fractional day numbers), counting Monday to Friday between
 * `open` and `close` o'clock; 0 when `to` is not after `from`. Whole weeks in between are counted at once.
 */
export function businessHoursBetween(from: number, to: number, open: number, close: number): number {
  if (!(to > from) || !(close > open)) return 0;
  const first = Math.floor(from);
  const last = Math.floor(to);
  if (first === last) return hoursOn(first, from, to, open, close);
  let hours = hoursOn(first, from, to, open, close) + hoursOn(last, from, to, open, close);
  // The whole days in between: full weeks at once, then the remaining days one by one (at most six).
  const inner = last - first - 1;
  const weeks = Math.floor(inner / DAYS_PER_WEEK);
  hours += weeks * 5 * (close - open);
  for (let day = first + 1 + weeks * DAYS_PER_WEEK; day < last; day++) if (isWorkday(day)) hours += close - open;
  return hours;
}
