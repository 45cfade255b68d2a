// Google's execution limits, enforced by the local runtime: run time per execution, simultaneous executions, trigger time per day.

import type { ExecutionMode } from './auth-policy';
import type { SharedState } from './service-context';

/** Custom functions and simple triggers (onOpen, onEdit) stop after 30 s; menu items, sidebar calls and installable triggers after 6 min. */
export const CUSTOM_FUNCTION_MS = 30000;
export const SIMPLE_TRIGGER_MS = 30000;
export const EXECUTION_MS = 6 * 60000;
/** Executions one user may have running at once. */
export const SIMULTANEOUS_EXECUTIONS = 30;
/** Total trigger run time per user per day: consumer accounts, Google Workspace accounts. */
export const TRIGGER_DAILY_MS = { consumer: 90 * 60000, workspace: 6 * 3600000 } as const;

export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';
export const SIMULTANEOUS_MESSAGE = 'There are too many scripts running simultaneously for this Google user account.';
export const TRIGGER_TIME_MESSAGE = 'Service using too much computer time for one day. Try again later.';

/** The longest an execution in `mode` may run (NONE and LIMITED are simple triggers). */
export function timeLimit(mode: ExecutionMode): number {
  if (mode === 'CUSTOM_FUNCTION') return CUSTOM_FUNCTION_MS;
  if (mode === 'NONE' || mode === 'LIMITED') return SIMPLE_TRIGGER_MS;
  return EXECUTION_MS;
}

/** Counts one more running execution for `user`; throws Google's error past 30. Returns the release function. */
export function startExecution(state: SharedState, user: string, count = 1): () => void {
  const running = state.running.get(user) ?? 0;
  if (running + count > SIMULTANEOUS_EXECUTIONS) throw new Error(SIMULTANEOUS_MESSAGE);
  state.running.set(user, running + count);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.running.set(user, Math.max(0, (state.running.get(user) ?? 0) - count));
  };
}

function dayKey(user: string, ms: number): string {
  return `${user}|${new Date(ms).toISOString().slice(0, 10)}`;
}

/** Throws when `user` already spent the day's trigger time (the quota is counted per UTC day here; Google resets it 24 h after first use). */
export function checkTriggerTime(state: SharedState, user: string, account: 'consumer' | 'workspace'): void {
  if ((state.triggerTime.get(dayKey(user, state.clock.now())) ?? 0) >= TRIGGER_DAILY_MS[account]) throw new Error(TRIGGER_TIME_MESSAGE);
}

export function addTriggerTime(state: SharedState, user: string, startMs: number, ms: number): void {
  const key = dayKey(user, startMs);
  state.triggerTime.set(key, (state.triggerTime.get(key) ?? 0) + Math.max(0, ms));
}
