// When a clock trigger fires next: its schedule read in its time zone (inTimezone, else the script's), as Google runs it.

import type { TriggerModel } from './service-context';
import { instantOfWall, wallParts } from './wall-time';

const MINUTE = 60000;
const HOUR = 3600000;
const DAY = 86400000;
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/**
 * Google picks one time inside the hour of `atHour` and keeps it ("a recurring 9 a.m. trigger … between 9 a.m. and
 * 10 a.m."); the runtime takes the half hour, or `nearMinute` when given.
 */
function minuteOf(schedule: Record<string, unknown>): number {
  return typeof schedule.minute === 'number' ? schedule.minute : 30;
}

/** The wall time `day` (a UTC-midnight timestamp of the local date) at the schedule's hour, as an instant in `zone`. */
function atLocal(dayWallMs: number, schedule: Record<string, unknown>, zone: string): number {
  const hour = typeof schedule.hour === 'number' ? schedule.hour : 0;
  return instantOfWall(dayWallMs + hour * HOUR + minuteOf(schedule) * MINUTE, zone);
}

/** The first instant after `afterMs` at which the trigger fires; null when it never fires again (a past one-off). */
export function nextFireTime(trigger: TriggerModel, afterMs: number, scriptZone: string): number | null {
  const s = trigger.schedule;
  const zone = typeof s.timeZone === 'string' ? s.timeZone : scriptZone;
  if (typeof s.at === 'string') {
    const at = Date.parse(s.at);
    return at > afterMs ? at : null;
  }
  if (typeof s.after === 'number') {
    const at = trigger.createdAt + s.after;
    return at > afterMs ? at : null;
  }
  if (typeof s.everyMinutes === 'number') return afterMs + s.everyMinutes * MINUTE;
  if (typeof s.everyHours === 'number') return (Math.floor(afterMs / HOUR) + s.everyHours) * HOUR;
  const now = wallParts(afterMs, zone);
  const today = Date.UTC(now.year, now.month - 1, now.day);
  if (typeof s.monthDay === 'number') {
    for (let i = 0; i < 14; i++) {
      const y = now.year + Math.floor((now.month - 1 + i) / 12);
      const m = (now.month - 1 + i) % 12;
      const day = Date.UTC(y, m, s.monthDay);
      if (new Date(day).getUTCMonth() !== m) continue; // no 31st in this month
      const at = atLocal(day, s, zone);
      if (at > afterMs) return at;
    }
    return null;
  }
  const step = typeof s.everyWeeks === 'number' ? 7 : typeof s.everyDays === 'number' ? 1 : null;
  if (typeof s.weekDay === 'string' || step !== null) {
    const weekday = typeof s.weekDay === 'string' ? WEEKDAYS.indexOf(s.weekDay) : -1;
    for (let i = 0; i < 15; i++) {
      const day = today + i * DAY;
      if (weekday >= 0 && new Date(day).getUTCDay() !== weekday) continue;
      const at = atLocal(day, s, zone);
      if (at > afterMs) return at;
    }
  }
  throw new Error(`Local runtime: the schedule ${JSON.stringify(s)} of trigger ${trigger.id} is not modelled`);
}

/** Google's time-driven event object: the instant's fields in UTC (`timezone` is "UTC"), the auth mode and the trigger id. */
export function clockEvent(ms: number, triggerUid: string): Record<string, unknown> {
  const d = new Date(ms);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    triggerUid,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': Math.floor((ms - jan1) / (7 * DAY)) + 1,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}
