// Wall-clock parts of an instant in a time zone, and month/day names in a locale, for date formatting.

import { civilFromDay } from '../../src/model/days';
import { dayOfInstantIn, midnightIn } from '../../src/model/timezone';

const DAY = 86400000;

export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday. */
  weekday: number;
  /** Offset of the zone at that instant, in minutes. */
  offsetMinutes: number;
}

export function wallParts(ms: number, timeZone: string): WallParts {
  const dayNumber = dayOfInstantIn(timeZone)(ms);
  const midnight = midnightIn(timeZone, dayNumber).getTime();
  const sinceMidnight = ms - midnight;
  const civil = civilFromDay(dayNumber);
  const wallMs = dayNumber * DAY + sinceMidnight;
  return {
    ...civil,
    hour: Math.floor(sinceMidnight / 3600000),
    minute: Math.floor(sinceMidnight / 60000) % 60,
    second: Math.floor(sinceMidnight / 1000) % 60,
    millisecond: sinceMidnight % 1000,
    weekday: (((dayNumber + 4) % 7) + 7) % 7,
    offsetMinutes: Math.round((wallMs - ms) / 60000),
  };
}

/** The wall time of an instant as a UTC timestamp (what ExcelJS expects for a date cell). */
export function wallAsUtc(ms: number, timeZone: string): number {
  const dayNumber = dayOfInstantIn(timeZone)(ms);
  return dayNumber * DAY + (ms - midnightIn(timeZone, dayNumber).getTime());
}

/** The instant whose wall time in `timeZone` is the UTC timestamp `wallMs` (inverse of wallAsUtc). */
export function instantOfWall(wallMs: number, timeZone: string): number {
  const dayNumber = Math.floor(wallMs / DAY);
  return midnightIn(timeZone, dayNumber).getTime() + (wallMs - dayNumber * DAY);
}

function bcp47(locale: string): string {
  return locale.replace('_', '-');
}

export function monthName(locale: string, month: number, style: 'long' | 'short'): string {
  const fmt = new Intl.DateTimeFormat(bcp47(locale), { month: style, timeZone: 'UTC' });
  return fmt.format(new Date(Date.UTC(2001, month - 1, 1)));
}

export function weekdayName(locale: string, weekday: number, style: 'long' | 'short'): string {
  const fmt = new Intl.DateTimeFormat(bcp47(locale), { weekday: style, timeZone: 'UTC' });
  return fmt.format(new Date(Date.UTC(2001, 0, 7 + weekday)));
}
