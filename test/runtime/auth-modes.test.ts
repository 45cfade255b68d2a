// Custom functions run read-only and AuthMode.NONE only builds menus, with Google's permission errors.

import { snapshotWorkbook, workbookFromArrays } from '../../scripts/runtime';
import { loadScript } from './script-fixture';

const SCRIPT = `
function SUM_B(rows) { var t = 0; rows.forEach(function (r) { t += r[0]; }); return t; }
function READ_SHEET() { return SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1:B2').getValues(); }
function WRITE_CELL() { SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1').setValue('x'); return 1; }
function ADD_SHEET() { SpreadsheetApp.getActive().insertSheet('New'); return 1; }
function SHOW_UI() { SpreadsheetApp.getUi(); return 1; }
function SAVE_PROP() { PropertiesService.getDocumentProperties().setProperty('k', 'v'); return 1; }
function READ_PROP() { return PropertiesService.getDocumentProperties().getProperty('k'); }
function SCHEDULE() { ScriptApp.newTrigger('run').timeBased().everyDays(1).create(); return 1; }
function WHO() { return Session.getActiveUser().getEmail(); }
function onOpen(e) {
  var ui = SpreadsheetApp.getUi();
  ui.createAddonMenu().addItem('Generate', 'generate').addSeparator().addItem('Help', 'help').addToUi();
  return e && e.authMode;
}
function onOpenTooEager() { SpreadsheetApp.getActive().getSheets(); }
function onOpenReadsProps() { PropertiesService.getDocumentProperties().getProperty('k'); }
`;

const data = () => workbookFromArrays({ Data: [['a', 1], ['b', 2]] });

describe('a custom function call', () => {
  it('computes from its arguments and may read the spreadsheet and properties', () => {
    const rt = loadScript(SCRIPT, { workbook: data() });
    rt.state.properties.document.set('k', 'v');
    expect(rt.callCustomFunction('SUM_B', [[1], [2], [39]])).toBe(42);
    expect(rt.callCustomFunction('READ_SHEET')).toEqual([['a', 1], ['b', 2]]);
    expect(rt.callCustomFunction('READ_PROP')).toBe('v');
  });

  it.each([
    ['WRITE_CELL', 'Range.setValue'],
    ['ADD_SHEET', 'Spreadsheet.insertSheet'],
    ['SHOW_UI', 'SpreadsheetApp.getUi'],
    ['SAVE_PROP', 'Properties.setProperty'],
    ['SCHEDULE', 'ScriptApp.newTrigger'],
  ])('%s is refused with "You do not have permission to call %s"', (fn, method) => {
    const rt = loadScript(SCRIPT, { workbook: data() });
    const before = snapshotWorkbook(rt.workbook);
    expect(() => rt.callCustomFunction(fn)).toThrow(`You do not have permission to call ${method}`);
    expect(rt.workbook).toEqual(before);
    expect(rt.state.properties.document.size).toBe(0);
    expect(rt.state.triggers).toEqual([]);
  });

  it('does not see the user email, while a menu call does', () => {
    const rt = loadScript(SCRIPT, { userEmail: 'rep@acme.fr' });
    expect(rt.callCustomFunction('WHO')).toBe('');
    expect(rt.call('WHO')).toBe('rep@acme.fr');
  });

  it('leaves the runtime in full mode afterwards', () => {
    const rt = loadScript(SCRIPT, { workbook: data() });
    expect(() => rt.callCustomFunction('WRITE_CELL')).toThrow();
    expect(rt.call('WRITE_CELL')).toBe(1);
    expect(rt.workbook.sheets[0].values[0][0]).toBe('x');
  });
});

describe('an onOpen in AuthMode.NONE', () => {
  it('builds the add-on menu, which the UI log records', () => {
    const rt = loadScript(SCRIPT, { addonName: 'Sales KPI' });
    expect(String(rt.callWithAuthMode('NONE', 'onOpen', { authMode: 'NONE' }))).toBe('NONE');
    expect(rt.ui.menuCaptions()).toEqual([{ title: 'Sales KPI', items: ['Generate', '---', 'Help'] }]);
    expect(rt.ui.menus[0].items[0]).toEqual({ kind: 'item', caption: 'Generate', functionName: 'generate' });
  });

  it('may not touch the spreadsheet or the properties', () => {
    const rt = loadScript(SCRIPT);
    expect(() => rt.callWithAuthMode('NONE', 'onOpenTooEager')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActive',
    );
    expect(() => rt.callWithAuthMode('NONE', 'onOpenReadsProps')).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });
});
