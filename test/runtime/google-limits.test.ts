// Each of Google's limits, broken on purpose, fails in the local runtime as it would on Google.

import { createRuntime, TRIGGER_LIMIT } from '../../scripts/runtime';
import { SIMULTANEOUS_MESSAGE, TIME_LIMIT_MESSAGE, TRIGGER_TIME_MESSAGE } from '../../scripts/runtime/execution-limits';
import { loadScript } from './script-fixture';

const NOW = Date.UTC(2024, 2, 15, 12, 0);

const SCRIPT = `
function SLOW(seconds) { Utilities.sleep(seconds * 1000); return Utilities.formatString('%s s', seconds); }
function slowMenu(minutes) { for (var i = 0; i < minutes * 2; i++) Utilities.sleep(30000); SpreadsheetApp.getActive().getName(); return 'done'; }
function onOpen(e) { Utilities.sleep(31000); SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'go').addToUi(); }
function mode(e) { return [e.authMode === ScriptApp.AuthMode.NONE, e.authMode === 'NONE', String(e.authMode)]; }
function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<b>x</b>')); }
function readProps() { SpreadsheetApp.getActive().toast('hi'); return PropertiesService.getDocumentProperties().getProperty('k'); }
function html() { return HtmlService.createHtmlOutput('x').getContent(); }
function zone() { return Session.getScriptTimeZone(); }
function schedule(zone) {
  var b = ScriptApp.newTrigger('tick').timeBased().onMonthDay(1).atHour(6);
  if (zone) b = b.inTimezone(zone);
  return b.create().getUniqueId();
}
function hourly() { return ScriptApp.newTrigger('tick').timeBased().everyMinutes(10).create().getUniqueId(); }
function mine() { return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map(function (t) { return t.getUniqueId(); }); }
function elsewhere() { return ScriptApp.getUserTriggers({ getId: function () { return 'another-document'; } }).length; }
function dropAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function tick(e) { Utilities.sleep(300000); return e['day-of-month'] + ' ' + e.hour + ':' + e.minute + ' ' + e.timezone; }
function echo(a, b) { return { a: a, b: b }; }
function when() { return new Date(); }
function secret_() { return 'private'; }
function chart(type, key, value) {
  var sheet = SpreadsheetApp.getActive().getSheets()[0];
  sheet.getRange('A1:B3').setValues([['m', 'v'], ['a', 1], ['b', 2]]);
  var b = sheet.newChart().setChartType(Charts.ChartType[type]).addRange(sheet.getRange('A1:B3')).setPosition(1, 4, 0, 0);
  b.setOption(key, value);
  sheet.insertChart(b.build());
  return sheet.getCharts().length;
}
function tag(visibility) { SpreadsheetApp.getActive().getSheets()[0].addDeveloperMetadata('k', 'v', SpreadsheetApp.DeveloperMetadataVisibility[visibility]); }
function tags() { return SpreadsheetApp.getActive().createDeveloperMetadataFinder().withKey('k').find().length; }
function reach() { return [SpreadsheetApp.getActiveSpreadsheet() === null, LockService.getDocumentLock() === null]; }
`;

const load = (options = {}) => loadScript(SCRIPT, { now: NOW, ...options });

describe('execution time', () => {
  it('stops a custom function after 30 s', () => {
    const rt = load();
    expect(rt.callCustomFunction('SLOW', 29)).toBe('29 s');
    expect(() => rt.callCustomFunction('SLOW', 31)).toThrow(TIME_LIMIT_MESSAGE);
  });

  it('stops a menu run after 6 min, at its next service call', () => {
    const rt = load();
    expect(rt.call('slowMenu', 5)).toBe('done');
    expect(() => rt.call('slowMenu', 7)).toThrow(TIME_LIMIT_MESSAGE);
  });

  it('lets the command line turn the run-time limits off', () => {
    expect(load({ timeLimits: false }).call('slowMenu', 7)).toBe('done');
  });

  it('stops a simple onOpen after 30 s', () => {
    expect(() => load().callWithAuthMode('LIMITED', 'onOpen', { authMode: 'LIMITED' })).toThrow(TIME_LIMIT_MESSAGE);
  });
});

describe('simultaneous executions', () => {
  it('refuses a 31st execution of one user, not another user’s', () => {
    const rt = load({ userEmail: 'a@acme.fr' });
    const release = rt.holdExecutions(30);
    expect(() => rt.call('zone')).toThrow(SIMULTANEOUS_MESSAGE);
    const teammate = createRuntime({ shareWith: rt, userEmail: 'b@acme.fr', now: NOW }).loadSource(SCRIPT);
    expect(teammate.call('zone')).toBe('Europe/Paris');
    release();
    expect(rt.call('zone')).toBe('Europe/Paris');
  });
});

describe('trigger time per day', () => {
  it('refuses trigger runs past 90 min a day on a consumer account, not on Workspace', () => {
    const rt = load({ addon: false });
    const id = rt.call<string>('hourly');
    for (let i = 0; i < 18; i++) rt.runTrigger(id); // 18 × 5 min = 90 min
    expect(() => rt.runTrigger(id)).toThrow(TRIGGER_TIME_MESSAGE);
    const work = load({ addon: false, account: 'workspace' });
    const other = work.call<string>('hourly');
    for (let i = 0; i < 19; i++) work.runTrigger(other);
  });
});

describe('authorization modes', () => {
  it('passes e.authMode as ScriptApp.AuthMode, an enum a string does not equal', () => {
    expect(load().callWithAuthMode('NONE', 'mode', { authMode: 'NONE' })).toEqual([true, false, 'NONE']);
  });

  it('allows in AuthMode.NONE only the menu, the locale, Logger and Utilities', () => {
    const rt = load();
    expect(() => rt.callWithAuthMode('NONE', 'html')).toThrow('You do not have permission to call HtmlService.createHtmlOutput');
    expect(() => rt.callWithAuthMode('NONE', 'zone')).toThrow('You do not have permission to call Session.getScriptTimeZone');
  });

  it('refuses a sidebar in AuthMode.LIMITED but reads the document and its properties', () => {
    const rt = load();
    rt.state.properties.document.set('k', 'v');
    expect(() => rt.callWithAuthMode('LIMITED', 'sidebar')).toThrow('You do not have permission to call Ui.showSidebar');
    expect(rt.callWithAuthMode('LIMITED', 'readProps')).toBe('v');
    expect(() => rt.callWithAuthMode('LIMITED', 'schedule')).toThrow('You do not have permission to call ScriptApp.newTrigger');
  });
});

describe('google.script.run', () => {
  it('refuses a function whose name ends with _', () => {
    expect(() => load().scriptRun('secret_')).toThrow('secret_ is private');
  });

  it('turns undefined in arrays into null, drops undefined properties, and refuses Dates both ways', () => {
    const rt = load();
    expect(rt.scriptRun('echo', [1, undefined, 3], { x: undefined, y: 2 })).toEqual({ a: [1, null, 3], b: { y: 2 } });
    expect(() => rt.scriptRun('echo', new Date(NOW))).toThrow('a Date cannot be sent (argument 0)');
    expect(() => rt.scriptRun('when')).toThrow('a Date cannot be sent (return value)');
  });
});

describe('chart options', () => {
  it('accepts documented options and refuses others, per chart type', () => {
    const rt = load();
    expect(rt.call('chart', 'COMBO', 'series', { 0: { type: 'bars' }, 1: { type: 'line', targetAxisIndex: 1 } })).toBe(1);
    expect(() => rt.call('chart', 'COLUMN', 'titel', 'x')).toThrow('"titel" is not a documented option of COLUMN charts');
    expect(() => rt.call('chart', 'COLUMN', 'series', { 0: { type: 'line' } })).toThrow('needs a COMBO chart');
    expect(() => rt.call('chart', 'PIE', 'vAxis.title', 'x')).toThrow('not a documented option of PIE charts');
  });
});

describe('triggers per user and per document', () => {
  it('shows each user only their own triggers and lets no one delete a teammate’s', () => {
    const a = load({ userEmail: 'a@acme.fr' });
    const b = createRuntime({ shareWith: a, userEmail: 'b@acme.fr', now: NOW }).loadSource(SCRIPT);
    const id = a.call<string>('schedule');
    expect(b.call('mine')).toEqual([]);
    b.call('dropAll');
    expect(a.call('mine')).toEqual([id]);
    expect(a.call('elsewhere')).toBe(0);
    expect(() => b.runTrigger(id)).toThrow('belongs to a@acme.fr');
  });

  it('gives an add-on one clock trigger per user per document, at most hourly', () => {
    const rt = load();
    rt.call('schedule');
    expect(() => rt.call('schedule')).toThrow('one trigger of each type per user per document');
    expect(() => load().call('hourly')).toThrow('more often than once an hour');
  });

  it(`counts the ${TRIGGER_LIMIT}-trigger limit per user`, () => {
    const a = load({ userEmail: 'a@acme.fr', addon: false });
    const b = createRuntime({ shareWith: a, userEmail: 'b@acme.fr', now: NOW, addon: false }).loadSource(SCRIPT);
    for (let i = 0; i < TRIGGER_LIMIT; i++) a.call('schedule');
    expect(() => a.call('schedule')).toThrow('too many triggers');
    expect(typeof b.call('schedule')).toBe('string');
  });

  it('fires a monthly trigger in its inTimezone zone, else in the script’s', () => {
    const paris = load({ scriptTimeZone: 'Europe/Paris' });
    expect(paris.nextFireTime(paris.call<string>('schedule'))?.toISOString()).toBe('2024-04-01T04:30:00.000Z');
    const chicago = load({ scriptTimeZone: 'Europe/Paris' });
    const id = chicago.call<string>('schedule', 'America/Chicago');
    expect(chicago.nextFireTime(id)?.toISOString()).toBe('2024-04-01T11:30:00.000Z');
    expect(chicago.fireTrigger(id)).toBe('1 11:30 UTC');
    expect(chicago.now().toISOString()).toBe('2024-04-01T11:35:00.000Z');
  });

  it('may run a time-driven trigger without an active spreadsheet or a document lock', () => {
    const rt = load({ triggerContext: { activeSpreadsheet: false, documentLock: false } });
    const src = `${SCRIPT}\nfunction probe() { return reach(); }`;
    const probe = loadScript(src, { now: NOW, triggerContext: { activeSpreadsheet: false, documentLock: false } });
    const id = probe.call<string>('schedule');
    probe.state.triggers[0].handlerFunction = 'probe';
    expect(probe.runTrigger(id)).toEqual([true, true]);
    expect(rt.call('reach')).toEqual([false, false]);
  });
});

describe('developer metadata visibility', () => {
  it('hides PROJECT metadata from another Cloud project, never DOCUMENT metadata', () => {
    const rt = load();
    rt.call('tag', 'PROJECT');
    rt.call('tag', 'DOCUMENT');
    expect(rt.call('tags')).toBe(2);
    rt.setCloudProject('published-project');
    expect(rt.call('tags')).toBe(1);
  });
});
