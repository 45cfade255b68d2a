// What a dashboard run says about the schedule: the months a scheduled run may skip, the line about a failed scheduled run.

import { lastScheduledFailure, parseRunLog } from '../dashboard/run-log';
import { ownTab, type TabInfo } from '../dashboard/tab-plan';
import { t } from '../i18n';
import { type MonthIndex, monthKey } from '../model/days';
import type { Lang } from '../model/settings';
import { formatMinuteIn } from '../model/timezone';
import type { HeldLog } from './dashboard-log';

/**
 * The wanted months whose tab the add-on already made after the month ended (by a teammate's scheduled run, or a
 * person): a second scheduled run finds them and does nothing. A tab made during the month is regenerated.
 */
export function completedMonths(tabs: readonly TabInfo[], wanted: readonly MonthIndex[]): { month: string; at: string }[] {
  return wanted.flatMap((m) => {
    const key = monthKey(m);
    const tab = ownTab(tabs, key);
    const at = tab?.tag?.generatedAt ?? '';
    return at.slice(0, 7) > key ? [{ month: key, at }] : [];
  });
}

/** The line for the next generated tab when the last scheduled run failed (from the log the run already read). */
export function scheduleFailureLine(held: HeldLog | undefined, lang: Lang, timeZone: string): string | undefined {
  if (!held) return undefined;
  const pending = Object.keys(held.pending).flatMap((key) => parseRunLog(`[${held.pending[key]}]`));
  const log = [...parseRunLog(held.raw), ...pending].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const failed = lastScheduledFailure(log);
  if (!failed) return undefined;
  return t(lang, 'schedule_failed_line', { at: formatMinuteIn(timeZone, Date.parse(failed.at)), message: failed.message ?? '' });
}
