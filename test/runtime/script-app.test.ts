// ScriptApp triggers are recorded with their schedule, listed, deleted and limited to 20 per script.

import { createRuntime, TRIGGER_LIMIT } from '../../scripts/runtime';

const SCRIPT = `
function schedule() {
  return ScriptApp.newTrigger('generateMonthly').timeBased().onMonthDay(1).atHour(6).create().getUniqueId();
}
function list() {
  return ScriptApp.getProjectTriggers().map(function (t) {
    return [t.getHandlerFunction(), t.getEventType() === ScriptApp.EventType.CLOCK];
  });
}
function unschedule() {
  ScriptApp.getProjectTriggers().forEach(function (t) {
    if (t.getHandlerFunction() === 'generateMonthly') ScriptApp.deleteTrigger(t);
  });
}
function onOpenTrigger() {
  ScriptApp.newTrigger('opened').forSpreadsheet(SpreadsheetApp.getActive()).onOpen().create();
}
`;

describe('the local ScriptApp', () => {
  it('records a monthly time-based trigger with its day and hour', () => {
    const rt = createRuntime().loadSource(SCRIPT);
    const id = rt.call<string>('schedule');
    expect(rt.state.triggers).toEqual([
      {
        id, handlerFunction: 'generateMonthly', eventType: 'CLOCK', schedule: { monthDay: 1, hour: 6 }, sourceId: null,
        owner: 'user@example.com', documentId: rt.workbook.id, createdAt: expect.any(Number),
      },
    ]);
    expect(rt.call('list')).toEqual([['generateMonthly', true]]);
  });

  it('fires a recorded trigger by calling its handler with a trigger event', () => {
    const rt = createRuntime().loadSource(`${SCRIPT}\nfunction generateMonthly(e) { return e.triggerUid; }`);
    const id = rt.call<string>('schedule');
    expect(rt.runTrigger(id)).toBe(id);
  });

  it('deletes triggers and records spreadsheet triggers with their source', () => {
    const rt = createRuntime().loadSource(SCRIPT);
    rt.call('schedule');
    rt.call('onOpenTrigger');
    rt.call('unschedule');
    expect(rt.state.triggers).toEqual([expect.objectContaining({ handlerFunction: 'opened', eventType: 'ON_OPEN', sourceId: rt.workbook.id })]);
  });

  it(`refuses a trigger past ${TRIGGER_LIMIT} for one user (outside an add-on)`, () => {
    const rt = createRuntime({ addon: false }).loadSource(SCRIPT);
    for (let i = 0; i < TRIGGER_LIMIT; i++) rt.call('schedule');
    expect(() => rt.call('schedule')).toThrow('This script has too many triggers');
  });
});
