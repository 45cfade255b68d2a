// The local Utilities: formatDate with SimpleDateFormat letters, sleep on the fake clock, UUIDs, formatString.

import { randomUUID } from 'node:crypto';
import { isDateLike } from './cell-value';
import { parseCsvText } from './csv-cells';
import type { ServiceContext } from './service-context';
import { monthName, wallParts, weekdayName } from './wall-time';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/** Java SimpleDateFormat subset: y M d E H h k m s S a Z X, quoted text with '...'. English names, like Apps Script. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = wallParts(date.getTime(), timeZone);
  return pattern.replace(/'([^']*)'|([A-Za-z])\2*/g, (token, quoted: string | undefined) => {
    if (quoted !== undefined) return quoted === '' ? "'" : quoted;
    const n = token.length;
    switch (token[0]) {
      case 'y':
        return n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
      case 'M':
        return n >= 4 ? monthName('en', p.month, 'long') : n === 3 ? monthName('en', p.month, 'short') : pad(p.month, n);
      case 'd':
        return pad(p.day, n);
      case 'E':
        return n >= 4 ? weekdayName('en', p.weekday, 'long') : weekdayName('en', p.weekday, 'short');
      case 'u':
        return String(p.weekday === 0 ? 7 : p.weekday);
      case 'H':
        return pad(p.hour, n);
      case 'k':
        return pad(p.hour === 0 ? 24 : p.hour, n);
      case 'h':
        return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
      case 'a':
        return p.hour < 12 ? 'AM' : 'PM';
      case 'm':
        return pad(p.minute, n);
      case 's':
        return pad(p.second, n);
      case 'S':
        return pad(p.millisecond, 3).slice(0, Math.max(n, 3));
      case 'Z':
        return offsetText(p.offsetMinutes, false);
      case 'X':
        return p.offsetMinutes === 0 ? 'Z' : offsetText(p.offsetMinutes, n >= 3);
      case 'z':
        return `GMT${offsetText(p.offsetMinutes, true)}`;
      default:
        throw new Error(`Illegal pattern character '${token[0]}'`);
    }
  });
}

/** printf-style formatting: %s, %d, %i, %f, %.Nf, %%. */
export function formatString(template: string, ...args: unknown[]): string {
  let i = 0;
  return template.replace(/%(%|s|d|i|(?:\.(\d+))?f)/g, (whole, kind: string, decimals: string | undefined) => {
    if (kind === '%') return '%';
    const arg = args[i++];
    if (kind === 's') return String(arg);
    if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(arg)));
    if (whole.endsWith('f')) return Number(arg).toFixed(decimals === undefined ? 6 : Number(decimals));
    return whole;
  });
}

export class UtilitiesService
  implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'sleep' | 'getUuid' | 'formatString' | 'base64Encode' | 'base64Decode' | 'parseCsv'>
{
  constructor(private readonly ctx: ServiceContext) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDateLike(date)) throw new Error('Invalid argument: date');
    return formatDate(date as unknown as Date, timeZone, format);
  }
  sleep(milliseconds: number): void {
    if (milliseconds > 300000) throw new Error('Invalid argument: milliseconds');
    this.ctx.state.clock.advance(milliseconds);
  }
  getUuid(): string {
    return randomUUID();
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }
  base64Encode(data: string | number[]): string {
    return typeof data === 'string' ? Buffer.from(data, 'utf8').toString('base64') : Buffer.from(data).toString('base64');
  }
  base64Decode(encoded: string): number[] {
    return this.ctx.realm.array([...Buffer.from(encoded, 'base64')].map((b) => (b > 127 ? b - 256 : b)));
  }
  parseCsv(csv: string, delimiter?: string): string[][] {
    return this.ctx.realm.array(parseCsvText(csv, delimiter ?? ',').map((r) => this.ctx.realm.array(r)));
  }
}
