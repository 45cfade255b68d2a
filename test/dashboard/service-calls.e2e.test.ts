// End-to-end on the built bundle: what generating one month costs in Apps Script service calls (constant in the number of rows).

import { createRuntime, emptyWorkbook, type Runtime, workbookFromArrays } from '../../scripts/runtime';
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

/** The sample workbook (`Insert sample data`: 9 tables). */
function sample(): Runtime {
  const workbook = emptyWorkbook({ locale: 'fr_FR', timeZone: 'Europe/Paris' });
  const runtime = createRuntime({ workbook, now: NOW, userLocale: 'fr' }).load(BUNDLE);
  runtime.call('insertSampleDataWith_', { today: '2024-04-02' });
  return runtime;
}

function generate(runtime: Runtime): Record<string, number> {
  runtime.calls.reset();
  runtime.call('generateLastMonthDashboard');
  expect(runtime.ui.alerts).toEqual([]);
  return { ...runtime.calls.byMethod, total: runtime.calls.total };
}

/**
 * A run's fixed calls: lock 3, spreadsheet 1, properties 3, locale and zone 2, tab search 3, toasts 2, the new tab's
 * grids and widths 17 (+1 for italics when a tile names its source table), tag and protection 3.
 */
const FIXED = 34;

/**
 * What the charts cost: their ranges in one range list (2), then per chart newChart, type, position, title, width,
 * height, build, insert (8), one per range, and the combo's series option.
 */
function chartCalls(calls: Record<string, number>): number {
  const methods = ['Sheet.getRangeList', 'RangeList.getRanges', 'Sheet.newChart', 'Sheet.insertChart'];
  const builder = Object.entries(calls).filter(([m]) => m.startsWith('EmbeddedChartBuilder.'));
  return methods.reduce((sum, m) => sum + (calls[m] ?? 0), 0) + builder.reduce((sum, [, n]) => sum + n, 0);
}

describeBuilt('the service calls of one dashboard generation', () => {
  test('a deals-only workbook costs 34 fixed calls, 2 to read its one table and 40 for four charts', () => {
    const calls = generate(dealsOnly(1000));
    expect(calls['Spreadsheet.getSheetByName']).toBe(1);
    expect(calls['Sheet.getSheetValues']).toBe(1);
    expect(calls['Range.getValues']).toBeUndefined();
    expect(calls['Sheet.newChart']).toBe(4);
    expect(chartCalls(calls)).toBe(2 + 4 * 8 + 6);
    expect(calls.total).toBe(FIXED + 2 * 1 + 40);
    expect(calls['Spreadsheet.getNumSheets']).toBeUndefined();
    expect(calls['Sheet.getRangeList']).toBe(1);
    expect(calls['RangeList.getRanges']).toBe(1);
    expect(calls['Sheet.getRange']).toBe(1);
    expect(calls['Sheet.setColumnWidths']).toBe(6);
    expect(calls['Range.setValues']).toBe(1);
    expect(calls['Range.setFormulas']).toBeUndefined();
  });

  test('the sample workbook (9 tables, 6 charts) costs 35 fixed calls (italics), 2 per table and 60 for the charts: 113', () => {
    const calls = generate(sample());
    expect(calls['Spreadsheet.getSheetByName']).toBe(9);
    expect(calls['Sheet.getSheetValues']).toBe(9);
    expect(calls['Sheet.newChart']).toBe(6);
    expect(chartCalls(calls)).toBe(2 + 6 * 8 + 9 + 1);
    expect(calls['Range.setFontStyles']).toBe(1);
    expect(calls.total).toBe(FIXED + 1 + 2 * 9 + 60);
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
