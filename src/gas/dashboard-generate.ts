// Generates monthly dashboard tabs: lock, read each table once, build the model and layout, swap the tab in, log.

import { afterGenerate, type GeneratedMonth } from '../addon/after-generate';
import { UserError, t } from '../i18n';
import { layoutDashboard } from '../dashboard/layout';
import { buildDashboardModel } from '../dashboard/model';
import type { RunEntry } from '../dashboard/run-log';
import { ownTabs } from '../dashboard/tab-plan';
import { type MonthIndex, monthKey, monthOfDay } from '../model/days';
import { langOf, type Lang } from '../model/settings';
import { dayOfInstantIn, formatMinuteIn } from '../model/timezone';
import { CONFIG_PROPERTY_KEY, parseConfig } from '../model/config';
import { withDocumentLock } from './dashboard-lock';
import { type HeldLog, heldLog, logRun } from './dashboard-log';
import { listTabs, publishTab, type SheetTab } from './dashboard-tabs';
import { type ReadResult, readInput } from './read-tables';
import { completedMonths, scheduleFailureLine } from './schedule-notes';
import { spreadsheetSettings } from './spreadsheet-context';

/** Which months: explicit ones, the month before the current one (in the spreadsheet's zone), or every own tab. */
export type MonthChoice = { readonly months: readonly MonthIndex[] } | 'last' | 'all';

export interface GenerateOptions {
  readonly trigger: RunEntry['trigger'];
  readonly waitMs: number;
  /** Show progress toasts (manual runs). */
  readonly toasts: boolean;
  /** Make the new tab the active one (manual runs): `insertSheet` already does, so this costs no call. */
  readonly activate: boolean;
  /** The tables already read and parsed in this execution (the command line's export): not read again. */
  readonly input?: ReadResult;
}

export interface GenerateResult {
  readonly tabs: readonly string[];
  readonly lang: Lang;
  /** The generated months with their models, only when an edition acts after generation (see after-generate.ts). */
  readonly generated?: readonly GeneratedMonth[];
}

/** The month before the current one in `timeZone`. */
export function lastMonth(timeZone: string, nowMs: number = Date.now()): MonthIndex {
  return monthOfDay(dayOfInstantIn(timeZone)(nowMs)) - 1;
}

function resolveMonths(choice: MonthChoice, tabs: readonly SheetTab[], timeZone: string): MonthIndex[] {
  if (choice === 'last') return [lastMonth(timeZone)];
  if (choice !== 'all') return [...choice.months];
  const keys = [...new Set(ownTabs(tabs).map((tab) => tab.tag?.month ?? ''))].filter((k) => k !== '').sort();
  if (keys.length === 0) throw new UserError('dash_none_to_refresh');
  return keys.map((k) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1);
}

/** What a run learns that its log entry needs: the months it chose, and the properties it already read. */
interface RunState {
  readonly months: string[];
  held?: HeldLog;
  /** Set when a scheduled run found every month already made: why it did nothing. */
  skipped?: string;
}

function run(choice: MonthChoice, options: GenerateOptions, state: RunState): GenerateResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  state.held = heldLog(props, stored);
  const { config } = parseConfig(stored[CONFIG_PROPERTY_KEY] ?? null);
  const settings = spreadsheetSettings(config?.settings, ss);
  const lang = langOf(settings.locale);
  const title = t(lang, 'dash_toast_title');
  const toast = (message: string) => {
    if (options.toasts) ss.toast(message, title, 5);
  };
  if (!config || Object.keys(config.entities).length === 0) throw new UserError('dash_no_config');
  let tabs = listTabs(ss);
  const wanted = resolveMonths(choice, tabs, settings.timeZone);
  state.months.push(...wanted.map(monthKey));
  if (options.trigger === 'scheduled') {
    const done = completedMonths(tabs, wanted);
    if (done.length === wanted.length) {
      state.skipped = done.map((d) => t(lang, 'schedule_skipped', d)).join(' ');
      return { tabs: [], lang };
    }
  }
  toast(t(lang, 'dash_toast_reading'));
  const nowMs = Date.now();
  const scheduleNote = options.trigger === 'scheduled' ? undefined : scheduleFailureLine(state.held, lang, settings.timeZone);
  const { input, problems } = options.input ?? readInput(config, settings, dayOfInstantIn(settings.timeZone)(nowMs), ss);
  if (Object.keys(input.tables).length === 0) throw new UserError('dash_no_data', { problems: problems.join(' ') });
  const generatedAt = formatMinuteIn(settings.timeZone, nowMs);
  const names: string[] = [];
  const generated: GeneratedMonth[] = [];
  // Only an edition that acts after generation pays the calls for the tab's id and the spreadsheet's address.
  const url = afterGenerate() ? ss.getUrl() : '';
  for (const month of wanted) {
    const model = buildDashboardModel(input, month, lang, settings, { generatedAt, problems, scheduleNote });
    const layout = layoutDashboard(model);
    const published = publishTab(ss, { month: monthKey(month), preferredName: model.tabName, layout, generatedAt, lang }, tabs);
    names.push(published.name);
    tabs = published.tabs;
    if (url) {
      const modelIn = (other: Lang) => (other === lang ? model : buildDashboardModel(input, month, other, settings, { generatedAt, problems }));
      generated.push({ tabName: published.name, sheetId: published.sheet.getSheetId(), spreadsheetUrl: url, model, modelIn });
    }
  }
  toast(t(lang, 'dash_toast_done', { name: names.join(', ') }));
  return url ? { tabs: names, lang, generated } : { tabs: names, lang };
}

function messageOf(error: unknown): string {
  const raw = (error as { message?: unknown } | null)?.message;
  return typeof raw === 'string' ? raw : String(error);
}

/**
 * Generates the chosen months under the document lock and records the run and its outcome in the run log (inside
 * the lock, reusing the properties read at the start; a run that never got the lock logs `busy` on its own).
 * Service calls: a fixed number per run plus a fixed number per month and per table, whatever the rows.
 */
export function generateDashboards(choice: MonthChoice, options: GenerateOptions): GenerateResult {
  const started = Date.now();
  const state: RunState = { months: [] };
  const entry = (outcome: RunEntry['outcome'], message?: string, error?: unknown): RunEntry => ({
    at: new Date().toISOString(),
    trigger: options.trigger,
    months: state.months,
    outcome,
    ...(message === undefined ? {} : { message }),
    ...(error instanceof UserError ? { code: error.code } : {}),
    ms: Date.now() - started,
  });
  let logged = false;
  try {
    const result = withDocumentLock(options.waitMs, () => {
      try {
        const result = run(choice, options, state);
        logged = true;
        logRun(state.skipped === undefined ? entry('ok') : entry('skipped', state.skipped), state.held);
        return result;
      } catch (error) {
        logged = true;
        logRun(entry('error', messageOf(error), error), state.held);
        throw error;
      }
    });
    const hook = afterGenerate();
    if (hook && result.generated) {
      try {
        hook(result.generated, options.trigger);
      } catch {
        // An edition's step never undoes or fails a generation that succeeded (it logs its own failures).
      }
    }
    return result;
  } catch (error) {
    const busy = error instanceof UserError && error.code === 'dash_busy';
    if (!logged) logRun(entry(busy ? 'busy' : 'error', messageOf(error), error));
    throw error;
  }
}
