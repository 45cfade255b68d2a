// Tests of single-cell date reading: Date objects (any realm), serials, ISO, numeric and named-month forms.
import * as vm from 'node:vm';
import {
  dayFromPair,
  expandYear,
  localeDateOrder,
  monthFromName,
  newDateScan,
  parseDate,
  scanDate,
} from '../../src/model/coerce-date';
import { dayFromCivil, dayKey } from '../../src/model/days';
import { dayOfInstantIn } from '../../src/model/timezone';

const paris = dayOfInstantIn('Europe/Paris');
const read = (v: unknown, order: 'dmy' | 'mdy' = 'dmy') => {
  const day = parseDate(v, paris, order);
  return Number.isNaN(day) ? 'NaN' : dayKey(day);
};
const scan = (v: unknown) => scanDate(v, paris, newDateScan());

describe('parseDate', () => {
  it('reads a Date as its day in the spreadsheet time zone', () => {
    // 2024-03-14 23:30 UTC is already the 15th in Paris.
    expect(read(new Date(Date.UTC(2024, 2, 14, 23, 30)))).toBe('2024-03-15');
    expect(parseDate(new Date(Date.UTC(2024, 2, 14, 23, 30)), dayOfInstantIn('America/New_York'), 'dmy')).toBe(
      dayFromCivil(2024, 3, 14),
    );
  });

  it('reads a Date made in another vm realm', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2024, 0, 31, 12))');
    expect(foreign instanceof Date).toBe(false);
    expect(read(foreign)).toBe('2024-01-31');
  });

  it('reads numbers as Sheets serial days, dropping the time of day', () => {
    expect(read(45366)).toBe('2024-03-15');
    expect(read(45366.75)).toBe('2024-03-15');
    expect(read(1)).toBe('NaN'); // 1899-12-31: before 1900, not a plausible sales date
    expect(read(9e9)).toBe('NaN');
  });

  it('reads ISO dates, with or without a time, and year-month as the first day', () => {
    expect(read('2024-03-15')).toBe('2024-03-15');
    expect(read('2024-03-15 14:30')).toBe('2024-03-15');
    expect(read('2024-03-15T14:30:00')).toBe('2024-03-15');
    expect(read('2024-03-14T23:30:00Z')).toBe('2024-03-15');
    expect(read('2024-03-15T01:00:00+05:00')).toBe('2024-03-14');
    expect(read('2024/03/15')).toBe('2024-03-15');
    expect(read('2024-03')).toBe('2024-03-01');
  });

  it('reads numeric day/month forms in the order given', () => {
    expect(read('15/03/2024')).toBe('2024-03-15');
    expect(read('15-03-2024')).toBe('2024-03-15');
    expect(read('15.03.2024')).toBe('2024-03-15');
    expect(read('3/15/2024', 'mdy')).toBe('2024-03-15');
    expect(read('04/05/2024', 'dmy')).toBe('2024-05-04');
    expect(read('04/05/2024', 'mdy')).toBe('2024-04-05');
    expect(read('15/03/2024 09:45')).toBe('2024-03-15');
    expect(read('3/15/2024', 'dmy')).toBe('NaN');
  });

  it('expands two-digit years and says so', () => {
    expect(read('15/03/24')).toBe('2024-03-15');
    expect(read('15/03/69')).toBe('1969-03-15');
    expect(read('01/01/68')).toBe('2068-01-01');
    expect(scan('15/03/24').twoDigitYear).toBe(true);
    expect(scan('15/03/2024').twoDigitYear).toBe(false);
    expect(expandYear(0)).toBe(2000);
    expect(expandYear(99)).toBe(1999);
  });

  it('reads French and English month names', () => {
    expect(read('15 mars 2024')).toBe('2024-03-15');
    expect(read('1er février 2024')).toBe('2024-02-01');
    expect(read('vendredi 15 mars 2024')).toBe('2024-03-15');
    expect(read('March 15, 2024')).toBe('2024-03-15');
    expect(read('Friday, March 15, 2024')).toBe('2024-03-15');
    expect(read('15-Mar-2024')).toBe('2024-03-15');
    expect(read('15 Août 2024')).toBe('2024-08-15');
    expect(read('Dec 1st 2023')).toBe('2023-12-01');
    expect(read('mars 2024')).toBe('2024-03-01');
    expect(read('15-Mar-24')).toBe('2024-03-15');
    expect(scan('15-Mar-24').twoDigitYear).toBe(true);
  });

  it('ignores a time of day written after the date', () => {
    expect(read('15 mars 2024 à 14h30')).toBe('2024-03-15');
    expect(read('Mar 15, 2024 2:30 PM')).toBe('2024-03-15');
    expect(read('3/15/2024 2:30 PM', 'mdy')).toBe('2024-03-15');
  });

  it('reads Excel serials written as text', () => {
    expect(read('45366')).toBe('2024-03-15');
  });

  it('tells blanks from unreadable text', () => {
    for (const blank of ['', ' ', '-', 'N/A', null, undefined]) expect(scan(blank).kind).toBe('blank');
    for (const bad of ['soon', '31/02/2024', '2024-13-01', '15 mars', 'March 32, 2024', '2024', true]) {
      expect(scan(bad).kind).toBe('error');
    }
    expect(scan(new Date(Number.NaN)).kind).toBe('error');
  });

  it('reads database and CRM placeholders as blanks: \\N, NULL, null, (none), —', () => {
    for (const blank of ['\\N', 'NULL', 'null', '(none)', '—', '#N/A', '(null)']) expect(scan(blank).kind).toBe('blank');
  });

  it('refuses impossible times and offsets instead of rolling them into another day', () => {
    for (const bad of ['2024-03-15T25:99:00Z', '2024-03-15T24:00', '2024-03-15 10:60', '2024-03-15T10:00:00+99:99',
      '2024-03-15T10:00:00-15:00', '15/03/2024 25:00', '15/03/2024 10:75', '3/15/2024 13:00 pm']) {
      expect({ bad, kind: scan(bad).kind }).toEqual({ bad, kind: 'error' });
    }
    expect(read('2024-03-15T23:59:59+14:00')).toBe('2024-03-15');
    expect(read('15/03/2024 23:59')).toBe('2024-03-15');
    expect(read('3/15/2024 11:30 pm', 'mdy')).toBe('2024-03-15');
  });

  it('leaves the order of a numeric pair to the column', () => {
    const s = scan('04/05/2024');
    expect(s.kind).toBe('pair');
    expect([s.first, s.second, s.year]).toEqual([4, 5, 2024]);
    expect(dayKey(dayFromPair(4, 5, 2024, 'mdy'))).toBe('2024-04-05');
  });
});

describe('localeDateOrder', () => {
  it('puts the month first only for American locales', () => {
    expect(localeDateOrder('en_US')).toBe('mdy');
    expect(localeDateOrder('en-US')).toBe('mdy');
    expect(localeDateOrder('fr_FR')).toBe('dmy');
    expect(localeDateOrder('en_GB')).toBe('dmy');
  });
});

describe('monthFromName', () => {
  it('knows French and English names and abbreviations', () => {
    expect(monthFromName('Décembre')).toBe(12);
    expect(monthFromName('févr.')).toBe(2);
    expect(monthFromName('Sept')).toBe(9);
    expect(monthFromName('juil')).toBe(7);
    expect(monthFromName('May')).toBe(5);
    expect(monthFromName('lundi')).toBe(0);
  });
});
