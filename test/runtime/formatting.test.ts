// Utilities.formatDate/formatString and display values follow Apps Script and Sheets in the sheet's zone and locale.

import { createRuntime, displayValue, formatDate, formatNumber, formatString } from '../../scripts/runtime';

const instant = new Date('2024-03-05T08:07:09.000Z'); // 09:07:09 in Paris (UTC+1), a Tuesday

describe('Utilities.formatDate', () => {
  it.each([
    ['yyyy-MM-dd', '2024-03-05'],
    ['dd/MM/yyyy HH:mm:ss', '05/03/2024 09:07:09'],
    ['MMM yyyy', 'Mar 2024'],
    ['MMMM d, yyyy', 'March 5, 2024'],
    ["EEE 'at' h a", 'Tue at 9 AM'],
    ['yyyy-MM-dd\'T\'HH:mmXXX', '2024-03-05T09:07+01:00'],
  ])('formats %s as %s in Europe/Paris', (pattern, expected) => {
    expect(formatDate(instant, 'Europe/Paris', pattern)).toBe(expected);
  });

  it('uses the zone it is given, across a daylight-saving change', () => {
    expect(formatDate(new Date('2024-07-01T22:30:00Z'), 'Europe/Paris', 'yyyy-MM-dd HH:mm')).toBe('2024-07-02 00:30');
    expect(formatDate(new Date('2024-07-01T22:30:00Z'), 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2024-07-01 18:30');
  });

  it('is what the script gets from Utilities, and formatString fills %s, %d and %.2f', () => {
    const rt = createRuntime().loadSource(
      "function f(d) { return [Utilities.formatDate(d, 'Europe/Paris', 'dd/MM/yyyy'), Utilities.formatString('%s: %d (%.2f)', 'CA', 12.7, 0.125)]; }",
    );
    expect(rt.call('f', instant)).toEqual(['05/03/2024', 'CA: 12 (0.13)']);
    expect(formatString('100%% of %s', 'target')).toBe('100% of target');
  });
});

describe('display values', () => {
  it.each([
    [1234.5, '#,##0.00', 'en_US', '1,234.50'],
    [1234.5, '#,##0.00 "€"', 'fr_FR', '1\u202f234,50 €'],
    [0.256, '0.0%', 'en_US', '25.6%'],
    [-3, '0;(0)', 'en_US', '(3)'],
    [2.5, '', 'fr_FR', '2,5'],
  ])('shows %s with format %s in %s as %s', (value, format, locale, expected) => {
    expect(formatNumber(value, format, locale)).toBe(expected);
  });

  it('shows dates with their format, or the locale default, in the spreadsheet zone', () => {
    const midnight = new Date('2024-03-14T23:00:00Z');
    expect(displayValue(midnight, 'yyyy-mm-dd', 'fr_FR', 'Europe/Paris')).toBe('2024-03-15');
    expect(displayValue(midnight, '', 'fr_FR', 'Europe/Paris')).toBe('15/03/2024');
    expect(displayValue(midnight, 'mmmm yyyy', 'en_US', 'Europe/Paris')).toBe('March 2024');
    expect(displayValue(true, '', 'fr_FR', 'Europe/Paris')).toBe('VRAI');
  });
});
