// The monthly schedule: an installable time-driven trigger on the 1st of each month at 6 a.m. (script time zone), on or off.

export const SCHEDULED_HANDLER = 'runScheduledDashboard';

/**
 * This user's schedule triggers for this spreadsheet. `getUserTriggers(spreadsheet)` rather than `getProjectTriggers()`:
 * an add-on's project spans every document it is used in, and toggling here must not touch another document's schedule.
 */
function scheduleTriggers(): GoogleAppsScript.Script.Trigger[] {
  const triggers = ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet());
  return triggers.filter((trigger) => trigger.getHandlerFunction() === SCHEDULED_HANDLER);
}

export function isScheduled(): boolean {
  return scheduleTriggers().length > 0;
}

/** Turns the schedule off when it is on (removing every copy of its trigger), on otherwise; returns the new state. */
export function toggleSchedule(): boolean {
  const existing = scheduleTriggers();
  if (existing.length > 0) {
    for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
    return false;
  }
  ScriptApp.newTrigger(SCHEDULED_HANDLER).timeBased().onMonthDay(1).atHour(6).create();
  return true;
}
