// Invariants of the subscription KPIs over random subscription tables: movements add up, NRR ≥ GRR, GRR ≤ 1, ARR = 12 × MRR.

import fc from 'fast-check';
import { computeKpi } from '../../src/kpi/compute';
import { input, month, type Row } from '../kpi/table-builder';

const RUNS = { numRuns: 150 };
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
const INTERVALS = ['month', 'year', 'quarter', 'week', 'day', '2 months'];

const iso = (day: number) => new Date(Date.UTC(2023, 11, 1) + day * 86400000).toISOString().slice(0, 10);

/** A subscription: a customer among a few (so movements mix), a start, maybe an end, an MRR or an amount and interval. */
const subscription = fc
  .record({
    customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', ''),
    start: fc.integer({ min: 0, max: 200 }),
    length: fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
    amount: fc.integer({ min: 0, max: 5000 }),
    interval: fc.option(fc.constantFrom(...INTERVALS), { nil: undefined }),
  })
  .map((s): Row => {
    const row: Record<string, string | number> = { customer: s.customer, start: iso(s.start) };
    if (s.length !== undefined) row.end = iso(s.start + s.length);
    if (s.interval) {
      row.amount = s.amount;
      row.interval = s.interval;
    } else row.mrr = s.amount;
    return row;
  });

const tables = fc.array(subscription, { minLength: 1, maxLength: 40 });

const movements = (rows: readonly Row[], key: string) =>
  Object.fromEntries((computeKpi('mrr_movements', input({ subscriptions: rows }), month(key)).breakdown ?? []).map((r) => [r.key, r.value ?? 0]));

describe('for any subscriptions table', () => {
  it('start + new + expansion + reactivation − contraction − churned = end, every month', () => {
    fc.assert(
      fc.property(tables, (rows) => {
        for (const key of MONTHS) {
          const m = movements(rows, key);
          if (Object.keys(m).length === 0) continue;
          // contraction and churned are spilled as negative amounts
          expect(m.start + m.new + m.expansion + m.reactivation + m.contraction + m.churned).toBeCloseTo(m.end, 6);
          expect(computeKpi('mrr', input({ subscriptions: rows }), month(key)).value).toBeCloseTo(m.end, 6);
        }
      }),
      RUNS,
    );
  });

  it('NRR ≥ GRR, 0 ≤ GRR ≤ 1, and ARR = 12 × MRR', () => {
    fc.assert(
      fc.property(tables, (rows) => {
        const data = input({ subscriptions: rows });
        for (const key of MONTHS) {
          const nrr = computeKpi('nrr', data, month(key)).value;
          const grr = computeKpi('grr', data, month(key)).value;
          expect(nrr === null).toBe(grr === null);
          if (nrr !== null && grr !== null) {
            expect(nrr).toBeGreaterThanOrEqual(grr - 1e-12);
            expect(grr).toBeLessThanOrEqual(1 + 1e-12);
            expect(grr).toBeGreaterThanOrEqual(-1e-12);
          }
          const mrr = computeKpi('mrr', data, month(key)).value;
          const arr = computeKpi('arr', data, month(key)).value;
          if (mrr === null) expect(arr).toBeNull();
          else expect(arr).toBeCloseTo(12 * mrr, 6);
        }
      }),
      RUNS,
    );
  });
});
