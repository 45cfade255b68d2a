// Tests of period arguments: months, quarters, fiscal years, dates, custom ranges, and stepping back.
import * as vm from 'node:vm';
import { UserError } from '../../src/i18n';
import type { Period } from '../../src/kpi/types';
import { dayFromCivil, dayKey } from '../../src/model/days';
import { monthPeriod, monthsBetween, parsePeriod, previousPeriod } from '../../src/model/period';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings';

const S: Settings = { ...DEFAULT_SETTINGS, locale: 'fr_FR', timeZone: 'Europe/Paris' };
const APRIL_FY: Settings = { ...S, fiscalYearStart: 4 };
/** `key: first day → last day` of a period, for readable expectations. */
const show = (p: Period) => `${p.key}: ${dayKey(p.start)} → ${dayKey(p.end - 1)}`;
const period = (arg: unknown, settings: Settings = S, end?: unknown) => show(parsePeriod(arg, settings, end));

describe('parsePeriod', () => {
  it('reads months written as YYYY-MM or with a month name', () => {
    expect(period('2024-03')).toBe('2024-03: 2024-03-01 → 2024-03-31');
    expect(period('2024-2')).toBe('2024-02: 2024-02-01 → 2024-02-29');
    expect(period('03/2024')).toBe('2024-03: 2024-03-01 → 2024-03-31');
    expect(period('mars 2024')).toBe('2024-03: 2024-03-01 → 2024-03-31');
    expect(period('March 2024')).toBe('2024-03: 2024-03-01 → 2024-03-31');
    expect(period(' Déc. 2023 ')).toBe('2023-12: 2023-12-01 → 2023-12-31');
  });

  it('reads quarters in English and French spellings', () => {
    expect(period('2024-Q1')).toBe('2024-Q1: 2024-01-01 → 2024-03-31');
    expect(period('Q2 2024')).toBe('2024-Q2: 2024-04-01 → 2024-06-30');
    expect(period('T3 2024')).toBe('2024-Q3: 2024-07-01 → 2024-09-30');
    expect(period('2024-t4')).toBe('2024-Q4: 2024-10-01 → 2024-12-31');
  });

  it('reads a year as the fiscal year starting in it', () => {
    expect(period('2024')).toBe('2024: 2024-01-01 → 2024-12-31');
    expect(period(2024)).toBe('2024: 2024-01-01 → 2024-12-31');
    expect(period('2024', APRIL_FY)).toBe('2024: 2024-04-01 → 2025-03-31');
    expect(period('FY2024', APRIL_FY)).toBe('2024: 2024-04-01 → 2025-03-31');
    expect(period('2024-Q1', APRIL_FY)).toBe('2024-Q1: 2024-04-01 → 2024-06-30');
    expect(period('2024-Q4', APRIL_FY)).toBe('2024-Q4: 2025-01-01 → 2025-03-31');
  });

  it('reads a date, a serial or a date string as its month', () => {
    expect(period(new Date(Date.UTC(2024, 2, 31, 23, 30)))).toBe('2024-04: 2024-04-01 → 2024-04-30');
    expect(period(vm.runInNewContext('new Date(Date.UTC(2024, 2, 15, 12))'))).toBe('2024-03: 2024-03-01 → 2024-03-31');
    expect(period(45366)).toBe('2024-03: 2024-03-01 → 2024-03-31');
    expect(period('2024-03-15')).toBe('2024-03: 2024-03-01 → 2024-03-31');
    expect(period('15/03/2024')).toBe('2024-03: 2024-03-01 → 2024-03-31');
  });

  it('reads a start and an end as a custom period, the end day included', () => {
    expect(period('2024-03-05', S, '2024-04-10')).toBe('2024-03-05..2024-04-10: 2024-03-05 → 2024-04-10');
    expect(period(45366, S, 45366)).toBe('2024-03-15..2024-03-15: 2024-03-15 → 2024-03-15');
    expect(period('2024-01', S, '2024-03')).toBe('2024-01-01..2024-03-31: 2024-01-01 → 2024-03-31');
    expect(period('2024-03', S, '')).toBe('2024-03: 2024-03-01 → 2024-03-31');
  });

  it('refuses anything else with a message listing the accepted forms', () => {
    for (const bad of ['soon', '2024-13', 'Q5 2024', '', null, true, {}]) {
      expect(() => parsePeriod(bad, S)).toThrow(UserError);
    }
    try {
      parsePeriod('soon', S);
    } catch (e) {
      expect((e as UserError).code).toBe('err_bad_period');
      expect((e as UserError).render('fr')).toContain('« soon »');
      expect((e as UserError).render('fr')).toContain('"2024-T1"');
      expect((e as UserError).render('en')).toContain('"2024-Q1"');
    }
    expect(() => parsePeriod('2024-04-10', S, '2024-03-05')).toThrow(expect.objectContaining({ code: 'err_period_order' }));
    expect(() => parsePeriod('2024-03', S, 'later')).toThrow(expect.objectContaining({ code: 'err_bad_period' }));
  });
});

describe('monthPeriod', () => {
  it('spans one calendar month keyed YYYY-MM', () => {
    expect(show(monthPeriod(2024 * 12 + 1))).toBe('2024-02: 2024-02-01 → 2024-02-29');
  });
});

describe('previousPeriod', () => {
  it('steps back one month, quarter or fiscal year, across years', () => {
    expect(show(previousPeriod(parsePeriod('2024-03', S)))).toBe('2024-02: 2024-02-01 → 2024-02-29');
    expect(show(previousPeriod(parsePeriod('2024-01', S)))).toBe('2023-12: 2023-12-01 → 2023-12-31');
    expect(show(previousPeriod(parsePeriod('2024-Q1', S)))).toBe('2023-Q4: 2023-10-01 → 2023-12-31');
    expect(show(previousPeriod(parsePeriod('2024-Q3', S)))).toBe('2024-Q2: 2024-04-01 → 2024-06-30');
    expect(show(previousPeriod(parsePeriod('2024', APRIL_FY)))).toBe('2023: 2023-04-01 → 2024-03-31');
  });

  it('steps back the same number of days for a custom period', () => {
    expect(show(previousPeriod(parsePeriod('2024-03-11', S, '2024-03-20')))).toBe('2024-03-01..2024-03-10: 2024-03-01 → 2024-03-10');
  });

  it('steps back whole months for a custom period of whole months', () => {
    expect(show(previousPeriod(parsePeriod('2024-03', S, '2024-04')))).toBe('2024-01-01..2024-02-29: 2024-01-01 → 2024-02-29');
  });
});

describe('monthsBetween', () => {
  it('lists every month a period touches', () => {
    expect(monthsBetween(parsePeriod('2024-Q1', S))).toEqual([2024 * 12, 2024 * 12 + 1, 2024 * 12 + 2]);
    expect(monthsBetween(parsePeriod('2024-01-20', S, '2024-02-03'))).toEqual([2024 * 12, 2024 * 12 + 1]);
    expect(monthsBetween({ key: 'empty', start: dayFromCivil(2024, 1, 1), end: dayFromCivil(2024, 1, 1) })).toEqual([]);
  });
});
