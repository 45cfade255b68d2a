// Reads a period argument (month, quarter, fiscal year, date, or start and end dates) and steps between periods.

import { UserError } from '../i18n';
import type { Period } from '../kpi/types';
import { localeDateOrder, monthFromName, parseDate } from './coerce-date';
import { isDateObject } from './is-date';
import { dayKey, firstDayOfMonth, type MonthIndex, monthKey, monthOfDay } from './days';
import { normalizeText } from './normalize';
import type { Settings } from './settings';
import { shownText } from './shown-text';
import { dayOfInstantIn } from './timezone';

type Span = Period & { readonly single: boolean };

/** Years a period, a dashboard month or `npm start --month` may name (9999-01 and 0000-01 are typing mistakes). */
export const FIRST_PERIOD_YEAR = 1900;
export const LAST_PERIOD_YEAR = 2999;

export function isPeriodYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_PERIOD_YEAR && year <= LAST_PERIOD_YEAR;
}

const MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_FIRST = /^(\d{1,2})[-/.](\d{4})$/;
const QUARTER = /^(\d{4})\s*[-/ ]?\s*[QT]([1-4])$/i;
const QUARTER_FIRST = /^[QT]([1-4])\s*[-/ ]?\s*(\d{4})$/i;
const YEAR = /^(?:FY|EX|AF)?\s*(\d{4})$/i;
const QUARTER_KEY = /^(\d{4})-Q([1-4])$/;
const YEAR_KEY = /^\d{4}$/;
const MONTH_KEY = /^\d{4}-\d{2}$/;

/** The period of one calendar month, keyed `YYYY-MM`. */
export function monthPeriod(month: MonthIndex): Period {
  return { key: monthKey(month), start: firstDayOfMonth(month), end: firstDayOfMonth(month + 1) };
}

function monthsSpan(key: string, firstMonth: MonthIndex, months: number): Span {
  return { key, start: firstDayOfMonth(firstMonth), end: firstDayOfMonth(firstMonth + months), single: false };
}

function quarterSpan(year: number, quarter: number, settings: Settings): Span {
  return monthsSpan(`${year}-Q${quarter}`, year * 12 + settings.fiscalYearStart - 1 + (quarter - 1) * 3, 3);
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/** A month, quarter or fiscal year as written, or a single day (`single`), or null when unreadable. */
function readSpan(arg: unknown, settings: Settings): Span | null {
  const toDay = dayOfInstantIn(settings.timeZone);
  const dayOf = (day: number): Span | null =>
    Number.isNaN(day) ? null : { key: dayKey(day), start: day, end: day + 1, single: true };
  if (typeof arg === 'number') {
    if (Number.isInteger(arg) && arg >= 1900 && arg <= 2200) return monthsSpan(String(arg), arg * 12 + settings.fiscalYearStart - 1, 12);
    return dayOf(parseDate(arg, toDay, 'dmy'));
  }
  if (isDateObject(arg)) return dayOf(parseDate(arg, toDay, 'dmy'));
  if (typeof arg !== 'string') return null;
  const s = arg.trim();
  // A month, quarter or year key names its year in four digits: outside the plausible years it is a typing mistake.
  const yearOf = [MONTH, MONTH_FIRST, QUARTER, QUARTER_FIRST, YEAR].map((re) => re.exec(s)?.slice(1).find((g) => g.length === 4)).find(Boolean);
  if (yearOf !== undefined && !isPeriodYear(Number(yearOf))) return null;
  let m = MONTH.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return monthsSpan(`${m[1]}-${m[2].padStart(2, '0')}`, Number(m[1]) * 12 + Number(m[2]) - 1, 1);
  m = MONTH_FIRST.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return monthsSpan(`${m[2]}-${m[1].padStart(2, '0')}`, Number(m[2]) * 12 + Number(m[1]) - 1, 1);
  m = QUARTER.exec(s);
  if (m) return quarterSpan(Number(m[1]), Number(m[2]), settings);
  m = QUARTER_FIRST.exec(s);
  if (m) return quarterSpan(Number(m[2]), Number(m[1]), settings);
  m = YEAR.exec(s);
  if (m) return monthsSpan(m[1], Number(m[1]) * 12 + settings.fiscalYearStart - 1, 12);
  const words = normalizeText(s).split(' ');
  if (words.length === 2 && /^\d{4}$/.test(words[1]) && monthFromName(words[0])) {
    const month = Number(words[1]) * 12 + monthFromName(words[0]) - 1;
    return monthsSpan(monthKey(month), month, 1);
  }
  return dayOf(parseDate(s, toDay, localeDateOrder(settings.locale)));
}

/**
 * `"2024-03"`, `"mars 2024"`, `"2024-Q1"`/`"T1 2024"` (fiscal quarters), `"2024"` (the fiscal year starting in 2024
 * at `settings.fiscalYearStart`), a Date, a serial or a date string (its month). With `endArg`, the days from the
 * start of `arg` to the end of `endArg`, inclusive. Throws `UserError('err_bad_period')` otherwise.
 */
export function parsePeriod(arg: unknown, settings: Settings, endArg?: unknown): Period {
  const from = readSpan(arg, settings);
  if (!from) throw new UserError('err_bad_period', { value: shown(arg) });
  if (isBlank(endArg)) {
    if (!from.single) return { key: from.key, start: from.start, end: from.end };
    return monthPeriod(monthOfDay(from.start));
  }
  const to = readSpan(endArg, settings);
  if (!to) throw new UserError('err_bad_period', { value: shown(endArg) });
  if (to.end <= from.start) throw new UserError('err_period_order', { start: from.key, end: to.key });
  return customPeriod(from.start, to.end);
}

function customPeriod(start: number, end: number): Period {
  return { key: `${dayKey(start)}..${dayKey(end - 1)}`, start, end };
}

function shown(v: unknown): string {
  if (isDateObject(v)) return Number.isNaN(v.getTime()) ? '?' : v.toISOString().slice(0, 10);
  return shownText(String(v));
}

/** The months a period touches, first to last. */
export function monthsBetween(p: Period): MonthIndex[] {
  const out: MonthIndex[] = [];
  if (p.end <= p.start) return out;
  const last = monthOfDay(p.end - 1);
  for (let m = monthOfDay(p.start); m <= last; m++) out.push(m);
  return out;
}

/** The period of the same length just before: previous month, quarter or fiscal year; days for custom periods. */
export function previousPeriod(p: Period): Period {
  const startMonth = monthOfDay(p.start);
  const endMonth = monthOfDay(p.end);
  const aligned = firstDayOfMonth(startMonth) === p.start && firstDayOfMonth(endMonth) === p.end;
  if (!aligned) return customPeriod(2 * p.start - p.end, p.start);
  const months = endMonth - startMonth;
  const span = monthsSpan('', startMonth - months, months);
  let key: string;
  const q = QUARTER_KEY.exec(p.key);
  if (MONTH_KEY.test(p.key) && months === 1) key = monthKey(startMonth - 1);
  else if (q && months === 3) key = q[2] === '1' ? `${Number(q[1]) - 1}-Q4` : `${q[1]}-Q${Number(q[2]) - 1}`;
  else if (YEAR_KEY.test(p.key) && months === 12) key = String(Number(p.key) - 1);
  else key = `${dayKey(span.start)}..${dayKey(span.end - 1)}`;
  return { key, start: span.start, end: span.end };
}
