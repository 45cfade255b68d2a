// The monthly schedule: each user's own clock trigger for this document, on the 1st at 6 a.m. in the spreadsheet's time zone.

import { activeUserEmail } from './session';

export const SCHEDULED_HANDLER = 'runScheduledDashboard';
export const SCHEDULE_HOUR = 6;
/** Who scheduled this document (triggers are per user: a teammate cannot see another's), kept in the document. */
export const SCHEDULES_PROPERTY = 'salesKpi.schedules';

/** One user's schedule of this document, as recorded when they turned it on. */
export interface ScheduleOwner {
  /** Their e-mail, or '' when Google does not give it. */
  readonly email: string;
  /** `yyyy-MM-dd` in the spreadsheet's zone. */
  readonly since: string;
  readonly timeZone: string;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * This user's schedule triggers for this spreadsheet. `getUserTriggers(spreadsheet)` returns the caller's own
 * triggers for this document only: a teammate's trigger is never seen, nor another document's.
 */
function ownTriggers(ss: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((trigger) => trigger.getHandlerFunction() === SCHEDULED_HANDLER);
}

/**
 * Keys of this user's entries in the schedules record: the IDs of their own triggers (the record is keyed by trigger,
 * which needs no identity scope), and the per-user key older records used (their e-mail, else the temporary key).
 */
function ownKeys(triggers: readonly GoogleAppsScript.Script.Trigger[], email: string): Set<string> {
  return new Set([...triggers.map((trigger) => trigger.getUniqueId()), email || Session.getTemporaryActiveUserKey()]);
}

export function readSchedules(raw: string | null): Record<string, ScheduleOwner> {
  try {
    const value = raw ? (JSON.parse(raw) as unknown) : {};
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, ScheduleOwner>) : {};
  } catch {
    return {};
  }
}

function writeSchedules(schedules: Record<string, ScheduleOwner>): void {
  PropertiesService.getDocumentProperties().setProperty(SCHEDULES_PROPERTY, JSON.stringify(schedules));
}

/** The clock trigger in the spreadsheet's zone (without inTimezone it would fire at 6 a.m. in the script's zone). */
function createTrigger(timeZone: string): GoogleAppsScript.Script.Trigger {
  return ScriptApp.newTrigger(SCHEDULED_HANDLER).timeBased().inTimezone(timeZone).onMonthDay(1).atHour(SCHEDULE_HOUR).create();
}

export interface ScheduleState {
  /** This user has a schedule trigger here. */
  readonly mine: boolean;
  /** Everyone who scheduled this document, this user's key first when present. */
  readonly owners: readonly (ScheduleOwner & { readonly you: boolean })[];
}

export function scheduleState(ss: Spreadsheet): ScheduleState {
  const triggers = ownTriggers(ss);
  const mine = triggers.length > 0;
  const keys = ownKeys(triggers, activeUserEmail());
  const schedules = readSchedules(PropertiesService.getDocumentProperties().getProperty(SCHEDULES_PROPERTY));
  const owners = Object.entries(schedules)
    .filter(([k]) => !keys.has(k) || mine)
    .map(([k, owner]) => ({ ...owner, you: keys.has(k) }))
    .sort((a, b) => Number(b.you) - Number(a.you));
  // A schedule turned on before owners were recorded: still this user's, its start unknown.
  if (mine && !owners.some((o) => o.you)) owners.unshift({ email: '', since: '?', timeZone: ss.getSpreadsheetTimeZone(), you: true });
  return { mine, owners };
}

/**
 * Turns this user's schedule off when it is on (every copy of their trigger), on otherwise, and records who
 * scheduled in the document. A teammate's trigger is untouched: only its owner can remove it.
 */
export function toggleSchedule(ss: Spreadsheet, today: string): boolean {
  const existing = ownTriggers(ss);
  const email = activeUserEmail();
  const schedules = readSchedules(PropertiesService.getDocumentProperties().getProperty(SCHEDULES_PROPERTY));
  if (existing.length > 0) {
    for (const key of ownKeys(existing, email)) delete schedules[key];
    for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
    writeSchedules(schedules);
    return false;
  }
  const timeZone = ss.getSpreadsheetTimeZone();
  const trigger = createTrigger(timeZone);
  schedules[trigger.getUniqueId()] = { email, since: today, timeZone };
  writeSchedules(schedules);
  return true;
}

/** Replaces this user's trigger `uid` (built before triggers were made in the spreadsheet's zone) by one in `timeZone`. */
export function rebuildTrigger(ss: Spreadsheet, uid: string, timeZone: string): void {
  for (const trigger of ownTriggers(ss)) if (trigger.getUniqueId() === uid) ScriptApp.deleteTrigger(trigger);
  const rebuilt = createTrigger(timeZone).getUniqueId();
  const schedules = readSchedules(PropertiesService.getDocumentProperties().getProperty(SCHEDULES_PROPERTY));
  const owner = schedules[uid];
  if (owner) {
    delete schedules[uid];
    schedules[rebuilt] = { ...owner, timeZone };
    writeSchedules(schedules);
  }
}
