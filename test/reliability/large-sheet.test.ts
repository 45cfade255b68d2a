// A 200,000-row deals sheet generates its dashboard in the local runtime with the same service calls as a small one.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { manyDeals, setup, TAB, tab } from './runtime-fixture';

/** The heap in use once the collector has run: garbage left behind is not counted. */
function liveHeap(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

function generate(rows: number) {
  const { runtime, workbook } = setup({ deals: manyDeals(rows) });
  runtime.calls.reset();
  runtime.call('generateLastMonthDashboard');
  return { alerts: runtime.ui.alerts, calls: { ...runtime.calls.byMethod }, sheet: tab(workbook) };
}

describeBuilt('a large deals sheet', () => {
  test('200,000 rows: one read of the data, the same calls as for 1,000 rows, and the tab is made', () => {
    // The jest worker holds what earlier test files of the run left (2 GB in CI): only this run's growth is measured.
    const before = liveHeap();
    const small = generate(1000);
    const large = generate(200000);
    expect(large.alerts).toEqual([]);
    expect(large.sheet?.name).toBe(TAB);
    expect(large.calls).toEqual(small.calls);
    expect(large.calls['Sheet.getSheetValues']).toBe(1);
    expect(large.calls['Range.getValues']).toBeUndefined();
    expect(large.calls['Range.setValues']).toBe(1);
    // What the run keeps once it is over (its tab's model, not the 200,000 rows): measured after a collection.
    const kept = liveHeap() - before;
    expect(kept).toBeLessThan(1024 ** 3);
  }, 120000);
});
