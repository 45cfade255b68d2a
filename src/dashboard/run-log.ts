// The run log of dashboard generations (scheduled and manual): parsing, appending, capping to the last runs.

export const RUN_LOG_CAP = 24;

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

/** The log with `entry` appended, keeping only the last `cap` runs; messages are cut so the value stays small. */
export function appendRun(raw: string | null | undefined, entry: RunEntry, cap = RUN_LOG_CAP): string {
  const message = entry.message && entry.message.length > 300 ? `${entry.message.slice(0, 299)}…` : entry.message;
  const kept = { ...entry, ...(message === undefined ? {} : { message }) };
  const log = [...parseRunLog(raw), kept].slice(-cap);
  return JSON.stringify(log);
}
