// Writes are stored the way Sheets parses typed input: formulas for = + - @, escapes for ' and the @ format.

import { parseInput, workbookFromArrays } from '../../scripts/runtime';
import { loadScript } from './script-fixture';

describe('a value written by setValue(s)', () => {
  it.each([
    ['=SUM(A1:A3)', '=SUM(A1:A3)'],
    ['+33 6 12 34 56', '=+33 6 12 34 56'],
    ['-ACME', '=-ACME'],
    ['@handle', '=@handle'],
  ])('%s becomes the formula %s with no known value', (input, formula) => {
    expect(parseInput(input, '')).toEqual({ value: '', formula });
  });

  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+33 6", '+33 6'],
    ['-', '-'],
    ['Acme', 'Acme'],
  ])('%s is stored as the text %s', (input, text) => {
    expect(parseInput(input, '')).toEqual({ value: text, formula: '' });
  });

  it('is stored exactly as given in a cell formatted as plain text (@)', () => {
    expect(parseInput('=HYPERLINK("x")', '@')).toEqual({ value: '=HYPERLINK("x")', formula: '' });
    expect(parseInput("'quoted", '@')).toEqual({ value: "'quoted", formula: '' });
    expect(parseInput('007', '@')).toEqual({ value: '007', formula: '' });
  });

  it('turns plain number strings into numbers, as Sheets does', () => {
    expect(parseInput('-12.5', '')).toEqual({ value: -12.5, formula: '' });
    expect(parseInput('007', '')).toEqual({ value: 7, formula: '' });
    expect(parseInput('1e3', '')).toEqual({ value: 1000, formula: '' });
  });

  it('types percentages, TRUE/FALSE and ISO dates as Sheets parses typed input', () => {
    expect(parseInput('12.5%', '').value).toBe(0.125);
    expect(parseInput('true', '').value).toBe(true);
    expect(parseInput('2024-03-15', '', 'Europe/Paris').value).toEqual(new Date('2024-03-14T23:00:00Z'));
    expect(parseInput('2024-02-30', '').value).toBe('2024-02-30');
    expect(parseInput('2024-03-15', '@').value).toBe('2024-03-15');
  });

  it('keeps numbers, booleans and blanks; null and undefined become blanks', () => {
    expect(parseInput(3, '').value).toBe(3);
    expect(parseInput(false, '').value).toBe(false);
    expect(parseInput(null, '').value).toBe('');
    expect(parseInput(undefined, '').value).toBe('');
  });
});

describe('hostile strings written through the runtime', () => {
  const SCRIPT = `
function writeRaw(values) { SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1, 1, values[0].length).setValues(values); }
function writeAsText(values) {
  SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1, 1, values[0].length).setNumberFormat('@').setValues(values);
}`;

  it('land in the formula grid when written raw', () => {
    const rt = loadScript(SCRIPT, { workbook: workbookFromArrays({ Data: [] }) });
    rt.call('writeRaw', [['=IMPORTXML("http://x")', '-1+2', 'ok']]);
    const sheet = rt.workbook.sheets[0];
    expect(sheet.formulas[0]).toEqual(['=IMPORTXML("http://x")', '=-1+2', '']);
    expect(sheet.values[0]).toEqual(['', '', 'ok']);
  });

  it('stay text under the @ format, with an empty formula grid', () => {
    const rt = loadScript(SCRIPT, { workbook: workbookFromArrays({ Data: [] }) });
    rt.call('writeAsText', [['=IMPORTXML("http://x")', '-1+2', '@all']]);
    const sheet = rt.workbook.sheets[0];
    expect(sheet.formulas[0]).toEqual(['', '', '']);
    expect(sheet.values[0]).toEqual(['=IMPORTXML("http://x")', '-1+2', '@all']);
  });
});
