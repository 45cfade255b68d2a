// End-to-end on the built bundle: what generating one month costs in Apps Script service calls (issue 7: ≤ 40).

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
  test('a deals-only workbook costs at most 40 calls, and exactly these', () => {
    const calls = generate(dealsOnly(1000));
    expect(calls.total).toBeLessThanOrEqual(40);
    expect(calls).toEqual({
      'LockService.getDocumentLock': 1,
      'Lock.tryLock': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Properties.getProperties': 1,
      'Spreadsheet.getSpreadsheetLocale': 1,
      'Spreadsheet.getSpreadsheetTimeZone': 1,
      'Spreadsheet.toast': 2,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
      'Spreadsheet.createDeveloperMetadataFinder': 1,
      'DeveloperMetadataFinder.withLocationType': 1,
      'DeveloperMetadataFinder.find': 1,
      'Spreadsheet.getNumSheets': 1,
      'Spreadsheet.insertSheet': 1,
      'Sheet.getRange': 2,
      'Range.setNumberFormats': 1,
      'Range.setValues': 1,
      'Range.setBackgrounds': 1,
      'Range.setFontColors': 1,
      'Range.setFontWeights': 1,
      'Range.setFontSizes': 1,
      'Range.setHorizontalAlignments': 1,
      'Sheet.setColumnWidths': 1,
      'Sheet.newChart': 1,
      'EmbeddedChartBuilder.setChartType': 1,
      'EmbeddedChartBuilder.addRange': 1,
      'EmbeddedChartBuilder.setPosition': 1,
      'EmbeddedChartBuilder.setOption': 2,
      'EmbeddedChartBuilder.build': 1,
      'Sheet.insertChart': 1,
      'Sheet.addDeveloperMetadata': 1,
      'Sheet.protect': 1,
      'Protection.setWarningOnly': 1,
      'Properties.setProperty': 1,
      'Lock.releaseLock': 1,
      total: 40,
    });
  });

  test('the count is the same for 1,000 and 20,000 deals, and regenerating adds a fixed 8 calls', () => {
    const small = dealsOnly(1000);
    const large = dealsOnly(20000);
    const first = [generate(small), generate(large)];
    expect(first[1]).toEqual(first[0]);
    const again = [generate(small), generate(large)];
    expect(again[1]).toEqual(again[0]);
    // + the old tab's metadata (key, value, location, sheet, name, index) and the swap (rename old, rename new, delete
    // old); − the count of the sheets (the old tab gives the position). The key is read to migrate old PROJECT tags.
    expect(again[0].total - first[0].total).toBe(8);
    expect(again[0]['DeveloperMetadata.getKey']).toBe(1);
    expect(again[0]['DeveloperMetadata.getValue']).toBe(1);
    expect(again[0]['Spreadsheet.getNumSheets']).toBeUndefined();
    expect(again[0]['Sheet.setName']).toBe(2);
    expect(again[0]['Spreadsheet.deleteSheet']).toBe(1);
  });
});
