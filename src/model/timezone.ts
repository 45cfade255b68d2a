// Converts instants (Date) to calendar days in a named time zone with Intl, and back; memoised per hour.

import { type Day, dayFromCivil } from './days';

const HOUR = 3600000;
const DAY = 86400000;
const SLOTS = 8191; // prime

type OffsetFn = (ms: number) => number;

function makeOffsetFn(timeZone: string): OffsetFn {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    // Never fall back to UTC silently: a wrong zone would move every date near midnight to another day.
    throw new Error(`Unknown time zone "${timeZone}"`);
  }
  const cache = new Map<number, number>();
  // Direct-mapped cache in front of the Map: a sheet's dates span a few thousand hour buckets, so most cells are
  // answered by two typed-array reads (a prime slot count keeps midnights, 24 buckets apart, from colliding).
  const slotBucket = new Float64Array(SLOTS).fill(Number.NaN);
  const slotOffset = new Float64Array(SLOTS);
  return (ms) => {
    const bucket = Math.floor(ms / HOUR);
    let slot = bucket % SLOTS;
    if (slot < 0) slot += SLOTS;
    if (slotBucket[slot] === bucket) return slotOffset[slot];
    let offset = cache.get(bucket);
    if (offset === undefined) {
      offset = offsetAt(fmt, bucket * HOUR);
      cache.set(bucket, offset);
    }
    slotBucket[slot] = bucket;
    slotOffset[slot] = offset;
    return offset;
  };
}

/** Offset in ms of the zone at an instant (local wall time minus UTC), read from the formatted parts. */
function offsetAt(fmt: Intl.DateTimeFormat, ms: number): number {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  for (const p of fmt.formatToParts(new Date(ms))) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
    else if (p.type === 'hour') hour = Number(p.value) % 24;
    else if (p.type === 'minute') minute = Number(p.value);
  }
  return dayFromCivil(year, month, day) * DAY + hour * HOUR + minute * 60000 - ms;
}

const offsetFns = new Map<string, OffsetFn>();
function offsetFnFor(timeZone: string): OffsetFn {
  let fn = offsetFns.get(timeZone);
  if (!fn) {
    fn = makeOffsetFn(timeZone);
    offsetFns.set(timeZone, fn);
  }
  return fn;
}

/** Returns a function mapping an instant in ms to its calendar day in `timeZone`. */
export function dayOfInstantIn(timeZone: string): (ms: number) => Day {
  const offset = offsetFnFor(timeZone);
  return (ms) => Math.floor((ms + offset(ms)) / DAY);
}

/** The instant of midnight starting `day` in `timeZone` (adapters writing dates back to a sheet). */
export function midnightIn(timeZone: string, dayNumber: Day): Date {
  const offset = offsetFnFor(timeZone);
  const wall = dayNumber * DAY;
  let ms = wall - offset(wall);
  ms = wall - offset(ms);
  return new Date(ms);
}

/** `yyyy-MM-dd HH:mm` of an instant in `timeZone` (what `Utilities.formatDate` gives, without a service call). */
export function formatMinuteIn(timeZone: string, ms: number): string {
  const wall = new Date(ms + offsetFnFor(timeZone)(ms));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${wall.getUTCFullYear()}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())} ${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`;
}
