// Monthly tables equal per-month computations; months covered by the data.

import { KPI_CATALOG } from '../../src/kpi/catalog';
import { computeKpi } from '../../src/kpi/compute';
import { monthAsPeriod, monthlyTable, monthsCovered } from '../../src/kpi/monthly';
import { monthKey } from '../../src/model/days';
import { ACTIVITIES, COMPLAINTS, CUSTOMERS, LEADS, ORDERS, SPEND, TARGETS } from './fixtures';
import { day, input, type Row } from './table-builder';

/** Deterministic pseudo-random numbers (a linear congruential generator). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function randomDeals(n: number): Row[] {
  const rnd = lcg(42);
  const start = day('2023-01-01');
  const owners = ['Alice', 'Bob', 'Chloé', ''];
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const created = start + Math.floor(rnd() * 700);
    const r = rnd();
    const stage = r < 0.4 ? 'won' : r < 0.75 ? 'lost' : 'open';
    const closed = stage === 'open' || rnd() < 0.03 ? Number.NaN : created + Math.floor(rnd() * 90) - 3;
    rows.push({
      created: created,
      closed: closed,
      stage,
      amount: rnd() < 0.05 ? null : Math.round(rnd() * 10000),
      owner: owners[i % 4],
      source: rnd() < 0.5 ? 'Web' : 'Salon',
      lost_reason: stage === 'lost' ? (rnd() < 0.5 ? 'Prix' : 'Délai') : '',
      customer: `K${Math.floor(rnd() * 300)}`,
      quote_sent: rnd() < 0.5 ? created + 5 : Number.NaN,
    });
  }
  return rows;
}

const data = input({
  deals: randomDeals(3000),
  leads: LEADS,
  customers: CUSTOMERS,
  orders: ORDERS,
  activities: ACTIVITIES,
  spend: SPEND,
  targets: TARGETS,
  complaints: COMPLAINTS,
});

test('monthlyTable over 24 months equals one computeKpi call per month, for every KPI', () => {
  const months = Array.from({ length: 24 }, (_, k) => 2023 * 12 + k);
  const table = monthlyTable(data, months);
  expect(table.map((r) => r.month)).toEqual(months);
  for (const row of table) {
    const p = monthAsPeriod(row.month);
    expect(p.key).toBe(monthKey(row.month));
    for (const def of KPI_CATALOG) expect(row.results[def.id]).toEqual(computeKpi(def.id, data, p));
  }
});

test('monthlyTable with ids and a segment equals the segmented computations', () => {
  const months = [2024 * 12, 2024 * 12 + 1, 2024 * 12 + 2];
  const seg = { field: 'owner', value: 'chloe' };
  const table = monthlyTable(data, months, ['revenue', 'win_rate', 'pipeline'], seg);
  for (const row of table) {
    expect(Object.keys(row.results)).toEqual(['revenue', 'win_rate', 'pipeline']);
    const p = monthAsPeriod(row.month);
    expect(row.results.pipeline).toEqual(computeKpi('pipeline', data, p, seg));
    expect(row.results.revenue.value).toBeGreaterThan(0);
  }
});

test('pipeline from the prefix index equals a direct count over the deals', () => {
  const rows = randomDeals(3000);
  const end = day('2024-01-01');
  let expected = 0;
  for (const r of rows) {
    const created = r.created as number;
    const closed = r.closed as number;
    if (!(created < end) || typeof r.amount !== 'number') continue;
    if (r.stage === 'open' || (closed >= end && closed >= created)) expected += r.amount;
  }
  expect(computeKpi('pipeline', input({ deals: rows }), monthAsPeriod(2023 * 12 + 11)).value).toBe(expected);
});

test('months covered run from the first to the last month of any date', () => {
  const months = monthsCovered(input({ orders: ORDERS, spend: SPEND }));
  expect(monthKey(months[0])).toBe('2023-05');
  expect(monthKey(months[months.length - 1])).toBe('2024-03');
  expect(months.length).toBe(11);
});

test('months covered are capped to the most recent 60 and empty without dates', () => {
  const months = monthsCovered(input({ orders: [{ date: '2000-01-15' }, { date: '2024-03-01' }] }));
  expect(months.length).toBe(60);
  expect(monthKey(months[59])).toBe('2024-03');
  expect(monthsCovered(input({ orders: [{ date: '' }] }))).toEqual([]);
});

test('planned dates and the installed base do not extend the months covered: targets, customer dates, open deals’ expected close', () => {
  const i = input({
    deals: [
      { created: '2024-01-10', closed: '2024-02-01', stage: 'won' },
      { created: '2024-01-12', closed: '2025-06-30', stage: 'open' },
    ],
    customers: [{ start: '2023-12-01', end: '2026-01-01' }],
    targets: [{ date: '2024-12-01', metric: 'CA', target: 1 }],
  });
  expect(monthsCovered(i).map(monthKey)).toEqual(['2024-01', '2024-02']);
  expect(monthsCovered(input({ customers: [{ start: '2023-12-01', end: '2026-01-01' }] })).map(monthKey)).toEqual(['2023-12']);
});

test('months covered stop at the given day', () => {
  const months = monthsCovered(input({ orders: ORDERS }), day('2024-01-15'));
  expect(monthKey(months[months.length - 1])).toBe('2024-01');
});
