// Keeps the capped run log (last dashboard runs and their outcome) in a document property, without lost updates.

import { appendRun, parseRunLog, type RunEntry } from '../dashboard/run-log';

export const RUN_LOG_PROPERTY = 'salesKpi.runLog';
/** A run that could not take the lock records itself under its own key; the next lock holder folds it into the log. */
export const PENDING_RUN_PREFIX = 'salesKpi.runLog.pending.';

/** The document properties already read by a run holding the lock: the store, the log, and pending entries. */
export interface HeldLog {
  readonly props: GoogleAppsScript.Properties.Properties;
  readonly raw: string | null;
  /** Pending keys (written by runs that found the lock taken) and their entries, as read at the start. */
  readonly pending: Readonly<Record<string, string>>;
}

export function heldLog(props: GoogleAppsScript.Properties.Properties, stored: Readonly<Record<string, string>>): HeldLog {
  const pending: Record<string, string> = {};
  for (const key of Object.keys(stored)) if (key.startsWith(PENDING_RUN_PREFIX)) pending[key] = stored[key];
  return { props, raw: stored[RUN_LOG_PROPERTY] ?? null, pending };
}

/**
 * Appends one run to the log. Inside the lock (`held`): one write, plus one delete per pending entry folded in.
 * Outside it (the lock was busy): the entry goes to a key of its own, so the holder's write cannot erase it.
 * Never throws: a log failure must not hide the run's outcome.
 */
export function logRun(entry: RunEntry, held?: HeldLog): void {
  try {
    if (!held) {
      const key = `${PENDING_RUN_PREFIX}${Date.now()}.${Math.random().toString(36).slice(2, 8)}`;
      PropertiesService.getDocumentProperties().setProperty(key, JSON.stringify(entry));
      return;
    }
    const pending = Object.keys(held.pending).flatMap((key) => parseRunLog(`[${held.pending[key]}]`));
    let raw = held.raw;
    for (const run of [...pending, entry].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))) raw = appendRun(raw, run);
    held.props.setProperty(RUN_LOG_PROPERTY, raw ?? '[]');
    for (const key of Object.keys(held.pending)) held.props.deleteProperty(key);
  } catch {
    // The log is best effort.
  }
}

/** The log, with runs still pending (not yet folded in by a lock holder) in time order. */
export function readRunLog(): RunEntry[] {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const pending = Object.keys(stored)
    .filter((key) => key.startsWith(PENDING_RUN_PREFIX))
    .flatMap((key) => parseRunLog(`[${stored[key]}]`));
  return [...parseRunLog(stored[RUN_LOG_PROPERTY]), ...pending].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
