// Tests that sheet cells reach the sidebar page as plain text, dates as calendar days in the sheet's zone.

import vm from 'node:vm';
import { cellText, rowsAsText } from '../../src/sidebar/cell-text';

describe('cellText', () => {
  const paris = cellText('Europe/Paris');

  it('shows a Date as the calendar day it is in the spreadsheet time zone, not in UTC', () => {
    // 2024-03-14T23:30Z is already 15 March in Paris (UTC+1 in winter time).
    expect(paris(new Date(Date.UTC(2024, 2, 14, 23, 30)))).toBe('2024-03-15');
    expect(cellText('America/New_York')(new Date(Date.UTC(2024, 2, 14, 23, 30)))).toBe('2024-03-14');
  });

  it('keeps numbers, booleans and markup as literal text', () => {
    expect(paris(1234.5)).toBe('1234.5');
    expect(paris(true)).toBe('true');
    expect(paris('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(paris(null)).toBe('');
    expect(paris(Number.NaN)).toBe('');
  });

  it('recognises a Date made in another realm without instanceof', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2024, 0, 2, 12))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(paris(foreign)).toBe('2024-01-02');
  });
});

describe('rowsAsText', () => {
  it('returns only the requested number of rows', () => {
    const rows = rowsAsText([['a', 1], ['b', 2], ['c', 3]], 2, 'UTC');
    expect(rows).toEqual([['a', '1'], ['b', '2']]);
  });
});
