// Sheet.getSheetValues: one call for a whole table, -1 reaching the last row or column with data (as documented).

import { createRuntime, workbookFromArrays } from '../../scripts/runtime';

const SCRIPT = `
function all(name) { return SpreadsheetApp.getActive().getSheetByName(name).getSheetValues(1, 1, -1, -1); }
function part() { return SpreadsheetApp.getActive().getSheetByName('Deals').getSheetValues(2, 2, -1, 1); }
`;

function runtime() {
  const wb = workbookFromArrays({ Deals: [['Client', 'Amount'], ['Acme', 10], ['Globex', 20]], Empty: [] }, { locale: 'fr_FR' });
  return createRuntime({ workbook: wb }).loadSource(SCRIPT);
}

describe('Sheet.getSheetValues', () => {
  test('with -1 counts reads from the start cell to the last row and column with data, in one call', () => {
    const rt = runtime();
    rt.calls.reset();
    expect(rt.call('all', 'Deals')).toEqual([['Client', 'Amount'], ['Acme', 10], ['Globex', 20]]);
    expect(rt.calls.byMethod['Sheet.getSheetValues']).toBe(1);
    expect(rt.calls.byMethod['Range.getValues']).toBeUndefined();
    expect(rt.call('part')).toEqual([[10], [20]]);
  });

  test('on a sheet without data it is refused, as getRange refuses zero rows', () => {
    expect(() => runtime().call('all', 'Empty')).toThrow(/at least 1/);
  });
});
