// Running a recorded trigger as Google does: as its owner, with its event, in a trigger context, counted in the day's quota.

import { addTriggerTime, checkTriggerTime } from './execution-limits';
import type { Runtime } from './runtime';
import type { ServiceContext, TriggerContext } from './service-context';
import { clockEvent, nextFireTime } from './trigger-schedule';

function triggerOf(ctx: ServiceContext, triggerId: string) {
  const trigger = ctx.state.triggers.find((t) => t.id === triggerId);
  if (!trigger) throw new Error(`Local runtime: no trigger ${triggerId}`);
  return trigger;
}

/** Runs the trigger's handler now in `runtime` (whose user must own it), with Google's event for its type. */
export function runTriggerNow<T>(runtime: Runtime, ctx: ServiceContext, reach: Partial<TriggerContext> | undefined, triggerId: string): T {
  const trigger = triggerOf(ctx, triggerId);
  const user = ctx.settings.userEmail;
  if (trigger.owner !== user) throw new Error(`Local runtime: trigger ${triggerId} belongs to ${trigger.owner}; run it from that user's runtime`);
  const event = trigger.eventType === 'CLOCK' ? clockEvent(ctx.state.clock.now(), triggerId) : { authMode: 'FULL', triggerUid: triggerId };
  checkTriggerTime(ctx.state, user, ctx.settings.account);
  const started = ctx.state.clock.now();
  const previous = ctx.trigger;
  ctx.trigger = { activeSpreadsheet: true, documentLock: true, ...reach };
  try {
    return runtime.call<T>(trigger.handlerFunction, event);
  } finally {
    ctx.trigger = previous;
    addTriggerTime(ctx.state, user, started, ctx.state.clock.now() - started);
  }
}

/** The trigger's next firing after the clock's now, or null for a past one-off. */
export function nextFiring(ctx: ServiceContext, triggerId: string): Date | null {
  const at = nextFireTime(triggerOf(ctx, triggerId), ctx.state.clock.now(), ctx.settings.scriptTimeZone);
  return at === null ? null : new Date(at);
}
