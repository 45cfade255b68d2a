// Apps Script entry points of the add-on shell (menu, install, dashboards, schedule, help); exported to top level by the build.

import { parseMonthInput } from '../dashboard/month-input';
import { generateDashboards, type GenerateResult, lastMonth } from '../gas/dashboard-generate';
import { MANUAL_WAIT_MS, SCHEDULED_WAIT_MS } from '../gas/dashboard-lock';
import { userLang } from '../gas/spreadsheet-context';
import { toggleSchedule } from '../gas/triggers';
import { promptText, showAlert, spreadsheetTimeZone } from '../gas/ui';
import { t, UserError } from '../i18n';
import { monthKey } from '../model/days';
import type { Lang } from '../model/settings';
import { buildMenu } from './menu';
import { menuLang } from './menu-lang';
import { alert, reportErrors } from './ui';

const MANUAL = { trigger: 'manual', waitMs: MANUAL_WAIT_MS, toasts: true, activate: true } as const;

function safeLang(): Lang {
  try {
    return userLang();
  } catch {
    return 'en';
  }
}

/** Simple trigger: only builds the menu (in AuthMode.NONE nothing else is allowed). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(menuLang(e));
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

export function toggleMonthlySchedule(): void {
  reportErrors(safeLang, () => {
    const on = toggleSchedule();
    alert(userLang(), t(userLang(), on ? 'addon_schedule_on' : 'addon_schedule_off'));
  });
}

/** Time-driven trigger (1st of the month, 6 a.m.): generates last month's tab; no UI. The run log keeps the outcome. */
export function runScheduledDashboard(): void {
  try {
    generateDashboards('last', { trigger: 'scheduled', waitMs: SCHEDULED_WAIT_MS, toasts: false, activate: false });
  } catch (error) {
    // Busy means a person is generating right now: their run wins, the log says so. Other errors reach the owner by e-mail.
    if (!(error instanceof UserError && error.code === 'dash_busy')) throw error;
  }
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
