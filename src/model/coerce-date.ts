// Reads one cell as a calendar day: Date objects, Sheets serials, ISO, numeric day/month forms, FR/EN month names.

import { isBlankToken } from './blank-tokens';
import { type Day, dayFromCivil, isValidCivil, SERIAL_EPOCH_DAY } from './days';
import { isDateObject } from './is-date';
import { normalizeText } from './normalize';

// Module constants: global lookups are slow in hot loops under some hosts (vm sandboxes such as jest's).
const NAN = Number.NaN;
const isNan = Number.isNaN;
const isFiniteNumber = Number.isFinite;
const floor = Math.floor;

/** Order of the first two numeric parts of `15/03/2024` (day/month) or `3/15/2024` (month/day). */
export type DateOrder = 'dmy' | 'mdy';

/** What a cell holds: a known day, a day/month pair whose order the column decides, a blank, or nothing readable. */
export interface DateScan {
  kind: 'day' | 'pair' | 'blank' | 'error';
  day: Day;
  /** For `pair`: the two first numeric parts as written and the full year. */
  first: number;
  second: number;
  year: number;
  twoDigitYear: boolean;
}

export function newDateScan(): DateScan {
  return { kind: 'blank', day: NAN, first: 0, second: 0, year: 0, twoDigitYear: false };
}

/** Days accepted as plausible: 1900-01-01 to 2199-12-31 (anything else is a misread number). */
export const MIN_DAY = dayFromCivil(1900, 1, 1);
export const MAX_DAY = dayFromCivil(2199, 12, 31);

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1, janv: 1, jan: 1, january: 1, fevrier: 2, fevr: 2, fev: 2, february: 2, feb: 2, mars: 3, mar: 3, march: 3,
  avril: 4, avr: 4, april: 4, apr: 4, mai: 5, may: 5, juin: 6, june: 6, jun: 6, juillet: 7, juil: 7, july: 7, jul: 7,
  aout: 8, august: 8, aug: 8, septembre: 9, sept: 9, sep: 9, september: 9, octobre: 10, oct: 10, october: 10,
  novembre: 11, nov: 11, november: 11, decembre: 12, dec: 12, december: 12,
};
const FILLER_WORDS = new Set(
  'lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun le the a at on'.split(
    ' ',
  ),
);

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const TIME_SUFFIX = /(?:\s+|T)(\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?$/i;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
const DAY_TOKEN = /^(\d{1,2})(?:er|st|nd|rd|th)?$/;
const YEAR_TOKEN = /^\d{4}$|^\d{2}$/;

/** Month 1-12 of a French or English month name or abbreviation (accents and case ignored), 0 if none. */
export function monthFromName(name: string): number {
  return MONTHS[normalizeText(name)] ?? 0;
}

/** Two-digit years: 00-68 → 2000-2068, 69-99 → 1969-1999. */
export function expandYear(twoDigits: number): number {
  return twoDigits <= 68 ? 2000 + twoDigits : 1900 + twoDigits;
}


/** Day of a Sheets serial number, NaN when out of the plausible range. */
export function dayOfSerial(serial: number): Day {
  const day = SERIAL_EPOCH_DAY + floor(serial);
  return day >= MIN_DAY && day <= MAX_DAY ? day : NAN;
}

/** Day of `first/second/year` read in `order`, NaN when no such date. */
export function dayFromPair(first: number, second: number, year: number, order: DateOrder): Day {
  const d = order === 'dmy' ? first : second;
  const m = order === 'dmy' ? second : first;
  return isValidCivil(year, m, d) ? dayFromCivil(year, m, d) : NAN;
}

function setDay(out: DateScan, day: Day, twoDigitYear = false): void {
  const ok = day >= MIN_DAY && day <= MAX_DAY;
  out.kind = ok ? 'day' : 'error';
  out.day = ok ? day : NAN;
  out.twoDigitYear = twoDigitYear;
}

function civil(out: DateScan, y: number, m: number, d: number, twoDigitYear = false): void {
  if (isValidCivil(y, m, d)) setDay(out, dayFromCivil(y, m, d), twoDigitYear);
  else out.kind = 'error';
}

/**
 * Reads a cell into `out` (reused to spare allocations). `toDay` maps an instant in ms to its day in the
 * spreadsheet time zone (`dayOfInstantIn(timeZone)`).
 */
export function scanDate(value: unknown, toDay: (ms: number) => Day, out: DateScan): DateScan {
  out.twoDigitYear = false;
  out.day = NAN;
  if (typeof value === 'number') {
    setDay(out, isFiniteNumber(value) ? dayOfSerial(value) : NAN);
  } else if (typeof value === 'string') {
    scanDateText(value.trim(), toDay, out);
  } else if (value === null || value === undefined) {
    out.kind = 'blank';
  } else if (isDateObject(value)) {
    const ms = value.getTime();
    setDay(out, isNan(ms) ? NAN : toDay(ms));
  } else {
    out.kind = 'error';
  }
  return out;
}

/** Whether a time of day exists: 0-23 h (1-12 with am/pm), 0-59 min, 0-59 s (leap second 60 allowed). */
function validTime(h: number, min: number, s: number, meridiem: boolean): boolean {
  return (meridiem ? h >= 1 && h <= 12 : h <= 23) && min <= 59 && s <= 60;
}

function scanDateText(text: string, toDay: (ms: number) => Day, out: DateScan): void {
  if (text === '' || isBlankToken(text)) {
    out.kind = 'blank';
    return;
  }
  const iso = ISO.exec(text);
  if (iso) {
    const y = Number(iso[1]);
    const m = Number(iso[2]);
    const d = Number(iso[3]);
    // `2024-03-15T25:99:00Z` or a `+99:99` offset: no such instant, so no day either.
    if (iso[4] !== undefined && !validTime(Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), false)) {
      out.kind = 'error';
      return;
    }
    if (iso[7] && !validOffset(iso[7])) {
      out.kind = 'error';
      return;
    }
    if (iso[7] && isValidCivil(y, m, d)) {
      const offset = iso[7].toUpperCase() === 'Z' ? 0 : offsetMinutes(iso[7]);
      const ms = Date.UTC(y, m - 1, d, Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)) - offset * 60000;
      setDay(out, toDay(ms));
    } else civil(out, y, m, d);
    return;
  }
  const ym = YEAR_MONTH.exec(text);
  if (ym) {
    civil(out, Number(ym[1]), Number(ym[2]), 1);
    return;
  }
  if (SERIAL_TEXT.test(text)) {
    setDay(out, dayOfSerial(Number(text)));
    return;
  }
  const time = TIME_SUFFIX.exec(text);
  if (time && !validTime(Number(time[1]), Number(time[2]), Number(time[3] ?? 0), time[4] !== undefined)) {
    out.kind = 'error';
    return;
  }
  const bare = time ? text.slice(0, time.index) : text;
  const num = NUMERIC.exec(bare);
  if (num) {
    const twoDigit = num[4].length === 2;
    out.kind = 'pair';
    out.first = Number(num[1]);
    out.second = Number(num[3]);
    out.year = twoDigit ? expandYear(Number(num[4])) : Number(num[4]);
    out.twoDigitYear = twoDigit;
    const readable =
      !isNan(dayFromPair(out.first, out.second, out.year, 'dmy')) ||
      !isNan(dayFromPair(out.first, out.second, out.year, 'mdy'));
    if (!readable) out.kind = 'error';
    return;
  }
  scanNamedMonth(bare, out);
}

/** UTC offsets run from -12:00 to +14:00, minutes 0-59. */
function validOffset(zone: string): boolean {
  if (zone.toUpperCase() === 'Z') return true;
  const digits = zone.slice(1).replace(':', '');
  return Number(digits.slice(0, 2)) <= 14 && Number(digits.slice(2)) <= 59;
}

function offsetMinutes(zone: string): number {
  const sign = zone.charAt(0) === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** `15 mars 2024`, `March 15, 2024`, `15-Mar-2024`, `vendredi 1er mars 2024`, `mars 2024` (first day). */
function scanNamedMonth(text: string, out: DateScan): void {
  const tokens = normalizeText(text).split(' ').filter((tok) => tok !== '' && !FILLER_WORDS.has(tok));
  out.kind = 'error';
  let month = 0;
  let monthAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const m = MONTHS[tokens[i]];
    if (m) {
      if (month) return;
      month = m;
      monthAt = i;
    }
  }
  if (!month || tokens.length < 2 || tokens.length > 3) return;
  const rest = tokens.filter((_, i) => i !== monthAt);
  const yearTok = rest[rest.length - 1];
  if (!YEAR_TOKEN.test(yearTok)) return;
  const twoDigit = yearTok.length === 2;
  const year = twoDigit ? expandYear(Number(yearTok)) : Number(yearTok);
  if (rest.length === 1) {
    if (!twoDigit) civil(out, year, month, 1);
    return;
  }
  const dayTok = DAY_TOKEN.exec(rest[0]);
  if (!dayTok) return;
  civil(out, year, month, Number(dayTok[1]), twoDigit);
}

/** The day/month order a locale writes: month first for `en_US` (and `en_PH`), day first elsewhere. */
export function localeDateOrder(locale: string): DateOrder {
  const l = locale.replace('-', '_').toLowerCase();
  return l === 'en_us' || l === 'en_ph' || l === 'es_us' ? 'mdy' : 'dmy';
}

/** One cell read with a known order: the day, or NaN for a blank or unreadable value. */
export function parseDate(value: unknown, toDay: (ms: number) => Day, order: DateOrder): Day {
  const scan = scanDate(value, toDay, newDateScan());
  if (scan.kind === 'day') return scan.day;
  if (scan.kind === 'pair') return dayFromPair(scan.first, scan.second, scan.year, order);
  return NAN;
}
