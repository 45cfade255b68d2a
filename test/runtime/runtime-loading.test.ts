// The runtime loads a bundle into a fresh vm context, calls its top-level functions, converts values and counts calls.

import { createRuntime, workbookFromArrays } from '../../scripts/runtime';
import { loadScript } from './script-fixture';

const BUNDLE = `
var SalesKpi = (function () {
  var loads = 0;
  loads += 1;
  return {
    loads: function () { return loads; },
    readAll: function () {
      return SpreadsheetApp.getActive().getSheetByName('Deals').getDataRange().getValues();
    },
    kinds: function () {
      var v = SpreadsheetApp.getActive().getSheetByName('Deals').getRange('B2').getValue();
      return [v instanceof Date, Object.prototype.toString.call(v), Array.isArray([]) && [] instanceof Array];
    },
    echo: function (x) { return [x, x instanceof Array, x[0][1] instanceof Date]; },
    write: function () {
      SpreadsheetApp.getActive().getSheetByName('Deals').getRange(3, 1, 1, 2).setValues([['Globex', new Date(2024, 0, 1)]]);
    },
    misuse: function () { SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setNote('hi'); },
    catchMisuse: function () {
      try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { return e instanceof Error; }
      return 'no error';
    },
  };
})();
function loads() { return SalesKpi.loads(); }
function readAll() { return SalesKpi.readAll(); }
function kinds() { return SalesKpi.kinds(); }
function echo(x) { return SalesKpi.echo(x); }
function write() { return SalesKpi.write(); }
function misuse() { return SalesKpi.misuse(); }
function catchMisuse() { return SalesKpi.catchMisuse(); }
`;

const march15 = new Date('2024-03-14T23:00:00.000Z'); // midnight in Paris

function deals() {
  return workbookFromArrays(
    { Deals: [['Client', 'Closed', 'Amount'], ['Acme', march15, 1200]] },
    { timeZone: 'Europe/Paris', locale: 'fr_FR' },
  );
}

describe('the local runtime', () => {
  it('calls the generated top-level functions of a loaded bundle', () => {
    const rt = loadScript(BUNDLE, { workbook: deals() });
    expect(rt.call('readAll')).toEqual([
      ['Client', 'Closed', 'Amount'],
      ['Acme', march15, 1200],
    ]);
  });

  it('runs top-level code again in a fresh context on every load', () => {
    const source = "var runs = (typeof runs === 'number' ? runs : 0) + 1; function count() { return runs; }";
    const rt = createRuntime().loadSource(source);
    expect(rt.call('count')).toBe(1);
    rt.loadSource(source);
    expect(rt.call('count')).toBe(1);
    expect(rt.global<number>('runs')).toBe(1);
  });

  it('hands the script Dates and arrays of its own realm, and gives the test host ones back', () => {
    const rt = loadScript(BUNDLE, { workbook: deals() });
    expect(rt.call('kinds')).toEqual([true, '[object Date]', true]);
    const [back, isArray, isDate] = rt.call<[unknown[][], boolean, boolean]>('echo', [['x', march15]]);
    expect([isArray, isDate]).toEqual([true, true]);
    expect(back[0][1]).toBeInstanceOf(Date);
    const [rows] = rt.call<[unknown[][]]>('echo', [['x', march15, null, 3, true, ''], [2, new Date(0), undefined]]);
    expect(rows).toEqual([['x', march15, null, 3, true, ''], [2, new Date(0), undefined]]);
  });

  it('stores Dates written by the script and values as Sheets keeps them', () => {
    const rt = loadScript(BUNDLE, { workbook: deals() });
    rt.call('write');
    const row = rt.workbook.sheets[0].values[2];
    expect(row[0]).toBe('Globex');
    expect(row[1]).toBeInstanceOf(Date);
    expect(row[2]).toBe('');
  });

  it('counts each service call by Class.method, chained calls included', () => {
    const rt = loadScript(BUNDLE, { workbook: deals() });
    rt.call('readAll');
    expect(rt.calls.byMethod).toEqual({
      'SpreadsheetApp.getActive': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 1,
    });
    expect(rt.calls.total).toBe(4);
    rt.calls.reset();
    expect(rt.calls.total).toBe(0);
    expect(rt.calls.byMethod).toEqual({});
  });

  it('names the method when the script calls one the runtime does not implement', () => {
    const rt = loadScript(BUNDLE, { workbook: deals() });
    expect(() => rt.call('misuse')).toThrow('Local runtime: Range.setNote is not implemented');
  });

  it('throws service errors the script can catch as its own Error', () => {
    const rt = loadScript(BUNDLE, { workbook: deals() });
    expect(rt.call('catchMisuse')).toBe(true);
  });

  it('refuses to call a function the bundle does not define', () => {
    const rt = loadScript(BUNDLE);
    expect(() => rt.call('nothing')).toThrow('no top-level function nothing');
  });

  it('gives the script a clock frozen at the option `now`, moved by Utilities.sleep', () => {
    const rt = createRuntime({ now: new Date('2024-03-31T22:30:00Z') }).loadSource(
      'function today() { var a = new Date(); Utilities.sleep(60000); return [a.toISOString(), new Date().toISOString(), Date.now()]; }',
    );
    expect(rt.call('today')).toEqual(['2024-03-31T22:30:00.000Z', '2024-03-31T22:31:00.000Z', Date.parse('2024-03-31T22:31:00Z')]);
  });
});
