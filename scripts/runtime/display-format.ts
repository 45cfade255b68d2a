// Renders a cell value through its number format the way Sheets displays it (getDisplayValues), in the sheet locale.

import { isDateLike } from './cell-value';
import type { CellValue } from './workbook-model';
import { monthName, wallParts, weekdayName } from './wall-time';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isFrench(locale: string): boolean {
  return locale.toLowerCase().startsWith('fr');
}

function defaultDatePattern(locale: string): string {
  if (locale === 'en_US') return 'm/d/yyyy';
  return isFrench(locale) || locale.startsWith('en') ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
}

const DATE_TOKENS = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|"[^"]*"|\\./gi;

/** Formats an instant with a Sheets date number format such as `yyyy-mm-dd`, `mmm yyyy` or `dd/mm/yyyy hh:mm`. */
export function formatDateWithPattern(date: Date, pattern: string, timeZone: string, locale: string): string {
  const p = wallParts(date.getTime(), timeZone);
  let afterHour = false;
  return pattern.replace(DATE_TOKENS, (token) => {
    const t = token.toLowerCase();
    if (token.startsWith('"')) return token.slice(1, -1);
    if (token.startsWith('\\')) return token.slice(1);
    if (t === 'h' || t === 'hh') {
      afterHour = true;
      return t === 'hh' ? pad(p.hour) : String(p.hour);
    }
    if ((t === 'mm' || t === 'm') && afterHour) {
      afterHour = false;
      return t === 'mm' ? pad(p.minute) : String(p.minute);
    }
    switch (t) {
      case 'yyyy':
        return String(p.year);
      case 'yy':
        return pad(p.year % 100);
      case 'mmmm':
        return monthName(locale, p.month, 'long');
      case 'mmm':
        return monthName(locale, p.month, 'short');
      case 'mm':
        return pad(p.month);
      case 'm':
        return String(p.month);
      case 'dddd':
        return weekdayName(locale, p.weekday, 'long');
      case 'ddd':
        return weekdayName(locale, p.weekday, 'short');
      case 'dd':
        return pad(p.day);
      case 'd':
        return String(p.day);
      case 'ss':
        return pad(p.second);
      case 's':
        return String(p.second);
      default:
        return token;
    }
  });
}

function groupDigits(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Formats a number with a Sheets number format (`0.00`, `#,##0`, `0.0%`, `#,##0.00 "€"`, `[$€]#,##0`). */
export function formatNumber(value: number, format: string, locale: string): string {
  const french = isFrench(locale);
  const decimalSep = french ? ',' : '.';
  const groupSep = french ? '\u202f' : ',';
  if (!format || format === 'General' || format === '0.###############') {
    const text = String(Math.round(value * 1e10) / 1e10);
    return french ? text.replace('.', ',') : text;
  }
  const sections = format.split(';');
  const section = value < 0 && sections[1] !== undefined ? sections[1] : sections[0];
  const negativeSection = value < 0 && sections[1] !== undefined;
  const core = /[#0](?:[#0,.]|\s(?=[#0]))*/.exec(section.replace(/"[^"]*"/g, (m) => m.replace(/[#0,.]/g, ' ')));
  if (!core) return section.replace(/"/g, '');
  const pattern = core[0].trim();
  const percent = section.includes('%');
  const scaled = (negativeSection ? Math.abs(value) : value) * (percent ? 100 : 1);
  const dot = pattern.indexOf('.');
  const decimals = dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^0#]/g, '').length;
  const optional = dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^#]/g, '').length;
  let fixed = Math.abs(scaled).toFixed(decimals);
  if (optional > 0) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  const [integer, fraction] = fixed.split('.');
  const grouped = /[,\s]/.test(pattern) ? groupDigits(integer, groupSep) : integer;
  const number = (scaled < 0 ? '-' : '') + grouped + (fraction ? decimalSep + fraction : '');
  const start = section.indexOf(core[0]);
  const literal = (s: string) => s.replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1').replace(/["\\]/g, '');
  return literal(section.slice(0, start)) + number + literal(section.slice(start + core[0].length));
}

function looksLikeDateFormat(format: string): boolean {
  return /[dy]|mmm/i.test(format.replace(/"[^"]*"/g, '')) && !/[#0]/.test(format.replace(/"[^"]*"/g, ''));
}

/** The text Sheets would display for a value with a number format, in a spreadsheet locale and time zone. */
export function displayValue(value: CellValue, format: string, locale: string, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return isFrench(locale) ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateLike(value)) {
    if (format && looksLikeDateFormat(format)) return formatDateWithPattern(value, format, timeZone, locale);
    const p = wallParts(value.getTime(), timeZone);
    const timePart = p.hour || p.minute || p.second ? ` ${p.hour}:${pad(p.minute)}:${pad(p.second)}` : '';
    return formatDateWithPattern(value, defaultDatePattern(locale), timeZone, locale) + timePart;
  }
  if (format === '@') return String(value);
  return formatNumber(value, format, locale);
}
