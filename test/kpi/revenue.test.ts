// Revenue, average order value, sales per rep and growth on hand-checked deals and orders.

import { computeKpi } from '../../src/kpi/compute';
import { kpiById } from '../../src/kpi/catalog';
import { DEALS, ORDERS, TARGETS } from './fixtures';
import { input, month, period, table } from './table-builder';

const deals = input({ deals: DEALS });
const orders = input({ orders: ORDERS });
const march = month('2024-03');

describe('revenue', () => {
  test('sums the amounts of deals won and closed in the period, skipping won deals without an amount', () => {
    const r = computeKpi('revenue', deals, march);
    expect(r.value).toBe(4100);
    expect(r.used).toBe(3);
    expect(r.skippedBy).toEqual({ no_amount: 1 });
  });

  test('counts won deals without a close date as skipped for every period', () => {
    const i = input({ deals: [...DEALS, { created: '2024-03-01', closed: '', stage: 'won', amount: 50 }] });
    expect(computeKpi('revenue', i, march).skippedBy).toEqual({ no_amount: 1, no_close_date: 1 });
  });

  test('falls back to orders when there is no deals table', () => {
    const r = computeKpi('revenue', orders, march);
    expect(r.value).toBe(700);
    expect(r.skippedBy).toEqual({ no_amount: 1 });
  });

  test('has no value for a period without any row, instead of 0', () => {
    const r = computeKpi('revenue', deals, month('2023-07'));
    expect(r.value).toBeNull();
    expect(r.why).toBe('no_rows');
  });

  test('of a quarter is the sum of its months', () => {
    const months = ['2024-01', '2024-02', '2024-03'].map((m) => computeKpi('revenue', deals, month(m)).value ?? 0);
    expect(months).toEqual([0, 2500, 4100]);
    expect(computeKpi('revenue', deals, period('2024-01-01', '2024-04-01', '2024-Q1')).value).toBe(6600);
  });

  test('restricted to a segment keeps only the matching rows, compared without case or spaces', () => {
    expect(computeKpi('revenue', deals, march, { field: 'owner', value: 'ALICE' }).value).toBe(1100);
    expect(computeKpi('revenue', deals, march, { field: 'source', value: 'web' }).value).toBe(1000);
    expect(computeKpi('revenue', deals, march, { field: 'owner', value: 'Nobody' })).toMatchObject({ value: null, why: 'no_rows' });
  });

  test('treats source and channel as the same segment field', () => {
    expect(computeKpi('revenue', deals, march, { field: 'channel', value: 'Web' }).value).toBe(1000);
    expect(computeKpi('revenue', orders, march, { field: 'source', value: 'web' }).value).toBe(300);
  });
});

describe('aov', () => {
  test('divides order revenue by the number of orders with an amount', () => {
    const r = computeKpi('aov', orders, march);
    expect(r.value).toBe(175);
    expect([r.numerator, r.denominator]).toEqual([700, 4]);
  });

  test('uses won deals when there are no orders', () => {
    expect(computeKpi('aov', deals, march).value).toBeCloseTo(4100 / 3, 9);
  });

  test('has no value when there is no order in the period', () => {
    expect(computeKpi('aov', orders, month('2022-01'))).toMatchObject({ value: null, why: 'zero_denominator' });
  });
});

describe('sales_per_rep', () => {
  test('gives mean revenue per rep and, per rep, revenue, count of won deals and share', () => {
    const r = computeKpi('sales_per_rep', deals, march);
    expect(r.value).toBe(2050);
    expect(r.breakdown).toEqual([
      { key: 'Bob', value: 3000, count: 1, share: 3000 / 4100 },
      { key: 'Alice', value: 1100, count: 3, share: 1100 / 4100 },
    ]);
  });

  test('counts the revenue of deals without an owner, and as reps only the owners who closed a deal', () => {
    const i = input({ deals: [...DEALS, { created: '2024-03-01', closed: '2024-03-02', stage: 'won', amount: 10, owner: '' }] });
    const r = computeKpi('sales_per_rep', i, march);
    expect(r.value).toBe(4110 / 2);
    expect(r.breakdown?.map((b) => b.key)).toEqual(['Bob', 'Alice']);
  });

  test('divides by the reps of the targets of the period when the targets table names some', () => {
    const targets = [...TARGETS, { date: '2024-03-01', metric: 'CA', owner: 'Chloé', target: 1000 }];
    expect(computeKpi('sales_per_rep', input({ deals: DEALS, targets }), march).value).toBeCloseTo(4100 / 3, 9);
  });

  test('returns one number, never a table (the per-rep breakdown is KPI_BREAKDOWN)', () => {
    expect(kpiById('sales_per_rep')!.spills).toBeFalsy();
  });
});

describe('growth', () => {
  test('compares revenue with the previous month', () => {
    const r = computeKpi('growth', deals, march);
    expect(r.value).toBeCloseTo((4100 - 2500) / 2500, 12);
    expect(r.breakdown).toEqual([
      { key: 'current', value: 4100, count: 3 },
      { key: 'previous', value: 2500, count: 1 },
    ]);
  });

  test('has no value when the previous period has no revenue, and says the previous period is empty', () => {
    const i = input({ deals: [{ created: '2024-01-01', closed: '2024-02-02', stage: 'lost', amount: 5 }, ...DEALS.slice(0, 1)] });
    expect(computeKpi('growth', i, march)).toMatchObject({ value: null, why: 'previous_empty' });
  });

  test('compares a quarter with the quarter before', () => {
    const q2 = computeKpi('growth', deals, period('2024-04-01', '2024-07-01', '2024-Q2'));
    expect(q2.value).toBeCloseTo((4000 - 6600) / 6600, 12);
  });

  test('has no value on an empty table', () => {
    expect(computeKpi('growth', input({ deals: table('deals', [], ['closed', 'stage', 'amount']) }), march).value).toBeNull();
  });
});
