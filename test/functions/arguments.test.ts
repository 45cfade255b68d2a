// Custom-function arguments are read as Sheets passes them: numbers, 2-D ranges, '' blanks, Dates.

import vm from 'node:vm';
import { is2D, sumArgument, trimTrailingBlanks } from '../../src/functions/arguments';
import { isDateObject } from '../../src/model/is-date';
import { UserError } from '../../src/i18n';

describe('sumArgument', () => {
  it('returns a scalar number as is', () => {
    expect(sumArgument('CAC', 1, 'spend', 10000)).toEqual({ total: 10000, count: 1 });
  });

  it('sums a 2-D range and ignores blank cells', () => {
    expect(sumArgument('CAC', 1, 'spend', [[1000], [''], [2500.5], ['']])).toEqual({ total: 3500.5, count: 2 });
  });

  it('counts no number in an empty range, so the arithmetic form can refuse it instead of reading 0', () => {
    expect(sumArgument('CAC', 2, 'new_customers', [['']])).toEqual({ total: 0, count: 0 });
    expect(sumArgument('CAC', 2, 'new_customers', [])).toEqual({ total: 0, count: 0 });
  });

  it('reads numbers written as text in the workbook convention', () => {
    expect(sumArgument('CAC', 1, 'spend', '10 000,00 €', 'fr')).toEqual({ total: 10000, count: 1 });
    expect(sumArgument('CAC', 1, 'spend', [['1 500'], [500]], 'fr')).toEqual({ total: 2000, count: 2 });
  });

  it('rejects text with a message naming the function, the argument and the value', () => {
    expect(() => sumArgument('CAC', 2, 'new_customers', [[3], ['abc']])).toThrow(UserError);
    try {
      sumArgument('CAC', 2, 'new_customers', [[3], ['abc']]);
    } catch (e) {
      const message = (e as UserError).render('fr');
      expect(message).toContain('CAC');
      expect(message).toContain('new_customers');
      expect(message).toContain('abc');
    }
  });
});

describe('argument shapes', () => {
  it('recognises Dates from another realm', () => {
    const foreign = vm.runInNewContext('new Date(0)');
    expect(foreign instanceof Date).toBe(false);
    expect(isDateObject(foreign)).toBe(true);
  });

  it('recognises 2-D ranges', () => {
    expect(is2D([[1, 2]])).toBe(true);
    expect(is2D([1, 2])).toBe(false);
    expect(is2D(3)).toBe(false);
  });

  it('drops trailing blank optional arguments only', () => {
    expect(trimTrailingBlanks([1, '', 2, '', ''])).toEqual([1, '', 2]);
  });
});
