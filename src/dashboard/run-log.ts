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
  readonly outcome: 'ok' | 'error' | 'busy';
  readonly message?: string;
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
