// Open pipeline at the end of a period and pipeline velocity.

import { computeKpi } from '../../src/kpi/compute';
import { DEALS } from './fixtures';
import { input, month } from './table-builder';

const deals = input({ deals: DEALS });
const march = month('2024-03');

test('pipeline is the value of deals created before the end and still open at the end', () => {
  const r = computeKpi('pipeline', deals, march);
  // The open deal (2000) and the deal won on 2 April (4000).
  expect(r.value).toBe(6000);
  expect(r.used).toBe(2);
  expect(r.skippedBy).toEqual({ no_close_date: 1, close_before_create: 1 });
});

test('pipeline at the end of February counts deals closed in March as open', () => {
  expect(computeKpi('pipeline', deals, month('2024-02')).value).toBe(1000 + 500 + 4000 + 900);
});

test('pipeline per owner', () => {
  expect(computeKpi('pipeline', deals, march, { field: 'owner', value: 'bob' }).value).toBe(2000);
  expect(computeKpi('pipeline', deals, march, { field: 'owner', value: 'alice' }).value).toBe(4000);
});

test('an open deal without an amount is skipped but still an opportunity', () => {
  const i = input({ deals: [...DEALS, { created: '2024-03-03', closed: '', stage: 'open', amount: null }] });
  const r = computeKpi('pipeline', i, march);
  expect(r.value).toBe(6000);
  expect(r.skippedBy?.no_amount).toBe(1);
  expect(computeKpi('pipeline_velocity', i, march).breakdown?.[0]).toEqual({ key: 'opportunities', value: 3, count: 3 });
});

test('pipeline before any deal has no value', () => {
  expect(computeKpi('pipeline', deals, month('2023-06')).why).toBe('no_rows');
});

test('velocity is open deals × win rate × average won deal ÷ cycle days', () => {
  const r = computeKpi('pipeline_velocity', deals, march);
  expect(r.value).toBeCloseTo((2 * (4 / 6) * (4100 / 3)) / 22, 9);
  expect(r.breakdown?.map((b) => b.key)).toEqual(['opportunities', 'win_rate', 'average_deal', 'cycle_days']);
});

test('velocity has no value without won deals in the period', () => {
  expect(computeKpi('pipeline_velocity', deals, month('2024-01')).why).toBe('zero_denominator');
});
