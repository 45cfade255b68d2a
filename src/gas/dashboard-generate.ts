// Generates monthly dashboard tabs: lock, read each table once, build the model and layout, swap the tab in, log.

import { UserError, t } from '../i18n';
import { layoutDashboard } from '../dashboard/layout';
import { buildDashboardModel } from '../dashboard/model';
import type { RunEntry } from '../dashboard/run-log';
import { ownTabs } from '../dashboard/tab-plan';
import { type MonthIndex, monthKey, monthOfDay } from '../model/days';
import { langOf, type Lang } from '../model/settings';
import { dayOfInstantIn } from '../model/timezone';
import { loadConfig } from './config-store';
import { withDocumentLock } from './dashboard-lock';
import { logRun } from './dashboard-log';
import { listTabs, publishTab } from './dashboard-tabs';
import { readInput } from './read-tables';
import { spreadsheetSettings } from './spreadsheet-context';

/** Which months: explicit ones, the month before the current one (in the spreadsheet's zone), or every own tab. */
export type MonthChoice = { readonly months: readonly MonthIndex[] } | 'last' | 'all';

export interface GenerateOptions {
  readonly trigger: RunEntry['trigger'];
  readonly waitMs: number;
  /** Show progress toasts (manual runs). */
  readonly toasts: boolean;
  /** Make the new tab the active one (manual runs). */
  readonly activate: boolean;
}

export interface GenerateResult {
  readonly tabs: readonly string[];
  readonly lang: Lang;
}

/** The month before the current one in `timeZone`. */
export function lastMonth(timeZone: string, nowMs: number = Date.now()): MonthIndex {
  return monthOfDay(dayOfInstantIn(timeZone)(nowMs)) - 1;
}

function resolveMonths(choice: MonthChoice, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, timeZone: string): MonthIndex[] {
  if (choice === 'last') return [lastMonth(timeZone)];
  if (choice !== 'all') return [...choice.months];
  const keys = [...new Set(ownTabs(listTabs(ss)).map((tab) => tab.tag?.month ?? ''))].filter((k) => k !== '').sort();
  if (keys.length === 0) throw new UserError('dash_none_to_refresh');
  return keys.map((k) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1);
}

function run(choice: MonthChoice, options: GenerateOptions, months: string[]): GenerateResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { config } = loadConfig();
  const settings = spreadsheetSettings(config?.settings);
  const lang = langOf(settings.locale);
  const title = t(lang, 'dash_toast_title');
  const toast = (message: string) => {
    if (options.toasts) ss.toast(message, title, 5);
  };
  if (!config || Object.keys(config.entities).length === 0) throw new UserError('dash_no_config');
  const wanted = resolveMonths(choice, ss, settings.timeZone);
  months.push(...wanted.map(monthKey));
  toast(t(lang, 'dash_toast_reading'));
  const nowMs = Date.now();
  const { input, problems } = readInput(config, settings, dayOfInstantIn(settings.timeZone)(nowMs));
  if (Object.keys(input.tables).length === 0) throw new UserError('dash_no_data', { problems: problems.join(' ') });
  const generatedAt = Utilities.formatDate(new Date(nowMs), settings.timeZone, 'yyyy-MM-dd HH:mm');
  const tabs: string[] = [];
  let last: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  for (const month of wanted) {
    toast(t(lang, 'dash_toast_computing', { month: monthKey(month) }));
    const model = buildDashboardModel(input, month, lang, settings, { generatedAt, problems });
    const layout = layoutDashboard(model);
    toast(t(lang, 'dash_toast_writing', { name: model.tabName }));
    last = publishTab(ss, { month: monthKey(month), preferredName: model.tabName, layout, generatedAt, lang });
    tabs.push(last.getName());
  }
  if (last && options.activate) ss.setActiveSheet(last);
  toast(t(lang, 'dash_toast_done', { name: tabs.join(', ') }));
  return { tabs, lang };
}

/** Generates the chosen months under the document lock and records the run (and its outcome) in the run log. */
export function generateDashboards(choice: MonthChoice, options: GenerateOptions): GenerateResult {
  const started = Date.now();
  const months: string[] = [];
  try {
    const result = withDocumentLock(options.waitMs, () => run(choice, options, months));
    logRun({ at: new Date().toISOString(), trigger: options.trigger, months, outcome: 'ok', ms: Date.now() - started });
    return result;
  } catch (error) {
    const busy = error instanceof UserError && error.code === 'dash_busy';
    const raw = (error as { message?: unknown } | null)?.message;
    const message = typeof raw === 'string' ? raw : String(error);
    logRun({ at: new Date().toISOString(), trigger: options.trigger, months, outcome: busy ? 'busy' : 'error', message, ms: Date.now() - started });
    throw error;
  }
}
