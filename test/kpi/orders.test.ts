// Repeat purchase rate over trailing twelve months, complaint rate and its reasons.

import { computeKpi } from '../../src/kpi/compute';
import { COMPLAINTS, ORDERS } from './fixtures';
import { input, month } from './table-builder';

const march = month('2024-03');

test('repeat purchase rate is customers with two orders or more ÷ customers with one or more, over twelve months', () => {
  const r = computeKpi('repeat_purchase_rate', input({ orders: ORDERS }), march);
  // X (2 orders), Y (2), Z (1), W (1); the order without a customer is skipped.
  expect(r).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
  expect(r.skippedBy).toEqual({ no_customer: 1 });
});

test('orders older than twelve months do not count', () => {
  // In May 2024 the window starts on 1 June 2023: W's order of May 2023 is out.
  expect(computeKpi('repeat_purchase_rate', input({ orders: ORDERS }), month('2024-05')).denominator).toBe(3);
});

test('complaint rate is complaints ÷ orders of the period, with the main reasons', () => {
  const r = computeKpi('complaint_rate', input({ orders: ORDERS, complaints: COMPLAINTS }), march);
  expect(r).toMatchObject({ value: 3 / 5, numerator: 3, denominator: 5 });
  expect(r.breakdown).toEqual([
    { key: 'Retard', value: 2, count: 2, share: 2 / 3 },
    { key: 'Casse', value: 1, count: 1, share: 1 / 3 },
  ]);
});

test('complaint rate has no value without orders', () => {
  expect(computeKpi('complaint_rate', input({ orders: ORDERS, complaints: COMPLAINTS }), month('2022-03')).why).toBe('zero_denominator');
});
