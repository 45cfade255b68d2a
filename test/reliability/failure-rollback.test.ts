// A failure at any step of a generation releases the lock and leaves the workbook exactly as it was.

import { snapshotWorkbook } from '../../scripts/runtime';
import { runLog, setup, TAB, tab, tabNames } from './runtime-fixture';
import { failOn, hookService } from './service-hooks';

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

/** Reading, then every write step of a generation; `setName` twice: the old tab moved aside, then the new one taking its name. */
const STEPS: readonly [string, number][] = [
  ['getSheetValues', 1],
  ['insertSheet', 1],
  ['setNumberFormats', 1],
  ['setValues', 1],
  ['setBackgrounds', 1],
  ['setFontColors', 1],
  ['setFontWeights', 1],
  ['setFontSizes', 1],
  ['setHorizontalAlignments', 1],
  ['setColumnWidths', 1],
  ['insertChart', 1],
  ['addDeveloperMetadata', 1],
  ['protect', 1],
  ['setWarningOnly', 1],
  ['setName', 1],
  ['setName', 2],
  ['deleteSheet', 1],
];

describeBuilt('a generation failing mid-way', () => {
  test.each(STEPS)('at %s (call %i) leaves the workbook as before, frees the lock and says so', (method, nth) => {
    const { runtime, workbook } = setup();
    runtime.call('generateLastMonthDashboard');
    const before = snapshotWorkbook(workbook);
    let failed = false;
    const fail = failOn(method, nth);
    hookService(runtime, 'SpreadsheetApp', (name, count) => {
      try {
        fail(name, count);
      } catch (error) {
        failed = true;
        throw error;
      }
    });
    runtime.call('generateLastMonthDashboard');
    expect(failed).toBe(true);
    expect(workbook).toEqual(before);
    expect(runtime.state.locks.document.holder).toBeNull();
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining(`failed while accessing document (${method})`)]);
    expect(runLog(runtime).map((e) => e.outcome)).toEqual(['ok', 'error']);
  });

  test('the first generation failing leaves no tab behind, and the next one succeeds', () => {
    const { runtime, workbook } = setup();
    const before = snapshotWorkbook(workbook);
    hookService(runtime, 'SpreadsheetApp', failOn('protect'));
    runtime.call('generateLastMonthDashboard');
    expect(workbook).toEqual(before);
    runtime.call('generateLastMonthDashboard');
    expect(tabNames(workbook)).toEqual([TAB, 'Deals']);
    expect(tab(workbook)?.protections).toHaveLength(1);
  });
});
