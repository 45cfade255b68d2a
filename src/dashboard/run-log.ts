// The run log of dashboard generations (scheduled and manual): parsing, appending, capping to the last runs.

import { utf8Length } from '../model/config';

export const RUN_LOG_CAP = 24;
/** Apps Script's limit for one property value is 9 KB: the log stays under it with room to spare. */
export const RUN_LOG_MAX_BYTES = 8000;
/** A refresh can list many months; the log keeps the first ones and a count of the rest. */
const MONTHS_KEPT = 12;

export interface RunEntry {
  /** ISO instant of the run. */
  readonly at: string;
  readonly trigger: 'manual' | 'scheduled' | 'refresh';
  /** Months generated (`YYYY-MM`). */
  readonly months: readonly string[];
  /**
   * `skipped`: a scheduled run found the month's tab already made after the month ended (a teammate's run);
   * `mail_error`: the dashboard was made, its e-mail digest could not be sent (the message says why).
   */
  readonly outcome: 'ok' | 'error' | 'busy' | 'skipped' | 'mail_error';
  readonly message?: string;
  /** The UserError code of a failure, to suggest the fix. */
  readonly code?: string;
  readonly ms?: number;
}

/** The stored log, oldest first; a missing or corrupt value gives an empty log. */
export function parseRunLog(raw: string | null | undefined): RunEntry[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter((e): e is RunEntry => !!e && typeof e === 'object' && typeof (e as RunEntry).at === 'string');
  } catch {
    return [];
  }
}

/** An entry made small: its message cut to 300 characters, its months to the first dozen plus a count. */
function compact(entry: RunEntry): RunEntry {
  const message = entry.message && entry.message.length > 300 ? `${entry.message.slice(0, 299)}…` : entry.message;
  const months = entry.months.length > MONTHS_KEPT ? [...entry.months.slice(0, MONTHS_KEPT), `+${entry.months.length - MONTHS_KEPT}`] : entry.months;
  return { ...entry, months, ...(message === undefined ? {} : { message }) };
}

/** The log with `entry` appended: the last `cap` runs at most, the oldest dropped until the value fits the byte limit. */
export function appendRun(raw: string | null | undefined, entry: RunEntry, cap = RUN_LOG_CAP, maxBytes = RUN_LOG_MAX_BYTES): string {
  const log = [...parseRunLog(raw), entry].slice(-cap).map(compact);
  let json = JSON.stringify(log);
  while (log.length > 1 && utf8Length(json) > maxBytes) {
    log.shift();
    json = JSON.stringify(log);
  }
  return json;
}

/** The last scheduled run when it failed (null when it succeeded, did nothing, or there is none): what the status, the tab and the toast report. */
export function lastScheduledFailure(log: readonly RunEntry[]): RunEntry | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const entry = log[i];
    if (entry.trigger !== 'scheduled' || entry.outcome === 'busy') continue;
    return entry.outcome === 'error' ? entry : null;
  }
  return null;
}
