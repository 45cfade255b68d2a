// The time of day a date-time cell holds, as a fraction of its day in the spreadsheet time zone (0 when it has none).

import { isDateObject } from './is-date';
import { dayOfInstantIn, midnightIn } from './timezone';

const DAY_MS = 86400000;
const ISO_ZONED = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const TIME = /(?:^|[\sT])(\d{1,2})[:h](\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap])?\.?m?\.?$/i;

/** Fraction of the day of an instant, in `timeZone` (a 23- or 25-hour day of a clock change counts as 24). */
function instantFraction(ms: number, timeZone: string, toDay: (ms: number) => number): number {
  const midnight = midnightIn(timeZone, toDay(ms)).getTime();
  return Math.min(Math.max((ms - midnight) / DAY_MS, 0), 1 - 1e-9);
}

function offsetMs(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.charAt(0) === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60000;
}

/**
 * A reader of the time of day of cells: a Date (what Sheets passes) in `timeZone`, the fraction of a serial number, an
 * ISO instant with its offset, or a wall-clock time written after a date (`15/03/2024 14:30`, `3/15/2024 2:30 PM`).
 * Returns 0 for a cell without a time, and for an impossible time (25:99), which the date reading reports.
 */
export function timeOfDayIn(timeZone: string): (cell: unknown) => number {
  const toDay = dayOfInstantIn(timeZone);
  return (cell) => {
    if (isDateObject(cell)) {
      const ms = cell.getTime();
      return Number.isNaN(ms) ? 0 : instantFraction(ms, timeZone, toDay);
    }
    if (typeof cell === 'number') return Number.isFinite(cell) ? cell - Math.floor(cell) : 0;
    if (typeof cell !== 'string') return 0;
    const text = cell.trim();
    const zoned = ISO_ZONED.exec(text);
    if (zoned) {
      const [, y, mo, d, h, mi, s, zone] = zoned;
      const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) - offsetMs(zone);
      return instantFraction(ms, timeZone, toDay);
    }
    const t = TIME.exec(text);
    if (!t) return 0;
    let hours = Number(t[1]);
    const minutes = Number(t[2]);
    const seconds = Number(t[3] ?? 0);
    const meridiem = t[4]?.toLowerCase();
    if (meridiem) {
      if (hours < 1 || hours > 12) return 0;
      hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
    }
    if (hours > 23 || minutes > 59 || seconds > 59) return 0;
    return (hours * 3600 + minutes * 60 + seconds) / 86400;
  };
}

/** Adds to each readable day of `days` the time of day of its cell (date-time columns such as a lead's creation). */
export function addTimeOfDay(
  days: Float64Array,
  rows: readonly (readonly unknown[])[],
  col: number,
  rowIndex: Int32Array,
  timeZone: string,
): void {
  const timeOf = timeOfDayIn(timeZone);
  for (let i = 0; i < days.length; i++) if (!Number.isNaN(days[i])) days[i] += timeOf(rows[rowIndex[i]][col]);
}
