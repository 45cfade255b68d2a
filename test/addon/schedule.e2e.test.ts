// End-to-end on the built bundle: the schedule's month in six zones, two teammates scheduling, failures made visible.

import { createRuntime, type Runtime, type Workbook } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY } from '../../src/model/config';
import { BUNDLE, setup, sheetNames } from '../dashboard/bundle-fixture';
import { runLog } from '../reliability/runtime-fixture';

const DIGEST_BUNDLE = 'dist-digest/Code.js';
const ZONES = ['Europe/Paris', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Auckland'];
/** 15 March 2024, noon UTC: the schedule is turned on mid-month. */
const MID_MARCH = Date.UTC(2024, 2, 15, 12);
/** 1 April 2024, 04:30 UTC: when the trigger built without inTimezone fired (6 a.m. in the script's zone, Paris). */
const APRIL_FIRST_0430 = Date.UTC(2024, 3, 1, 4, 30);

/** The fixture workbook in `zone`, its runtime at `now` with the script's zone Paris, user `email`. */
function inZone(zone: string, now: number, email = 'a@acme.fr', bundle = BUNDLE): { runtime: Runtime; workbook: Workbook } {
  const { workbook } = setup();
  workbook.timeZone = zone;
  const runtime = createRuntime({ workbook, now, scriptTimeZone: 'Europe/Paris', userEmail: email, userLocale: 'en' }).load(bundle);
  const config = setupConfig();
  runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, config);
  return { runtime, workbook };
}

function setupConfig(): string {
  const { runtime } = setup();
  return runtime.state.properties.document.get(CONFIG_PROPERTY_KEY) ?? '';
}

const last = (alerts: readonly { prompt: string }[]): string => alerts[alerts.length - 1]?.prompt ?? '';
const kpiTabs = (workbook: Workbook) => sheetNames(workbook).filter((n) => n.startsWith('KPI'));

describe('the monthly schedule picks the previous calendar month in the spreadsheet’s zone', () => {
  test.each(ZONES)('%s: the trigger fires at 6 a.m. on the 1st there and makes last month’s tab', (zone) => {
    const { runtime, workbook } = inZone(zone, MID_MARCH);
    runtime.call('toggleMonthlySchedule');
    const [trigger] = runtime.state.triggers;
    expect(trigger.schedule).toMatchObject({ monthDay: 1, hour: 6, timeZone: zone });
    runtime.fireTrigger(trigger.id);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(runtime.now());
    expect(local).toMatch(/^01\/04\/2024, 06:/);
    expect(kpiTabs(workbook)).toEqual(['KPI March 2024']);
  });

  test.each(ZONES)('%s: a trigger from before the fix, firing at 04:30 UTC on the 1st, still ends with March and never February', (zone) => {
    const { runtime, workbook } = inZone(zone, APRIL_FIRST_0430);
    runtime.state.triggers.push({
      id: 'legacy-1', handlerFunction: 'runScheduledDashboard', eventType: 'CLOCK', schedule: { monthDay: 1, hour: 6 },
      sourceId: null, owner: 'a@acme.fr', documentId: workbook.id, createdAt: MID_MARCH,
    });
    runtime.runTrigger('legacy-1');
    const rebuilt = runtime.state.triggers.find((t) => t.id !== 'legacy-1');
    if (rebuilt) {
      // West of the date line's day: it was still the 31st there; the trigger is rebuilt in the zone and fires on the 1st.
      expect(runtime.state.triggers).toHaveLength(1);
      expect(rebuilt.schedule).toMatchObject({ timeZone: zone });
      expect(kpiTabs(workbook)).toEqual([]);
      runtime.fireTrigger(rebuilt.id);
    }
    expect(kpiTabs(workbook)).toEqual(['KPI March 2024']);
    expect(Boolean(rebuilt)).toBe(zone === 'America/Chicago' || zone === 'America/Los_Angeles');
  });
});

describe('two teammates on one document', () => {
  test('B’s “schedule off” does not remove A’s trigger, and the menu says who scheduled (by address where the edition may read it)', () => {
    // The digest edition declares userinfo.email; the default build (three scopes) says "a teammate" and "you".
    for (const [bundle, who] of [[DIGEST_BUNDLE, 'a@acme.fr'], [BUNDLE, 'a teammate']] as const) {
      const { runtime: a, workbook } = inZone('Europe/Paris', MID_MARCH, 'a@acme.fr', bundle);
      const b = createRuntime({ shareWith: a, userEmail: 'b@acme.fr', userLocale: 'en' }).load(bundle);
      a.call('toggleMonthlySchedule');
      b.call('showScheduleStatus');
      expect(b.ui.alerts[0].prompt).toContain(`Scheduled by: ${who} (since 2024-03-15, time zone Europe/Paris).`);
      expect(b.ui.alerts[0].prompt).toContain('Next run: 2024-04-01 between 6:00 and 7:00 (Europe/Paris), for 2024-03.');
      b.call('toggleMonthlySchedule'); // on for B
      expect(b.ui.alerts[1].prompt).toContain(`${who} had already scheduled it`);
      expect(a.state.triggers.map((t) => t.owner)).toEqual(['a@acme.fr', 'b@acme.fr']);
      b.call('toggleMonthlySchedule'); // off for B
      expect(b.ui.alerts[2].prompt).toBe(`Your schedule is off. The one of ${who} goes on: only they can turn it off.`);
      expect(a.state.triggers.map((t) => t.owner)).toEqual(['a@acme.fr']);
      a.call('showScheduleStatus');
      expect(last(a.ui.alerts)).toContain('Scheduled by: you (since 2024-03-15, time zone Europe/Paris).');
      expect(kpiTabs(workbook)).toEqual([]);
    }
  });

  test('in the digest edition, a user who left the address box unticked is “a teammate” to others, never an error', () => {
    const { runtime: a } = inZone('Europe/Paris', MID_MARCH, 'a@acme.fr', DIGEST_BUNDLE);
    const b = createRuntime({ shareWith: a, userEmail: 'b@acme.fr', userLocale: 'en' }).load(DIGEST_BUNDLE);
    a.revokeScopes(['https://www.googleapis.com/auth/userinfo.email']);
    a.call('toggleMonthlySchedule');
    b.call('showScheduleStatus');
    expect(b.ui.alerts[0].prompt).toContain('Scheduled by: a teammate (since 2024-03-15');
    a.call('showScheduleStatus');
    expect(last(a.ui.alerts)).toContain('Scheduled by: you (since 2024-03-15');
  });

  test('a schedule turned on before owners were recorded still shows as this user’s', () => {
    const { runtime, workbook } = inZone('Europe/Paris', MID_MARCH, 'a@acme.fr');
    runtime.state.triggers.push({
      id: 'old-1', handlerFunction: 'runScheduledDashboard', eventType: 'CLOCK', schedule: { monthDay: 1, hour: 6 },
      sourceId: null, owner: 'a@acme.fr', documentId: workbook.id, createdAt: MID_MARCH,
    });
    runtime.call('showScheduleStatus');
    expect(last(runtime.ui.alerts)).toContain('Scheduled by: you (since ?, time zone Europe/Paris).');
    runtime.call('toggleMonthlySchedule');
    expect(runtime.state.triggers).toEqual([]);
  });

  test('when both scheduled, the second run of the month finds the first one’s tab and does nothing', () => {
    const { runtime: a, workbook } = inZone('Europe/Paris', MID_MARCH, 'a@acme.fr');
    const b = createRuntime({ shareWith: a, userEmail: 'b@acme.fr', userLocale: 'en' }).load(BUNDLE);
    a.call('toggleMonthlySchedule');
    b.call('toggleMonthlySchedule');
    const [ta, tb] = a.state.triggers;
    a.fireTrigger(ta.id);
    const tab = workbook.sheets.find((s) => s.name === 'KPI March 2024');
    b.runTrigger(tb.id);
    expect(kpiTabs(workbook)).toEqual(['KPI March 2024']);
    expect(workbook.sheets.find((s) => s.name === 'KPI March 2024')).toBe(tab);
    expect(runLog(a).map((e) => [e.trigger, e.outcome])).toEqual([['scheduled', 'ok'], ['scheduled', 'skipped']]);
    expect(JSON.stringify(runLog(a)[1])).toContain('The tab for 2024-03 already exists');
  });
});

describe('a failed scheduled run is visible', () => {
  test('in the status item with the fix, as a toast on the next open (not in AuthMode.NONE), and on the next tab', () => {
    const { runtime, workbook } = inZone('Europe/Paris', MID_MARCH);
    const config = runtime.state.properties.document.get(CONFIG_PROPERTY_KEY) ?? '';
    runtime.call('toggleMonthlySchedule');
    runtime.state.properties.document.delete(CONFIG_PROPERTY_KEY);
    expect(() => runtime.fireTrigger(runtime.state.triggers[0].id)).toThrow();
    runtime.call('showScheduleStatus');
    const status = last(runtime.ui.alerts) ?? '';
    expect(status).toContain('Last scheduled error (2024-04-01 06:30):');
    expect(status).toContain('What to do: open “Map columns” and save the mapping');
    expect(status).toContain('• 2024-04-01 06:30 — scheduled — failed');

    runtime.callWithAuthMode('NONE', 'onOpen', { authMode: 'NONE' });
    expect(runtime.ui.toasts).toEqual([]);
    runtime.callWithAuthMode('LIMITED', 'onOpen', { authMode: 'LIMITED' });
    expect(runtime.ui.toasts.map((toast) => toast.message)).toEqual(['The scheduled generation of 2024-04-01 06:30 failed. Sales KPI menu › Schedule status.']);

    runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, config);
    runtime.call('generateLastMonthDashboard');
    const tab = workbook.sheets.find((s) => s.name === 'KPI March 2024');
    // The dashboard shows it as its notice, under the title.
    expect(tab?.values.flat().map(String).find((v) => v.startsWith('⚠'))).toMatch(/^⚠ The scheduled generation of 2024-04-01 06:30 failed: /);
  });

  test('a time-driven run without an active spreadsheet logs why and the status says so; without a document lock it still generates', () => {
    const { workbook } = inZone('Europe/Paris', MID_MARCH);
    const config = setupConfig();
    const noSheet = createRuntime({ workbook, now: MID_MARCH, userEmail: 'a@acme.fr', userLocale: 'en', triggerContext: { activeSpreadsheet: false } }).load(BUNDLE);
    noSheet.state.properties.document.set(CONFIG_PROPERTY_KEY, config);
    noSheet.call('toggleMonthlySchedule');
    noSheet.fireTrigger(noSheet.state.triggers[0].id);
    expect(noSheet.logs.join('\n')).toContain('had no active spreadsheet; nothing generated');
    noSheet.call('showScheduleStatus');
    expect(last(noSheet.ui.alerts)).toContain('the schedule could not open this spreadsheet');

    const noLock = createRuntime({ shareWith: noSheet, userEmail: 'a@acme.fr', userLocale: 'en', triggerContext: { documentLock: false } }).load(BUNDLE);
    noLock.fireTrigger(noLock.state.triggers[0].id);
    expect(noLock.logs.join('\n')).toContain('getDocumentLock() returned null');
    expect(kpiTabs(workbook)).toEqual(['KPI April 2024']);
  });
});

describe('dashboard tabs are found after the script moves to another Cloud project', () => {
  test('tags are DOCUMENT-visible under a namespaced key; old PROJECT tags are migrated when found', () => {
    const { runtime, workbook } = inZone('Europe/Paris', Date.UTC(2024, 3, 2, 6));
    runtime.call('generateLastMonthDashboard');
    const tab = () => workbook.sheets.find((s) => s.name === 'KPI March 2024');
    expect(tab()?.metadata).toEqual([expect.objectContaining({ key: 'com.sales-kpi.addon/dashboard-tab', visibility: 'DOCUMENT' })]);
    // As the previous version wrote it:
    const meta = tab()?.metadata[0];
    if (meta) Object.assign(meta, { key: 'salesKpi.dashboard', visibility: 'PROJECT' });
    runtime.call('refreshAllDashboards');
    expect(tab()?.metadata).toEqual([expect.objectContaining({ key: 'com.sales-kpi.addon/dashboard-tab', visibility: 'DOCUMENT' })]);
    runtime.setCloudProject('standard-project-for-publishing');
    runtime.call('generateLastMonthDashboard');
    expect(kpiTabs(workbook)).toEqual(['KPI March 2024']);
  });
});

describe('time zones at the boundary', () => {
  test('a zone Intl does not know stops the run with a message naming it (never a silent UTC)', () => {
    const { runtime, workbook } = inZone('Europe/Paris', Date.UTC(2024, 3, 2, 6));
    workbook.timeZone = 'Mars/Olympus';
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts[0].prompt).toContain('“Mars/Olympus” is unknown');
    expect(kpiTabs(workbook)).toEqual([]);
  });
});
