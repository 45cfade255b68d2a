// EmbeddedChartBuilder.addRange is one service call, as in Apps Script, and records the range's A1 notation.

import { createRuntime, workbookFromArrays } from '../../scripts/runtime';

const SCRIPT = `
function chartOverTwoRanges() {
  var ss = SpreadsheetApp.getActive();
  var sheet = ss.getSheetByName('Tab');
  var other = ss.getSheetByName('Other');
  var builder = sheet.newChart().addRange(sheet.getRange(1, 1, 3, 2)).addRange(other.getRange(1, 3, 3, 1));
  sheet.insertChart(builder.build());
}
`;

test('adding two ranges to a chart costs two addRange calls and nothing else, and both ranges are recorded', () => {
  const workbook = workbookFromArrays({ Tab: [['a', 1]], Other: [['b', 2]] }, { locale: 'en_US' });
  const runtime = createRuntime({ workbook }).loadSource(SCRIPT);
  runtime.calls.reset();
  runtime.call('chartOverTwoRanges');
  expect(runtime.calls.byMethod['EmbeddedChartBuilder.addRange']).toBe(2);
  expect(runtime.calls.byMethod['Range.getSheet']).toBeUndefined();
  expect(runtime.calls.byMethod['Range.getA1Notation']).toBeUndefined();
  expect(runtime.calls.byMethod['Sheet.getName']).toBeUndefined();
  expect(workbook.sheets[0].charts[0].ranges).toEqual(['A1:B3', 'Other!C1:C3']);
});
