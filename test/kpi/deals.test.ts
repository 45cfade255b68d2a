// Deals won and lost, win rate, sales cycle, conversion rate, lost reasons and quotes sent.

import { computeKpi } from '../../src/kpi/compute';
import { closedIn } from '../../src/kpi/defs/deals';
import { day } from './table-builder';
import { DEALS, LEADS } from './fixtures';
import { input, month, period } from './table-builder';

const deals = input({ deals: DEALS });
const march = month('2024-03');

describe('deals_won and deals_lost', () => {
  test('count deals won and lost whose close date falls in the period; open deals count in neither', () => {
    expect(computeKpi('deals_won', deals, march).value).toBe(4);
    expect(computeKpi('deals_lost', deals, march).value).toBe(2);
  });

  test('skip a lost deal without a close date', () => {
    expect(computeKpi('deals_lost', deals, march).skippedBy).toEqual({ no_close_date: 1 });
    expect(computeKpi('deals_won', deals, march).skipped).toBe(0);
  });

  test('have no value in a period without closed deals', () => {
    expect(computeKpi('deals_won', deals, month('2023-01'))).toMatchObject({ value: null, why: 'no_rows' });
  });
});

describe('win_rate', () => {
  test('is won ÷ (won + lost) among deals closed in the period, skipping closed deals without a close date', () => {
    const r = computeKpi('win_rate', deals, march);
    expect(r.value).toBeCloseTo(4 / 6, 12);
    expect([r.numerator, r.denominator]).toEqual([4, 6]);
    expect(r.skippedBy).toEqual({ no_close_date: 1 });
  });

  test('is per rep with an owner segment', () => {
    expect(computeKpi('win_rate', deals, march, { field: 'owner', value: 'alice' }).value).toBeCloseTo(3 / 4, 12);
  });

  test('has no value with a zero denominator', () => {
    expect(computeKpi('win_rate', deals, month('2024-01'))).toMatchObject({ value: null, why: 'zero_denominator', denominator: 0 });
  });

  test('stays within [0, 1] every month', () => {
    for (const m of ['2024-01', '2024-02', '2024-03', '2024-04']) {
      const v = computeKpi('win_rate', deals, month(m)).value;
      if (v !== null) expect(v >= 0 && v <= 1).toBe(true);
    }
  });
});

describe('sales_cycle', () => {
  test('is the mean of creation-to-close days of deals won in the period, skipping a close before creation', () => {
    const r = computeKpi('sales_cycle', deals, march);
    const expected = (day('2024-03-05') - day('2024-02-01') + 10 + 23) / 3;
    expect(expected).toBe(22);
    expect(r.value).toBe(22);
    expect(r.skippedBy).toEqual({ close_before_create: 1 });
  });

  test('has no value without won deals', () => {
    expect(computeKpi('sales_cycle', deals, month('2024-01')).value).toBeNull();
  });
});

describe('conversion_rate', () => {
  const both = input({ deals: DEALS, leads: LEADS });

  test('is deals won in the period ÷ leads created in the period', () => {
    const r = computeKpi('conversion_rate', both, march);
    expect(r.value).toBeCloseTo(4 / 6, 12);
    expect([r.numerator, r.denominator]).toEqual([4, 6]);
  });

  test('has no value when no lead was created', () => {
    expect(computeKpi('conversion_rate', both, month('2024-02'))).toMatchObject({ value: null, why: 'zero_denominator' });
  });

  test('needs the leads table', () => {
    expect(computeKpi('conversion_rate', deals, march)).toMatchObject({ value: null, why: 'missing_table', missing: { entity: 'leads' } });
  });
});

describe('lost_reasons', () => {
  test('groups lost deals of the period by normalised reason, with count and share', () => {
    const r = computeKpi('lost_reasons', deals, march);
    expect(r.value).toBe(2);
    expect(r.breakdown).toEqual([{ key: 'Prix', value: 2, count: 2, share: 1 }]);
  });

  test('groups lost deals without a reason under a blank key', () => {
    const i = input({ deals: [...DEALS, { created: '2024-03-01', closed: '2024-03-03', stage: 'lost', amount: 1, lost_reason: '' }] });
    expect(computeKpi('lost_reasons', i, march).breakdown).toEqual([
      { key: 'Prix', value: 2, count: 2, share: 2 / 3 },
      { key: '', value: 1, count: 1, share: 1 / 3 },
    ]);
  });
});

describe('quotes_sent', () => {
  test('counts quotes sent in the period and how many were signed', () => {
    const r = computeKpi('quotes_sent', deals, march);
    expect(r.value).toBe(3);
    expect([r.numerator, r.denominator]).toEqual([1, 3]);
    expect(r.breakdown?.[0]).toEqual({ key: 'signed', value: 1 / 3, count: 1, share: 1 / 3 });
  });

  test('is 0 in a period without quotes inside the data, and has no value outside it', () => {
    expect(computeKpi('quotes_sent', deals, period('2024-04-01', '2024-05-01')).value).toBe(0);
    expect(computeKpi('quotes_sent', deals, period('2024-06-01', '2024-07-01')).why).toBe('no_rows');
  });
});

describe('closedIn', () => {
  test('counts each period and segment on its own, the same when asked again', () => {
    const alice = { field: 'owner', value: 'alice' };
    const first = [closedIn(deals, march), closedIn(deals, march, alice), closedIn(deals, month('2024-04'))].map((c) => [c.won, c.lost, c.rows.length]);
    expect(first).toEqual([[4, 2, 6], [3, 1, 4], [1, 0, 1]]);
    expect([closedIn(deals, march, alice), closedIn(deals, march)].map((c) => [c.won, c.lost])).toEqual([[3, 1], [4, 2]]);
  });
});
