// Apps Script entry points of the add-on shell (menu, install, dashboards, schedule, help); exported to top level by the build.

import { parseMonthInput } from '../dashboard/month-input';
import { generateDashboards, type GenerateResult, lastMonth } from '../gas/dashboard-generate';
import { MANUAL_WAIT_MS } from '../gas/dashboard-lock';
import { userLang } from '../gas/spreadsheet-context';
import { isAuthNone, scheduleStatusInput, toggleScheduleMessage } from '../gas/schedule-menu';
import { runScheduled, toastScheduledFailure } from '../gas/schedule-run';
import { promptText, showAlert, spreadsheetTimeZone } from '../gas/ui';
import { t, UserError } from '../i18n';
import { monthKey } from '../model/days';
import type { Lang } from '../model/settings';
import { buildMenu } from './menu';
import { menuLang } from './menu-lang';
import { scheduleStatusText } from './schedule-status';
import { alert, reportErrors } from './ui';

const MANUAL = { trigger: 'manual', waitMs: MANUAL_WAIT_MS, toasts: true, activate: true } as const;

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

/** Turns this user's schedule on or off; says who else scheduled the document (their trigger is theirs to remove). */
export function toggleMonthlySchedule(): void {
  reportErrors(safeLang, () => {
    const lang = userLang();
    alert(lang, toggleScheduleMessage(lang));
  });
}

/** Menu item: who scheduled, the next run, the last runs, the last scheduled error and the fix. */
export function showScheduleStatus(): void {
  reportErrors(safeLang, () => {
    const lang = userLang();
    showAlert(t(lang, 'schedule_status_title'), scheduleStatusText(scheduleStatusInput(lang)));
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
