// Period arithmetic the KPIs need: length in months, the period just before, trailing twelve months.

import { civilFromDay, dayFromCivil, monthKey, monthOfDay } from '../model/days';
import type { Period } from './types';

const DAYS_PER_MONTH = 365.2425 / 12;

function isFirstOfMonth(day: number): boolean {
  return civilFromDay(day).day === 1;
}

/** Whether the period starts and ends on the first day of a month (a month, quarter, year...). */
export function isMonthAligned(p: Period): boolean {
  return isFirstOfMonth(p.start) && isFirstOfMonth(p.end) && p.end > p.start;
}

/** Length of the period in months (whole months when aligned, else days ÷ 30.44). */
export function periodMonths(p: Period): number {
  if (isMonthAligned(p)) return monthOfDay(p.end) - monthOfDay(p.start);
  return (p.end - p.start) / DAYS_PER_MONTH;
}

function shiftMonths(day: number, months: number): number {
  const m = monthOfDay(day) + months;
  return dayFromCivil(Math.floor(m / 12), (m % 12) + 1, 1);
}

/** The period of the same length just before `p` (same number of months when `p` is month-aligned). */
export function priorPeriod(p: Period): Period {
  if (isMonthAligned(p)) {
    const n = monthOfDay(p.end) - monthOfDay(p.start);
    const start = shiftMonths(p.start, -n);
    return { key: n === 1 ? monthKey(monthOfDay(start)) : `${p.key}-1`, start, end: p.start };
  }
  return { key: `${p.key}-1`, start: p.start - (p.end - p.start), end: p.start };
}

/** The twelve months ending at `p.end` (365 days when `p` is not month-aligned). */
export function trailingYear(p: Period): Period {
  const start = isFirstOfMonth(p.end) ? shiftMonths(p.end, -12) : p.end - 365;
  return { key: `${p.key}-ttm`, start, end: p.end };
}
