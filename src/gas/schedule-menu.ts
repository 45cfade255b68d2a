// The Apps Script side of the schedule's menu items: the auth mode of an event, turning a schedule on/off, the status data.

import type { StatusInput } from '../addon/schedule-status';
import { t } from '../i18n';
import { dayKey } from '../model/days';
import type { Lang } from '../model/settings';
import { dayOfInstantIn, formatMinuteIn } from '../model/timezone';
import { statusData } from './schedule-run';
import { provenTimeZone } from './time-zone';
import { SCHEDULE_HOUR, scheduleState, toggleSchedule } from './triggers';

/** AuthMode.NONE (add-on installed but not yet used in this document): compared with the enum, as documented. */
export function isAuthNone(e?: { authMode?: unknown }): boolean {
  return !!e && e.authMode === ScriptApp.AuthMode.NONE;
}

/** Who else scheduled this document (an e-mail, or "a teammate"), joined for a sentence. */
function otherOwners(lang: Lang, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return scheduleState(ss)
    .owners.filter((o) => !o.you)
    .map((o) => o.email || t(lang, 'schedule_owner_teammate'))
    .join(', ');
}

/**
 * Turns this user's schedule on or off and returns the sentence to show, naming teammates who also scheduled. The
 * zone is proven first, in front of the user: Intl and Utilities.formatDate must agree on it.
 */
export function toggleScheduleMessage(lang: Lang): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  provenTimeZone(timeZone, Date.now());
  const on = toggleSchedule(ss, dayKey(dayOfInstantIn(timeZone)(Date.now())));
  const others = otherOwners(lang, ss);
  if (on) return others ? t(lang, 'schedule_turned_on_others', { owners: others }) : t(lang, 'addon_schedule_on');
  return others ? t(lang, 'schedule_off_others', { owners: others }) : t(lang, 'addon_schedule_off');
}

/** Everything the "Schedule status" text needs, read from this document and this user. */
export function scheduleStatusInput(lang: Lang): StatusInput {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const now = Date.now();
  return {
    lang,
    timeZone,
    today: dayOfInstantIn(timeZone)(now),
    hour: Number(formatMinuteIn(timeZone, now).slice(11, 13)),
    scheduleHour: SCHEDULE_HOUR,
    owners: scheduleState(ss).owners,
    ...statusData(),
  };
}
