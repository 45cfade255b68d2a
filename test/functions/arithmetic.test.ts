// The arithmetic forms refuse impossible inputs with an error naming the argument, never a silent wrong number.

import { runCustomFunction } from '../../src/functions/dispatch';
import type { FunctionContext } from '../../src/functions/table-args';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

const fr: FunctionContext = { config: null, settings: { ...DEFAULT_SETTINGS, locale: 'fr_FR' }, lang: 'fr' };
const en: FunctionContext = { config: null, settings: { ...DEFAULT_SETTINGS, locale: 'en_US' }, lang: 'en' };
const call = (fn: string, args: unknown[], ctx = en) => runCustomFunction(fn, args, ctx);

describe('negative or impossible arguments', () => {
  it.each([
    ['CHURN', [-5, 200], /argument 1 \(lost\) is -5; it cannot be negative/],
    ['CAC', [10000, -5], /argument 2 \(new_customers\) is -5; it cannot be negative/],
    ['WIN_RATE', [5, -3], /argument 2 \(lost\) is -3; it cannot be negative/],
    ['CHURN', [250, 200], /lost \(250\) cannot exceed customers_at_start \(200\)/],
    ['RETENTION_RATE', [100, 150, 200], /new_customers \(150\) cannot exceed customers_at_end \(100\)/],
    ['NRR', [100, 0, 120, 0], /contraction \(120\) cannot exceed mrr_start \(100\)/],
    ['LOSS_RATE', [31, 30], /lost \(31\) cannot exceed decided \(30\)/],
  ])('%s(%j) is refused with an error naming the argument', (fn, args, message) => {
    expect(() => call(fn, args)).toThrow(message);
  });

  it.each([
    ['RETENTION_RATE', [300, 20, 200], /customers_at_end − new_customers \(280\) cannot exceed customers_at_start \(200\)/],
    ['RETENTION_RATE', [5, 1, 0], /customers_at_end − new_customers \(4\) cannot exceed customers_at_start \(0\)/],
    ['GRR', [100, 60, 60], /contraction \+ churned \(120\) cannot exceed mrr_start \(100\)/],
    ['NRR', [100, 50, 60, 60], /contraction \+ churned \(120\) cannot exceed mrr_start \(100\)/],
    ['REVENUE_CHURN', [100, 60, 60], /churned \+ contraction \(120\) cannot exceed mrr_start \(100\)/],
    ['NET_REVENUE_CHURN', [100, 60, 60, 0], /churned \+ contraction \(120\) cannot exceed mrr_start \(100\)/],
  ])('%s(%j): parts that together exceed their whole are refused, naming the arguments', (fn, args, message) => {
    expect(() => call(fn, args)).toThrow(message);
  });

  it('says so in French too, and still accepts the parts when they fit', () => {
    expect(() => call('RETENTION_RATE', [300, 20, 200], fr)).toThrow(/customers_at_end − new_customers \(280\) ne peut pas dépasser customers_at_start \(200\)/);
    expect(call('RETENTION_RATE', [220, 20, 200])).toBe(1);
    expect(call('GRR', [100, 40, 60])).toBe(0);
    expect(() => call('RETENTION_RATE', [1, 1, 0])).toThrow(/customers_at_start/);
  });

  it('warns that a margin rate of 80 is probably 80 % typed without the sign', () => {
    expect(() => call('LTV', [100, 80, 0.02])).toThrow(/argument 2 \(margin_rate\) is 80, a rate above 100%. For 80%, type 80% or 0.8/);
    expect(() => call('LTV', [100, 80, 0.02], fr)).toThrow(/margin_rate\) vaut 80, un taux au-dessus de 100 %/);
    expect(call('LTV', [100, 0.8, 0.02])).toBeCloseTo(4000, 9);
  });
});

describe('blank arguments', () => {
  it.each([
    ['CAC', ['', 50], 1, 'spend'],
    ['CAC', [[[''], ['']], 12], 1, 'spend'],
    ['AOV', [[['']], 3], 1, 'revenue'],
    ['MARGIN', [[['']], [['']]], 1, 'revenue'],
    ['CAC', [[], 5], 1, 'spend'],
    ['CAC', [10000, ''], 2, 'new_customers'],
  ])('%s(%j) is an error naming the blank argument, not 0', (fn, args, index, param) => {
    expect(() => call(fn, args)).toThrow(new RegExp(`argument ${index} \\(${param}\\) is blank`));
  });

  it('still leaves blank cells out of a range that holds numbers', () => {
    expect(call('CAC', [[[6000], [''], [4000]], 50])).toBe(200);
  });

  it('accepts an optional argument left out or blank', () => {
    expect(call('NET_REVENUE_CHURN', [100, 10, 10, 10])).toBeCloseTo(0.1, 12);
    expect(call('NET_REVENUE_CHURN', [100, 10, 10, 10, ''])).toBeCloseTo(0.1, 12);
    expect(call('NET_REVENUE_CHURN', [100, 10, 10, 5, 5])).toBeCloseTo(0.1, 12);
  });
});

describe('numbers written as text', () => {
  it('reads "10 000,00 €" as the table forms do, in the workbook convention', () => {
    expect(call('CAC', ['10 000,00 €', 50], fr)).toBe(200);
    expect(call('CAC', ['$10,000.00', '50'], en)).toBe(200);
    expect(call('CHURN', ['5', '200'], fr)).toBeCloseTo(0.025, 12);
  });

  it('refuses text that is not a number', () => {
    expect(() => call('CAC', ['ten thousand', 50])).toThrow(/argument 1 \(spend\).*"ten thousand"/);
  });
});

describe('zero denominators', () => {
  it('name only the argument that is zero', () => {
    let message = '';
    try {
      call('CAC', [0, 0]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/new_customers = 0/);
    expect(message).not.toMatch(/spend/);
  });

  it('name a sum when the denominator is one', () => {
    expect(() => call('WIN_RATE', [0, 0])).toThrow(/won \+ lost = 0/);
    expect(() => call('QUICK_RATIO', [10, 0, 0, 0, 0])).toThrow(/churned \+ contraction = 0/);
  });
});

describe('the subscription functions', () => {
  it('normalise an amount to a month from its billing interval, in French or English', () => {
    expect(call('MRR', [1200, 'year'])).toBe(100);
    expect(call('MRR', [1200, 'annuel'], fr)).toBe(100);
    expect(call('MRR', [300, 'month', 3])).toBe(100);
    expect(() => call('MRR', [300, 'often'])).toThrow(/argument 2 \(interval\) must be a billing interval/);
  });

  it('give ARR = 12 × MRR and the published quick ratio', () => {
    expect(call('ARR', [25000])).toBe(300000);
    expect(call('QUICK_RATIO', [20000, 8000, 0, 5000, 3000])).toBeCloseTo(3.5, 12);
  });
});
