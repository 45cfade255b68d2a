// Churn, retention, customer lifetime and new customers, including customers who start and leave in the same month.

import { computeKpi } from '../../src/kpi/compute';
import { CUSTOMERS, DEALS, ORDERS } from './fixtures';
import { day, input, month, period } from './table-builder';

const customers = input({ customers: CUSTOMERS });
const march = month('2024-03');

describe('churn', () => {
  test('is customers active at the start who left during the period ÷ customers active at the start', () => {
    const r = computeKpi('churn', customers, march);
    // Active on 1 March: a, b, f (f leaves on 1 March itself, e left in February); b and f leave in March.
    expect([r.numerator, r.denominator]).toEqual([2, 3]);
    expect(r.value).toBeCloseTo(2 / 3, 12);
  });

  test('ignores a customer who starts and leaves within the period', () => {
    const only = input({ customers: [{ id: 'c', start: '2024-03-05', end: '2024-03-20' }, { id: 'a', start: '2023-01-01', end: '' }] });
    expect(computeKpi('churn', only, march)).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
  });

  test('skips customers without a start date', () => {
    expect(computeKpi('churn', customers, march).skippedBy).toEqual({ no_start_date: 1 });
  });

  test('has no value when nobody was active at the start', () => {
    expect(computeKpi('churn', customers, month('2020-01'))).toMatchObject({ value: null, why: 'zero_denominator' });
  });

  test('stays within [0, 1] every month of 2023 and 2024', () => {
    for (let m = 1; m <= 24; m++) {
      const key = `${2023 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`;
      const v = computeKpi('churn', customers, month(key)).value;
      if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
    }
  });

  test('filters by sector when segmented', () => {
    expect(computeKpi('churn', customers, march, { field: 'sector', value: 'retail' })).toMatchObject({ value: 0, denominator: 1 });
  });
});

describe('retention_rate', () => {
  test('is (E − N) ÷ S, counting only new customers still active at the end', () => {
    const r = computeKpi('retention_rate', customers, march);
    // E = a, d; N = d; S = a, b, f.
    expect([r.numerator, r.denominator]).toEqual([1, 3]);
    expect(r.value).toBeCloseTo(1 / 3, 12);
  });

  test('equals 1 − churn when there are no new customers', () => {
    const rows = [
      { start: '2023-01-01', end: '' },
      { start: '2023-02-01', end: '2024-03-10' },
      { start: '2023-03-01', end: '' },
      { start: '2023-04-01', end: '2024-06-01' },
    ];
    const i = input({ customers: rows });
    expect(computeKpi('retention_rate', i, march).value).toBe(0.75);
    expect(computeKpi('churn', i, march).value).toBe(0.25);
  });

  test('equals 1 − churn in every month of the fixture too', () => {
    for (const m of ['2024-01', '2024-02', '2024-03']) {
      const c = computeKpi('churn', customers, month(m)).value!;
      expect(computeKpi('retention_rate', customers, month(m)).value).toBeCloseTo(1 - c, 12);
    }
  });
});

describe('customer_lifetime', () => {
  test('is 1 ÷ churn in months, with the observed mean tenure of customers who left', () => {
    const r = computeKpi('customer_lifetime', customers, march);
    expect(r.value).toBeCloseTo(1.5, 12);
    const tenures = [
      day('2024-03-15') - day('2023-06-01'),
      day('2024-03-20') - day('2024-03-05'),
      day('2024-02-10') - day('2023-02-01'),
      day('2024-03-01') - day('2024-01-01'),
    ];
    const mean = tenures.reduce((a, b) => a + b, 0) / 4 / (365.2425 / 12);
    expect(r.breakdown?.[0].key).toBe('observed_tenure_months');
    expect(r.breakdown?.[0].value).toBeCloseTo(mean, 9);
    expect(r.breakdown?.[0].count).toBe(4);
  });

  test('is expressed in months for a quarter (3 ÷ quarterly churn)', () => {
    const q1 = period('2024-01-01', '2024-04-01', '2024-Q1');
    // Active on 1 January: a, b, e; b and e leave in Q1.
    expect(computeKpi('churn', customers, q1).value).toBeCloseTo(2 / 3, 12);
    expect(computeKpi('customer_lifetime', customers, q1).value).toBeCloseTo(4.5, 12);
  });

  test('has no value when nobody left', () => {
    expect(computeKpi('customer_lifetime', customers, month('2023-08')).why).toBe('zero_denominator');
  });
});

describe('new_customers', () => {
  test('counts customers whose first start falls in the period', () => {
    const r = computeKpi('new_customers', customers, march);
    expect(r.value).toBe(2);
    expect(r.skippedBy).toEqual({ no_start_date: 1 });
  });

  test('counts a returning customer (same id) only at the first start', () => {
    const i = input({ customers: [...CUSTOMERS, { id: 'A ', start: '2024-03-12', end: '' }] });
    expect(computeKpi('new_customers', i, march).value).toBe(2);
  });

  test('falls back to each customer’s first order', () => {
    // X, Z and an order without customer come first in March; Y first ordered in February, W in 2023.
    expect(computeKpi('new_customers', input({ orders: ORDERS }), march).value).toBe(3);
  });

  test('falls back to each customer’s first won deal', () => {
    const rows = DEALS.map((d, i) => ({ ...d, customer: i % 2 ? 'K1' : 'K2' }));
    const i = input({ deals: rows });
    const marchNew = computeKpi('new_customers', i, march).value;
    const febNew = computeKpi('new_customers', i, month('2024-02')).value;
    // Row 7 (index 7, K1) is won on 2024-02-10; K2's first win is row 0 on 2024-03-05.
    expect([febNew, marchNew]).toEqual([1, 1]);
  });
});
