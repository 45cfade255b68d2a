// Margin, margin rate (taux de marque) and markup rate (taux de marge) from orders' amount and cost.

import { computeKpi } from '../../src/kpi/compute';
import { ORDERS } from './fixtures';
import { input, month } from './table-builder';

const orders = input({ orders: ORDERS });
const march = month('2024-03');

test('margin is revenue minus cost over orders that have both', () => {
  const r = computeKpi('margin', orders, march);
  expect(r.value).toBe(200);
  expect([r.numerator, r.denominator]).toEqual([700, 500]);
  expect(r.skippedBy).toEqual({ no_amount: 1 });
});

test('an order without a cost is skipped for margin', () => {
  const i = input({ orders: [...ORDERS, { date: '2024-03-03', customer: 'Q', amount: 50, cost: null }] });
  expect(computeKpi('margin', i, march).skippedBy).toEqual({ no_amount: 1, no_cost: 1 });
});

test('margin rate is margin ÷ revenue', () => {
  expect(computeKpi('margin_rate', orders, march).value).toBeCloseTo(200 / 700, 12);
});

test('markup rate is margin ÷ cost', () => {
  expect(computeKpi('markup_rate', orders, march).value).toBeCloseTo(0.4, 12);
});

test('with a segment on channel only web orders count', () => {
  expect(computeKpi('margin', orders, march, { field: 'channel', value: 'WEB' }).value).toBe(100);
});

test('margin has no value in an empty period, rates have a zero denominator', () => {
  expect(computeKpi('margin', orders, month('2022-01'))).toMatchObject({ value: null, why: 'no_rows' });
  expect(computeKpi('margin_rate', orders, month('2022-01'))).toMatchObject({ value: null, why: 'zero_denominator' });
  expect(computeKpi('markup_rate', orders, month('2022-01'))).toMatchObject({ value: null, why: 'zero_denominator' });
});

test('margin needs a cost column', () => {
  const noCost = input({ orders: ORDERS.map(({ cost: _c, ...rest }) => rest) });
  expect(computeKpi('margin', noCost, march)).toMatchObject({ value: null, why: 'missing_field', missing: { entity: 'orders', fields: ['cost'] } });
});
