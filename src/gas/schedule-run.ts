// The scheduled run and what surrounds it: reaching the document, repairing an old trigger, the toast and the status data.

import { generateDashboards } from './dashboard-generate';
import { SCHEDULED_WAIT_MS } from './dashboard-lock';
import { logRun, readRunLog } from './dashboard-log';
import { provenTimeZone } from './time-zone';
import { rebuildTrigger } from './triggers';
import { lastScheduledFailure, type RunEntry } from '../dashboard/run-log';
import { t, UserError } from '../i18n';
import { civilFromDay, dayKey } from '../model/days';
import { langOf } from '../model/settings';
import { dayOfInstantIn, formatMinuteIn } from '../model/timezone';

/** User property: the last scheduled run that found no active spreadsheet (it cannot write to the document). */
export const UNREACHABLE_PROPERTY = 'salesKpi.scheduleUnreachable';

const SCHEDULED = { trigger: 'scheduled', waitMs: SCHEDULED_WAIT_MS, toasts: false, activate: false } as const;

export type ScheduledOutcome = 'generated' | 'unreachable' | 'rebuilt' | 'busy';

/**
 * Time-driven run (1st of the month, 6 a.m. in the spreadsheet's zone): last month's tab, computed from this run's
 * own clock in the spreadsheet's zone. Add-on triggers send no failure e-mail, so every outcome is recorded where a
 * person will see it: the run log (status item, next tab, toast on open), or the user's properties and the
 * execution log when the document itself cannot be reached.
 */
export function runScheduled(e?: { triggerUid?: string }): ScheduledOutcome {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) {
    // The documentation does not promise an active spreadsheet in a time-driven run, and under spreadsheets.currentonly
    // the add-on may not open one by id: say so where the user's next status check and the execution log show it.
    const at = new Date().toISOString();
    console.error(`Sales KPI: scheduled run ${e?.triggerUid ?? ''} at ${at} had no active spreadsheet; nothing generated.`);
    PropertiesService.getUserProperties().setProperty(UNREACHABLE_PROPERTY, at);
    return 'unreachable';
  }
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = dayOfInstantIn(timeZone)(Date.now());
  if (civilFromDay(today).day !== 1 && e?.triggerUid) {
    // A trigger built before triggers carried the spreadsheet's zone fires on the wrong local day (the 31st in
    // Chicago): its month would be wrong. Rebuild it in the zone; it fires again at 6 a.m. on the 1st there.
    rebuildTrigger(ss, e.triggerUid, timeZone);
    const lang = langOf(ss.getSpreadsheetLocale());
    const message = t(lang, 'schedule_rebuilt', { day: dayKey(today), zone: timeZone });
    console.warn(`Sales KPI: ${message}`);
    logRun({ at: new Date().toISOString(), trigger: 'scheduled', months: [], outcome: 'skipped', message });
    return 'rebuilt';
  }
  try {
    provenTimeZone(timeZone, Date.now());
    generateDashboards('last', SCHEDULED);
    PropertiesService.getUserProperties().deleteProperty(UNREACHABLE_PROPERTY);
    return 'generated';
  } catch (error) {
    // Busy: a person is generating right now; their run wins and the log says so.
    if (error instanceof UserError && error.code === 'dash_busy') return 'busy';
    console.error(`Sales KPI: scheduled run failed: ${(error as { message?: string } | null)?.message ?? String(error)}`);
    throw error;
  }
}

/** The toast on open when the last scheduled run failed (needs the document properties: not in AuthMode.NONE). */
export function toastScheduledFailure(): void {
  const failed = lastScheduledFailure(readRunLog());
  if (!failed) return;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = langOf(ss.getSpreadsheetLocale());
  const at = formatMinuteIn(ss.getSpreadsheetTimeZone(), Date.parse(failed.at));
  ss.toast(t(lang, 'schedule_failed_toast', { at }), t(lang, 'addon_error_title'), 20);
}

/** The log and the out-of-document failure, for the status item. */
export function statusData(): { log: RunEntry[]; unreachable?: string } {
  const unreachable = PropertiesService.getUserProperties().getProperty(UNREACHABLE_PROPERTY);
  return { log: readRunLog(), ...(unreachable ? { unreachable } : {}) };
}
