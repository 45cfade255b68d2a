// The subscription KPIs compiled to SQL (MRR, ARR, ARPA, movements, NRR, GRR, revenue churn, quick ratio) equal the engine's.

import fc from 'fast-check';
import { type DuckDatabase, loadTables, openDuck } from '../../scripts/sql/duck-load';
import { kpiById } from '../../src/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import type { Table } from '../../src/model/table';
import { compileBreakdowns } from '../../src/sql/breakdowns';
import { compileKpis } from '../../src/sql/compile';
import { month, type Row, table } from '../kpi/table-builder';

const KPIS = ['mrr', 'arr', 'arpa', 'mrr_movements', 'nrr', 'grr', 'revenue_churn', 'net_revenue_churn', 'quick_ratio'];
const MONTHS = ['2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07'];

let db: DuckDatabase;
beforeAll(async () => {
  db = await openDuck();
});
afterAll(() => db.close());

async function expectSame(subscriptions: Table, segment?: { field: string; value: string }): Promise<string[]> {
  const fields = await loadTables(db, { subscriptions });
  const q = compileKpis({ dialect: 'duckdb', kpis: KPIS, fields, segmentField: segment?.field });
  const params: Record<string, string> = { from: `${MONTHS[0]}-01`, to: `${MONTHS[MONTHS.length - 1]}-01` };
  if (segment) params.segment = segment.value;
  const rows = (await db.connection.runAndReadAll(q.sql, params)).getRowObjectsJson() as Record<string, unknown>[];
  expect(rows.map((r) => r.month)).toEqual(MONTHS);
  for (const id of q.kpis) {
    MONTHS.forEach((key, k) => {
      const raw = rows[k][id];
      const sql = raw === null || raw === undefined ? null : Number(raw);
      const engine = kpiById(id)!.compute({ tables: { subscriptions }, settings: DEFAULT_SETTINGS }, month(key), segment).value;
      const same = sql === null || engine === null ? sql === engine : Math.abs(sql - engine) <= 1e-9 * Math.max(1, Math.abs(engine));
      if (!same) throw new Error(`${id} ${key}${segment ? ` (${segment.field}=${segment.value})` : ''}: SQL ${sql}, engine ${engine}`);
    });
  }
  await expectSameBridge(subscriptions, params, segment);
  return [...q.kpis];
}

/** The MRR bridge rows (movement, amount, customers) of every month equal the engine's `mrr_movements` breakdown. */
async function expectSameBridge(subscriptions: Table, params: Record<string, string>, segment?: { field: string; value: string }): Promise<void> {
  const fields = await loadTables(db, { subscriptions });
  const [b] = compileBreakdowns({ dialect: 'duckdb', kpis: ['mrr_movements'], fields, segmentField: segment?.field });
  if (!b) return;
  const rows = (await db.connection.runAndReadAll(b.sql, params)).getRowObjectsJson() as Record<string, unknown>[];
  const sql = rows.map((r) => [r.month, r.key, Number(r.count), Number(r.value)] as const);
  const engine = MONTHS.flatMap((key) => {
    const r = kpiById('mrr_movements')!.compute({ tables: { subscriptions }, settings: DEFAULT_SETTINGS }, month(key), segment);
    return (r.breakdown ?? []).map((row) => [key, row.key, row.count, row.value] as const);
  });
  expect(sql.map(([m, k, n]) => [m, k, n])).toEqual(engine.map(([m, k, n]) => [m, k, n]));
  sql.forEach(([m, k, , v], i) => {
    const e = engine[i][3] ?? Number.NaN;
    if (Math.abs(v - e) > 1e-9 * Math.max(1, Math.abs(e))) throw new Error(`bridge ${m} ${k}: SQL ${v}, engine ${e}`);
  });
}

describe('the subscription KPIs compiled to SQL', () => {
  it('compiles every subscription KPI and equals the engine on a hand-made bridge', async () => {
    const subscriptions = table('subscriptions', [
      // A: 100 a month from November, up to 150 in February (expansion), cancelled in April (churned).
      { customer: 'A', start: '2023-11-03', end: '2024-02-10', amount: 1200, interval: 'year' },
      { customer: 'a ', start: '2024-02-10', end: '2024-04-15', amount: 150, interval: 'monthly' },
      // B: quarterly from December, ends in January, back in March (reactivation).
      { customer: 'B', start: '2023-12-01', end: '2024-01-31', amount: 300, interval: 'quarterly' },
      { customer: 'b!', start: '2024-03-20', amount: 60, interval: 'every 2 weeks', quantity: 2 },
      // C: given MRR, down in March (contraction); D: starts and ends within January (never appears).
      { customer: 'C', start: '2023-12-15', end: '2024-03-01', mrr: 80 },
      { customer: 'C', start: '2024-03-01', mrr: 50 },
      { customer: 'D', start: '2024-01-05', end: '2024-01-25', amount: 10, interval: 'tous les mois' },
      // Blanks: no customer (own customer), no start date, no interval, an end before the start.
      { customer: '', start: '2024-02-01', amount: 30, interval: '3 months', interval_count: 2 },
      { customer: 'E', amount: 99, interval: 'month' },
      { customer: 'F', start: '2024-01-01', amount: 99, interval: 'sometimes' },
      { customer: 'G', start: '2024-03-01', end: '2024-02-01', amount: 99, interval: 'month' },
    ] as Row[], ['mrr', 'quantity', 'interval_count']);
    expect(await expectSame(subscriptions)).toEqual(KPIS);
  });

  it('gives no value before the first subscription and when every row read is skipped, like the engine', async () => {
    const skipped = table('subscriptions', [{ customer: 'A', start: '2024-01-10', amount: 5, interval: 'fortnightly' }] as Row[]);
    await expectSame(skipped);
  });

  const day = fc.integer({ min: 0, max: 260 }).map((d) => new Date(Date.UTC(2023, 10, 1) + d * 86400000).toISOString().slice(0, 10));
  const maybeDay = fc.option(day, { nil: '' });
  const subscriptionRow = fc.record({
    customer: fc.constantFrom('Acme', 'acme ', 'ACME!', 'Bêta', 'beta', 'Œuvre', 'oeuvre', 'Zed', ''),
    start: fc.option(day, { nil: '', freq: 8 }),
    end: fc.option(maybeDay, { nil: '', freq: 2 }),
    mrr: fc.option(fc.integer({ min: -2000, max: 50000 }).map((c) => c / 100), { nil: null, freq: 2 }),
    amount: fc.option(fc.integer({ min: 0, max: 500000 }).map((c) => c / 100), { nil: null, freq: 6 }),
    interval: fc.constantFrom('month', 'Monthly', 'mensuel', '3 months', 'every 2 weeks', 'tous les mois', 'Annuel', 'year', 'quarterly', 'daily', '1e1 days', '02 weeks', '0 months', 'per', 'weird', ''),
    interval_count: fc.option(fc.integer({ min: -1, max: 3 }), { nil: null }),
    quantity: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    plan: fc.constantFrom('Pro', 'pro ', 'Basic', ''),
  });
  const shapes = [
    ['start', 'end', 'customer', 'amount', 'interval', 'interval_count', 'quantity', 'plan'],
    ['start', 'end', 'customer', 'mrr', 'amount', 'interval'],
    ['start', 'end', 'customer', 'mrr'],
    ['start', 'end', 'amount', 'interval'],
    ['start', 'customer', 'amount', 'interval', 'plan'],
  ];

  it('equals the engine on random tables (blanks, duplicates, starts and ends inside a month, reactivations, several per customer)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(subscriptionRow, { maxLength: 30 }),
        fc.constantFrom(...shapes),
        fc.option(fc.constantFrom('PRO', 'basic'), { nil: undefined }),
        async (rows, shape, rep) => {
          const kept = rows.map((r) => Object.fromEntries(shape.map((f) => [f, (r as Record<string, unknown>)[f]])) as Row);
          const subscriptions = table('subscriptions', kept, shape);
          await expectSame(subscriptions, rep !== undefined && shape.includes('plan') ? { field: 'plan', value: rep } : undefined);
        },
      ),
      { numRuns: 120, seed: 20261130 },
    );
  });
});
