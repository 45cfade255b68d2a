// Apps Script entry points of the add-on shell (menu, install, dashboards, schedule, help); exported to top level by the build.

import { parseMonthInput } from '../dashboard/month-input';
import { generateDashboards, type GenerateResult, lastMonth } from '../gas/dashboard-generate';
import { MANUAL_WAIT_MS } from '../gas/dashboard-lock';
import { userLang } from '../gas/spreadsheet-context';
import { runScheduled, statusData, toastScheduledFailure } from '../gas/schedule-run';
import { provenTimeZone } from '../gas/time-zone';
import { SCHEDULE_HOUR, scheduleState, toggleSchedule } from '../gas/triggers';
import { promptText, showAlert, spreadsheetTimeZone } from '../gas/ui';
import { t, UserError } from '../i18n';
import { dayKey, monthKey } from '../model/days';
import type { Lang } from '../model/settings';
import { dayOfInstantIn, formatMinuteIn } from '../model/timezone';
import { buildMenu } from './menu';
import { menuLang } from './menu-lang';
import { scheduleStatusText } from './schedule-status';
import { alert, reportErrors } from './ui';

const MANUAL = { trigger: 'manual', waitMs: MANUAL_WAIT_MS, toasts: true, activate: true } as const;

/** AuthMode.NONE: the add-on is installed but not yet used in this document; only the menu may be built. */
function isAuthNone(e?: { authMode?: unknown }): boolean {
  return !!e && e.authMode === ScriptApp.AuthMode.NONE;
}

function safeLang(): Lang {
  try {
    return userLang();
  } catch {
    return 'en';
  }
}

/**
 * Simple trigger: builds the menu; outside AuthMode.NONE (where nothing else is allowed) also shows a toast when the
 * last scheduled run failed — never letting that check break the menu.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(menuLang(e));
  if (isAuthNone(e)) return;
  try {
    toastScheduledFailure();
  } catch (error) {
    console.warn(`Sales KPI: no schedule check on open: ${(error as { message?: string } | null)?.message ?? String(error)}`);
  }
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function generateLastMonthDashboard(): void {
  reportErrors(safeLang, () => {
    generateDashboards('last', MANUAL);
  });
}

export function generateMonthDashboard(): void {
  reportErrors(safeLang, () => {
    const lang = userLang();
    const example = monthKey(lastMonth(spreadsheetTimeZone() || 'Europe/Paris'));
    const text = promptText(t(lang, 'addon_prompt_month_title'), t(lang, 'addon_prompt_month', { example }));
    if (text === null) return;
    const month = parseMonthInput(text);
    if (month === null) throw new UserError('addon_bad_month', { text, example });
    generateDashboards({ months: [month] }, MANUAL);
  });
}

export function refreshAllDashboards(): void {
  reportErrors(safeLang, () => {
    generateDashboards('all', { ...MANUAL, trigger: 'refresh' });
  });
}

/** Who else scheduled this document, for the alerts (an e-mail, or "a teammate"). */
function otherOwners(lang: Lang, ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return scheduleState(ss)
    .owners.filter((o) => !o.you)
    .map((o) => o.email || t(lang, 'schedule_owner_teammate'))
    .join(', ');
}

/** Turns this user's schedule on or off; says who else scheduled the document (their trigger is theirs to remove). */
export function toggleMonthlySchedule(): void {
  reportErrors(safeLang, () => {
    const lang = userLang();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const timeZone = ss.getSpreadsheetTimeZone();
    // Checked when the schedule is set up, in front of the user: Intl and Utilities.formatDate must agree on the zone.
    provenTimeZone(timeZone, Date.now());
    const today = dayKey(dayOfInstantIn(timeZone)(Date.now()));
    const on = toggleSchedule(ss, today);
    const others = otherOwners(lang, ss);
    if (on) alert(lang, others ? t(lang, 'schedule_turned_on_others', { owners: others }) : t(lang, 'addon_schedule_on'));
    else alert(lang, others ? t(lang, 'schedule_off_others', { owners: others }) : t(lang, 'addon_schedule_off'));
  });
}

/** Menu item: who scheduled, the next run, the last runs, the last scheduled error and the fix. */
export function showScheduleStatus(): void {
  reportErrors(safeLang, () => {
    const lang = userLang();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const timeZone = ss.getSpreadsheetTimeZone();
    const now = Date.now();
    const text = scheduleStatusText({
      lang,
      timeZone,
      today: dayOfInstantIn(timeZone)(now),
      hour: Number(formatMinuteIn(timeZone, now).slice(11, 13)),
      scheduleHour: SCHEDULE_HOUR,
      owners: scheduleState(ss).owners,
      ...statusData(),
    });
    showAlert(t(lang, 'schedule_status_title'), text);
  });
}

/** Time-driven trigger (1st of the month, 6 a.m. in the spreadsheet's zone): generates last month's tab; no UI. */
export function runScheduledDashboard(e?: { triggerUid?: string }): void {
  runScheduled(e);
}

export function showSalesKpiHelp(): void {
  const lang = safeLang();
  showAlert(t(lang, 'addon_help_title'), t(lang, 'addon_help'));
}

/** For tests and the command line: generates the given months (`YYYY-MM`) without prompts; throws on error. */
export function generateDashboardsFor_(months: readonly string[]): GenerateResult {
  const indexes = months.map((text) => {
    const m = parseMonthInput(text);
    if (m === null) throw new UserError('addon_bad_month', { text, example: '2024-03' });
    return m;
  });
  return generateDashboards({ months: indexes }, { trigger: 'manual', waitMs: MANUAL_WAIT_MS, toasts: true, activate: false });
}
