// The arithmetic forms of the custom functions, with the design's examples and zero denominators.

import { kpiByFn } from '../../src/kpi/catalog';

const calc = (fn: string, ...args: number[]) => kpiByFn(fn)!.arithmetic!.compute(...args);

test('CAC: 10 000 € ÷ 50 new customers = 200 €', () => {
  expect(calc('CAC', 10000, 50)).toBe(200);
  expect(calc('CAC', 10000, 0)).toBeNull();
});

test.each([
  ['CHURN', [5, 200], 0.025],
  ['CONVERSION_RATE', [15, 300], 0.05],
  ['WIN_RATE', [12, 18], 0.4],
  ['AOV', [12000, 80], 150],
  ['RETENTION_RATE', [210, 20, 200], 0.95],
  ['SALES_GROWTH', [55000, 50000], 0.1],
  ['TARGET_ATTAINMENT', [46000, 50000], 0.92],
  ['MARGIN', [50000, 30000], 20000],
  ['MARGIN_RATE', [50000, 30000], 0.4],
  ['MARKUP_RATE', [50000, 30000], 2 / 3],
  ['LTV', [100, 0.8, 0.02], 4000],
  ['LTV_CAC', [4000, 1000], 4],
  ['CAC_PAYBACK', [1200, 100, 0.8], 15],
  ['CUSTOMER_LIFETIME', [0.025], 40],
  ['RESPONSE_RATE', [45, 300], 0.15],
  ['EMAIL_OPEN_RATE', [420, 1200], 0.35],
  ['PIPELINE_VELOCITY', [40, 0.25, 5000, 50], 1000],
])('%s(%j) = %d', (fn, args, expected) => {
  expect(calc(fn, ...args)).toBeCloseTo(expected, 9);
});

test.each([
  ['CHURN', [5, 0]],
  ['CONVERSION_RATE', [1, 0]],
  ['WIN_RATE', [0, 0]],
  ['AOV', [100, 0]],
  ['RETENTION_RATE', [1, 1, 0]],
  ['SALES_GROWTH', [10, 0]],
  ['TARGET_ATTAINMENT', [10, 0]],
  ['MARGIN_RATE', [0, 10]],
  ['MARKUP_RATE', [10, 0]],
  ['LTV', [100, 0.5, 0]],
  ['LTV_CAC', [100, 0]],
  ['CAC_PAYBACK', [100, 0, 0.5]],
  ['CUSTOMER_LIFETIME', [0]],
  ['RESPONSE_RATE', [1, 0]],
  ['EMAIL_OPEN_RATE', [1, 0]],
  ['PIPELINE_VELOCITY', [1, 1, 1, 0]],
])('%s(%j) has no value (zero denominator)', (fn, args) => {
  expect(calc(fn, ...args)).toBeNull();
});

test('a non-finite argument gives no value', () => {
  expect(calc('CAC', Number.NaN, 5)).toBeNull();
  expect(calc('MARGIN', Number.POSITIVE_INFINITY, 5)).toBeNull();
});

test('the docs example of each arithmetic form starts with its function name', () => {
  for (const fn of ['CAC', 'CHURN', 'WIN_RATE', 'LTV']) expect(kpiByFn(fn)!.example.formula.startsWith(`=${fn}(`)).toBe(true);
});

test('exactly the KPIs the design gives a formula for have an arithmetic form', () => {
  const withForm = ['CAC', 'CHURN', 'CONVERSION_RATE', 'WIN_RATE', 'AOV', 'RETENTION_RATE', 'SALES_GROWTH', 'TARGET_ATTAINMENT', 'MARGIN', 'MARGIN_RATE', 'MARKUP_RATE', 'LTV', 'LTV_CAC', 'CAC_PAYBACK', 'CUSTOMER_LIFETIME', 'RESPONSE_RATE', 'EMAIL_OPEN_RATE', 'PIPELINE_VELOCITY'];
  for (const fn of withForm) expect(kpiByFn(fn)!.arithmetic?.params.length).toBe(kpiByFn(fn)!.arithmetic!.compute.length);
  expect(kpiByFn('REVENUE')!.arithmetic).toBeUndefined();
  expect(kpiByFn('PIPELINE')!.arithmetic).toBeUndefined();
});
