// Proves at the boundary that Intl knows the spreadsheet's time zone and agrees with Apps Script's Utilities.formatDate.

import { UserError } from '../i18n';
import { formatMinuteIn } from '../model/timezone';

/**
 * The zone as Intl resolves it, or a UserError naming it: Intl throws on a zone it does not know, and the engine
 * must never fall back to UTC silently (dates near midnight would move to another day). No service call: custom
 * functions check this on every call.
 */
export function knownTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
    formatMinuteIn(timeZone, 0);
    return timeZone;
  } catch {
    throw new UserError('tz_unknown', { zone: timeZone });
  }
}

/**
 * For runs that write (menu items, the schedule): the wall time of `nowMs` computed with Intl must equal the one
 * Apps Script's documented Utilities.formatDate gives (one service call), else the run stops with a message
 * naming the zone and both readings.
 */
export function provenTimeZone(timeZone: string, nowMs: number): string {
  knownTimeZone(timeZone);
  const ours = formatMinuteIn(timeZone, nowMs);
  const google = Utilities.formatDate(new Date(nowMs), timeZone, 'yyyy-MM-dd HH:mm');
  if (ours !== google) throw new UserError('tz_mismatch', { zone: timeZone, ours, google });
  return timeZone;
}
