// HtmlService outputs and templates, and the UI log of sidebars, dialogs, toasts, alerts and prompts.

import { createRuntime } from '../../scripts/runtime';
import { loadScript } from './script-fixture';

const SCRIPT = `
function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
function render(title, items) {
  var t = HtmlService.createTemplateFromFile('Sidebar');
  t.title = title;
  t.items = items;
  return t.evaluate().setTitle('KPI').getContent();
}
function openSidebar() {
  var html = HtmlService.createHtmlOutputFromFile('Plain').setTitle('Mapping').setWidth(320);
  SpreadsheetApp.getUi().showSidebar(html);
}
function openDialog() {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>hi</p>').setWidth(400).setHeight(200), 'Hello');
}
function confirmAndAsk() {
  var ui = SpreadsheetApp.getUi();
  var yes = ui.alert('Regenerate?', 'The tab will be replaced.', ui.ButtonSet.YES_NO) === ui.Button.YES;
  var answer = ui.prompt('Month?', ui.ButtonSet.OK_CANCEL);
  SpreadsheetApp.getActive().toast('Done', 'Sales KPI', 3);
  return [yes, answer.getSelectedButton() === ui.Button.OK, answer.getResponseText()];
}
function missingFile() { HtmlService.createHtmlOutputFromFile('Nope'); }
`;

const FILES = {
  'Sidebar.html': '<h1><?= title ?></h1><?!= include("Style") ?><ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>',
  'Style.html': '<style>b{}</style>',
  'Plain.html': '<p>plain</p>',
};

describe('the local HtmlService', () => {
  it('evaluates templates: <?= ?> escaped, <?!= ?> raw, <? ?> code, with the script functions in scope', () => {
    const rt = loadScript(SCRIPT, {}, FILES);
    expect(rt.call('render', 'Q1 <b>&</b>', ['a<b', 'c'])).toBe(
      '<h1>Q1 &lt;b&gt;&amp;&lt;/b&gt;</h1><style>b{}</style><ul><li>a&lt;b</li><li>c</li></ul>',
    );
  });

  it('reads HTML files from the bundle folder and names a missing one', () => {
    const rt = loadScript(SCRIPT, {}, FILES);
    expect(rt.call('include', 'Plain')).toBe('<p>plain</p>');
    expect(() => rt.call('missingFile')).toThrow('No HTML file named Nope was found.');
  });
});

describe('the local Ui', () => {
  it('records sidebars and dialogs with their HTML and sizes', () => {
    const rt = loadScript(SCRIPT, {}, FILES);
    rt.call('openSidebar');
    rt.call('openDialog');
    expect(rt.ui.sidebars).toEqual([{ title: 'Mapping', html: '<p>plain</p>', width: 320 }]);
    expect(rt.ui.dialogs).toEqual([{ title: 'Hello', html: '<p>hi</p>', width: 400, height: 200, modal: true }]);
  });

  it('answers alerts and prompts from the scripted answers, and records toasts', () => {
    const rt = createRuntime().loadSource(SCRIPT);
    rt.ui.answer('NO');
    rt.ui.answer('OK', '2024-03');
    expect(rt.call('confirmAndAsk')).toEqual([false, true, '2024-03']);
    expect(rt.ui.alerts).toEqual([
      { title: 'Regenerate?', prompt: 'The tab will be replaced.', buttons: 'YES_NO', answer: 'NO' },
    ]);
    expect(rt.ui.toasts).toEqual([{ message: 'Done', title: 'Sales KPI', timeoutSeconds: 3 }]);
  });

  it('answers with the first button when nothing is scripted', () => {
    const rt = createRuntime().loadSource(SCRIPT);
    expect(rt.call('confirmAndAsk')).toEqual([true, true, '']);
  });
});
