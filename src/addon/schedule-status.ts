// The "Schedule status" text: who scheduled, the next run, the last runs, the last scheduled error and what to do.

import { lastScheduledFailure, type RunEntry } from '../dashboard/run-log';
import { type MessageKey, t } from '../i18n';
import { civilFromDay, type Day, dayFromCivil, dayKey, monthKey, monthOfDay } from '../model/days';
import type { Lang } from '../model/settings';
import { formatMinuteIn } from '../model/timezone';
import type { ScheduleOwner } from '../gas/triggers';

/** Runs listed in the status (the log keeps more). */
const RUNS_SHOWN = 6;

export interface StatusInput {
  readonly lang: Lang;
  readonly timeZone: string;
  /** Today in the spreadsheet's zone, and the hour there. */
  readonly today: Day;
  readonly hour: number;
  readonly scheduleHour: number;
  readonly owners: readonly (ScheduleOwner & { readonly you: boolean })[];
  readonly log: readonly RunEntry[];
  /** A failure recorded outside the document (a scheduled run that could not reach it). */
  readonly unreachable?: string;
}

/** The day of the next scheduled run: today when it is the 1st and the run's hour has not passed, else next month's 1st. */
export function nextRunDay(today: Day, hour: number, scheduleHour: number): Day {
  const { year, month, day } = civilFromDay(today);
  if (day === 1 && hour <= scheduleHour) return today;
  return month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
}

/** What to do about a failure, from its error code. */
export function fixFor(entry: RunEntry): MessageKey {
  if (entry.code === 'dash_no_config' || entry.code === 'dash_no_data') return 'schedule_fix_config';
  if (entry.code === 'schedule_no_spreadsheet') return 'schedule_fix_unreachable';
  return 'schedule_fix_default';
}

export function scheduleStatusText(input: StatusInput): string {
  const { lang, timeZone } = input;
  const lines: string[] = [];
  if (input.owners.length === 0) lines.push(t(lang, 'schedule_none'));
  else {
    const owners = input.owners.map((o) =>
      t(lang, 'schedule_owner_item', {
        who: o.you ? t(lang, 'schedule_owner_you') : o.email || t(lang, 'schedule_owner_teammate'),
        since: o.since,
        zone: o.timeZone,
      }),
    );
    lines.push(t(lang, 'schedule_owners', { owners: owners.join(', ') }));
    const day = nextRunDay(input.today, input.hour, input.scheduleHour);
    lines.push(t(lang, 'schedule_next', { day: dayKey(day), hour: input.scheduleHour, next: input.scheduleHour + 1, zone: timeZone, month: monthKey(monthOfDay(day) - 1) }));
  }
  const runs = input.log.slice(-RUNS_SHOWN).reverse();
  lines.push('', runs.length > 0 ? t(lang, 'schedule_runs') : t(lang, 'schedule_no_runs'));
  for (const run of runs) {
    lines.push(
      t(lang, 'schedule_run_item', {
        at: formatMinuteIn(timeZone, Date.parse(run.at)),
        trigger: t(lang, `schedule_trigger_${run.trigger}` as MessageKey),
        outcome: t(lang, `schedule_outcome_${run.outcome}` as MessageKey),
        months: run.months.join(', '),
      }),
    );
  }
  const failed = lastScheduledFailure(input.log);
  if (failed) {
    lines.push('', t(lang, 'schedule_last_error', { at: formatMinuteIn(timeZone, Date.parse(failed.at)), message: failed.message ?? '' }));
    lines.push(t(lang, 'schedule_fix', { fix: t(lang, fixFor(failed)) }));
  } else if (input.unreachable) {
    lines.push('', t(lang, 'schedule_last_error', { at: input.unreachable, message: t(lang, 'schedule_no_spreadsheet') }));
    lines.push(t(lang, 'schedule_fix', { fix: t(lang, 'schedule_fix_unreachable') }));
  }
  return lines.join('\n');
}
