// Teammates at once: two generations of the same month, a scheduled run and a manual one — one correct tab in the end.

import { createRuntime, snapshotWorkbook } from '../../scripts/runtime';
import { t } from '../../src/i18n';
import { BUNDLE, pendingRunKeys, runLog, setup, TAB, tab, tabNames } from './runtime-fixture';
import { hookService } from './service-hooks';

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;
const BUSY = expect.stringContaining(t('en', 'dash_busy'));

describeBuilt('two executions on one spreadsheet', () => {
  test('a generation started while another holds the document lock reports it clearly and changes nothing', () => {
    const { runtime: first, workbook } = setup();
    const second = createRuntime({ shareWith: first }).load(BUNDLE);
    const release = first.holdLock('document');
    const before = snapshotWorkbook(workbook);
    second.call('generateLastMonthDashboard');
    expect(second.ui.alerts.map((a) => a.prompt)).toEqual([BUSY]);
    expect(workbook).toEqual(before);
    expect(runLog(first).map((e) => e.outcome)).toEqual(['busy']);
    release();
    second.call('generateLastMonthDashboard');
    expect(tabNames(workbook)).toEqual([TAB, 'Deals']);
  });

  test('a second generation of the same month started in the middle of the first ends with one correct tab', () => {
    const { runtime: first, workbook } = setup();
    const second = createRuntime({ shareWith: first }).load(BUNDLE);
    let started = false;
    hookService(first, 'SpreadsheetApp', (method) => {
      if (method === 'setValues' && !started) {
        started = true;
        second.call('generateLastMonthDashboard');
      }
    });
    first.call('generateLastMonthDashboard');
    expect(started).toBe(true);
    expect(second.ui.alerts.map((a) => a.prompt)).toEqual([BUSY]);
    expect(first.ui.alerts).toEqual([]);
    expect(tabNames(workbook)).toEqual([TAB, 'Deals']);
    expect(runLog(first).map((e) => e.outcome).sort()).toEqual(['busy', 'ok']);
    expect(pendingRunKeys(first)).toHaveLength(1);
    first.call('generateLastMonthDashboard');
    expect(pendingRunKeys(first)).toEqual([]);
    expect(JSON.parse(first.state.properties.document.get('salesKpi.runLog') ?? '[]').map((e: { outcome: string }) => e.outcome).sort()).toEqual(['busy', 'ok', 'ok']);

    const alone = setup();
    alone.runtime.call('generateLastMonthDashboard');
    expect(tab(workbook)?.values).toEqual(tab(alone.workbook)?.values);
  });

  test('the scheduled run meeting a manual run neither throws nor writes; the manual run’s tab stands', () => {
    const { runtime: manual, workbook } = setup();
    const scheduled = createRuntime({ shareWith: manual }).load(BUNDLE);
    hookService(manual, 'SpreadsheetApp', (method, nth) => {
      if (method === 'setValues' && nth === 1) expect(() => scheduled.call('runScheduledDashboard')).not.toThrow();
    });
    manual.call('generateLastMonthDashboard');
    expect(tabNames(workbook)).toEqual([TAB, 'Deals']);
    expect(runLog(manual).map((e) => `${e.trigger}:${e.outcome}`).sort()).toEqual(['manual:ok', 'scheduled:busy']);
    expect(manual.state.locks.document.holder).toBeNull();
  });

  test('generations one after the other from two teammates replace the tab: still one tab for the month', () => {
    const { runtime: first, workbook } = setup();
    const second = createRuntime({ shareWith: first }).load(BUNDLE);
    first.call('generateLastMonthDashboard');
    const once = snapshotWorkbook(workbook);
    second.call('generateLastMonthDashboard');
    first.call('generateLastMonthDashboard');
    expect(tabNames(workbook)).toEqual([TAB, 'Deals']);
    expect(tab(workbook)?.values).toEqual(once.sheets[0].values);
  });
});
