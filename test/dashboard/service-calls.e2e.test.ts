// End-to-end on the built bundle: what generating one month costs in Apps Script service calls (constant in the number of rows).

import { createRuntime, type Runtime, workbookFromArrays } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY, serializeConfig } from '../../src/model/config';
import { BUNDLE, manyDeals, NOW, savedConfig } from './bundle-fixture';

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

/** A workbook holding only a Deals sheet of `n` deals, its mapping saved. */
function dealsOnly(n: number): Runtime {
  const workbook = workbookFromArrays({ Deals: manyDeals(n) } as never, { locale: 'en_US', timeZone: 'Europe/Paris' });
  const runtime = createRuntime({ workbook, now: NOW, userLocale: 'en' }).load(BUNDLE);
  const config = savedConfig('en_US');
  const { deals } = config.entities;
  runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig({ ...config, entities: { deals } }));
  return runtime;
}

function generate(runtime: Runtime): Record<string, number> {
  runtime.calls.reset();
  runtime.call('generateLastMonthDashboard');
  expect(runtime.ui.alerts).toEqual([]);
  return { ...runtime.calls.byMethod, total: runtime.calls.total };
}

describeBuilt('the service calls of one dashboard generation', () => {
  test('a deals-only workbook costs a fixed 78 calls: 35 for the run and its sheet, 43 for four charts', () => {
    const calls = generate(dealsOnly(1000));
    expect(calls.total).toBe(78);
    expect(calls['Spreadsheet.getNumSheets']).toBeUndefined();
    expect(calls['Sheet.newChart']).toBe(4);
    expect(calls['Sheet.getRangeList']).toBe(1);
    expect(calls['RangeList.getRanges']).toBe(1);
    expect(calls['Sheet.getRange']).toBe(1);
    expect(calls['Sheet.setHiddenGridlines']).toBe(1);
    expect(calls['Sheet.setFrozenRows']).toBe(1);
    expect(calls['Range.setValues']).toBe(1);
  });

  test('the count is the same for 1,000 and 20,000 deals, and regenerating adds a fixed 9 calls', () => {
    const small = dealsOnly(1000);
    const large = dealsOnly(20000);
    const first = [generate(small), generate(large)];
    expect(first[1]).toEqual(first[0]);
    const again = [generate(small), generate(large)];
    expect(again[1]).toEqual(again[0]);
    // + the old tab's metadata (key, value, location, sheet, name, index) and the swap (rename old, rename new, delete
    // old). The key is read to migrate tags made with PROJECT visibility.
    expect(again[0].total - first[0].total).toBe(9);
    expect(again[0]['DeveloperMetadata.getKey']).toBe(1);
    expect(again[0]['DeveloperMetadata.getValue']).toBe(1);
    expect(again[0]['Spreadsheet.getNumSheets']).toBeUndefined();
    expect(again[0]['Sheet.setName']).toBe(2);
    expect(again[0]['Spreadsheet.deleteSheet']).toBe(1);
  });
});
