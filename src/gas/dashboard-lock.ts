// Runs a dashboard job under the document lock so a scheduled run and a manual run never write at the same time.

import { type MessageKey, UserError } from '../i18n';

/** How long a manual run waits for the lock, and a scheduled run (it has no one waiting on it). */
export const MANUAL_WAIT_MS = 10000;
export const SCHEDULED_WAIT_MS = 120000;

/**
 * Calls `job` holding the document lock; throws `busy` (by default `dash_busy`) when another execution keeps it past
 * `waitMs`. The documentation promises no document lock inside a time-driven run: when LockService gives none, the
 * reason is logged and the job runs without it (a scheduled run then relies on its check that the month's tab does
 * not exist yet) — never reported as "busy".
 */
export function withDocumentLock<T>(waitMs: number, job: () => T, busy: MessageKey = 'dash_busy'): T {
  const lock = LockService.getDocumentLock();
  if (!lock) {
    console.warn('Sales KPI: LockService.getDocumentLock() returned null (no document in this execution); running without the lock.');
    return job();
  }
  if (!lock.tryLock(waitMs)) throw new UserError(busy);
  try {
    return job();
  } finally {
    lock.releaseLock();
  }
}
