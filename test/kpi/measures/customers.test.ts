// Customer flow: computed once per (table, period, segment), each caller getting a tally of its own.

import { customerFlow } from '../../../src/kpi/measures/customers';
import { month, table } from '../table-builder';

const customers = table('customers', [
  { id: 'A', start: '2024-01-10', end: '', owner: 'Alice' },
  { id: 'B', start: '2024-01-20', end: '2024-03-05', owner: 'Bob' },
  { id: 'C', start: '2024-03-02', end: '', owner: 'Alice' },
  { id: 'D', start: '', end: '', owner: 'Bob' },
  { id: 'E', start: '2024-02-01', end: '2024-01-01', owner: 'Alice' },
]);

test('counts the customers active at the start, churned, and new in the month', () => {
  const f = customerFlow(customers, month('2024-03'));
  expect([f.atStart, f.churned, f.atEnd, f.newActive, f.inAndOut]).toEqual([2, 1, 2, 1, 0]);
  expect(f.tally.by).toEqual({ end_before_start: 1, no_start_date: 1 });
});

test('gives every caller its own tally, so adding to one leaves the next call unchanged', () => {
  const first = customerFlow(customers, month('2024-03'));
  first.tally.skip('extra', 5);
  first.tally.used += 10;
  const again = customerFlow(customers, month('2024-03'));
  expect(again.tally.by).toEqual({ end_before_start: 1, no_start_date: 1 });
  expect(again.tally.used).toBe(3);
});

test('keeps months and segments apart', () => {
  const feb = customerFlow(customers, month('2024-02'));
  expect([feb.atStart, feb.churned, feb.atEnd]).toEqual([2, 0, 2]);
  const alice = customerFlow(customers, month('2024-03'), { field: 'owner', value: 'alice' });
  expect([alice.atStart, alice.churned, alice.atEnd, alice.newActive]).toEqual([1, 0, 2, 1]);
  expect(alice.tally.by).toEqual({ end_before_start: 1 });
});
