// The per-(table, period, segment) memo computes once per key, per table, and hands out tallies callers may change.

import { memoByPeriod, withOwnTally } from '../../src/kpi/memo-by-period';
import { Tally } from '../../src/kpi/result';
import { month, table } from './table-builder';

const customers = () => table('customers', [{ start: '2024-01-05' }, { start: '2024-03-02' }]);

describe('memoByPeriod', () => {
  test('computes once per table, period and segment, and again for another of any of them', () => {
    let calls = 0;
    const measure = memoByPeriod((t, p) => ({ size: t.size, start: p.start, call: ++calls }));
    const a = customers();
    const b = customers();
    expect(measure(a, month('2024-03')).call).toBe(1);
    expect(measure(a, month('2024-03')).call).toBe(1);
    expect(measure(a, month('2024-04')).call).toBe(2);
    expect(measure(a, month('2024-03'), { field: 'owner', value: 'Alice' }).call).toBe(3);
    expect(measure(a, month('2024-03'), { field: 'owner', value: 'Bob' }).call).toBe(4);
    expect(measure(b, month('2024-03')).call).toBe(5);
    expect(measure(a, month('2024-03'), { field: 'owner', value: 'Alice' }).call).toBe(3);
  });

  test('recomputes a memoised value the freshness check turns down', () => {
    let calls = 0;
    let version = 1;
    const measure = memoByPeriod(() => ({ version, call: ++calls }), (v) => v.version === version);
    const t = customers();
    expect(measure(t, month('2024-03')).call).toBe(1);
    version = 2;
    expect(measure(t, month('2024-03')).call).toBe(2);
    expect(measure(t, month('2024-03')).call).toBe(2);
  });
});

test('withOwnTally copies the tally, so adding to the copy leaves the memoised one as it was', () => {
  const tally = new Tally();
  tally.used = 3;
  tally.skip('no_start_date', 2);
  const original = { count: 7, tally };
  const copy = withOwnTally(original);
  copy.tally.skip('no_start_date');
  copy.tally.used++;
  expect(copy.count).toBe(7);
  expect(copy.tally.by).toEqual({ no_start_date: 3 });
  expect(original.tally).toMatchObject({ used: 3, skipped: 2, by: { no_start_date: 2 } });
});
