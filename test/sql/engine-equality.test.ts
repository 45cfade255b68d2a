// The compiled SQL, run on DuckDB, gives the in-memory engine's value for every compiled KPI and month, to the cent.

import fc from 'fast-check';
import { openDuck, loadTables, type DuckDatabase } from '../../scripts/sql/duck-load';
import { kpiById } from '../../src/kpi/catalog';
import type { KpiInput } from '../../src/kpi/types';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import type { Table } from '../../src/model/table';
import { compileKpis, SQL_KPI_IDS } from '../../src/sql/compile';
import { CUSTOMERS, DEALS, LEADS, ORDERS, SPEND } from '../kpi/fixtures';
import { month, type Row, table } from '../kpi/table-builder';

const MONTHS = ['2023-12', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05'];

type Tables = Partial<Record<'deals' | 'leads' | 'customers' | 'orders' | 'spend', Table>>;

let db: DuckDatabase;
beforeAll(async () => {
  db = await openDuck();
});
afterAll(() => db.close());

async function sqlValues(tables: Tables, segment?: { field: string; value: string }) {
  const fields = await loadTables(db, tables);
  const q = compileKpis({ dialect: 'duckdb', kpis: SQL_KPI_IDS, fields, segmentField: segment?.field });
  const params: Record<string, string> = { from: `${MONTHS[0]}-01`, to: `${MONTHS[MONTHS.length - 1]}-01` };
  if (segment) params.segment = segment.value;
  const reader = await db.connection.runAndReadAll(q.sql, params);
  return { q, rows: reader.getRowObjectsJson() as Record<string, unknown>[] };
}

function engineValue(id: string, tables: Tables, key: string, segment?: { field: string; value: string }): number | null {
  const input: KpiInput = { tables, settings: DEFAULT_SETTINGS };
  return kpiById(id)!.compute(input, month(key), segment).value;
}

/** Every compiled KPI of every month equals the engine's (null for null, numbers to 1e-9 relative). */
async function expectSame(tables: Tables, segment?: { field: string; value: string }): Promise<void> {
  const { q, rows } = await sqlValues(tables, segment);
  expect(rows.map((r) => r.month)).toEqual(MONTHS);
  for (const id of q.kpis) {
    MONTHS.forEach((key, k) => {
      const raw = rows[k][id];
      const sql = raw === null || raw === undefined ? null : Number(raw);
      const engine = engineValue(id, tables, key, segment);
      const same = sql === null || engine === null ? sql === engine : Math.abs(sql - engine) <= 1e-9 * Math.max(1, Math.abs(engine));
      if (!same) throw new Error(`${id} ${key}${segment ? ` (${segment.field}=${segment.value})` : ''}: SQL ${sql}, engine ${engine}`);
    });
  }
}

const fixtureTables = (): Tables => ({
  deals: table('deals', DEALS),
  leads: table('leads', LEADS),
  customers: table('customers', CUSTOMERS),
  orders: table('orders', ORDERS),
  spend: table('spend', SPEND),
});

describe('the KPI catalog compiled to DuckDB SQL', () => {
  it('equals the engine on the hand-checked fixtures', async () => {
    const { q } = await sqlValues(fixtureTables());
    expect(q.kpis).toEqual(expect.arrayContaining(['pipeline', 'pipeline_velocity']));
    await expectSame(fixtureTables());
  });

  it('equals the engine with a segment (case, accents and spaces folded)', async () => {
    await expectSame(fixtureTables(), { field: 'owner', value: 'ALICE' });
    await expectSame(fixtureTables(), { field: 'sector', value: 'retail' });
  });

  it('falls back to orders for revenue when there is no deals table, like the engine', async () => {
    const { q } = await sqlValues({ orders: table('orders', ORDERS), spend: table('spend', SPEND) });
    expect(q.kpis).toEqual(expect.arrayContaining(['revenue', 'aov', 'margin', 'cac', 'new_customers']));
    await expectSame({ orders: table('orders', ORDERS), spend: table('spend', SPEND) });
  });

  const day = fc.integer({ min: 0, max: 200 }).map((d) => {
    const date = new Date(Date.UTC(2023, 11, 1) + d * 86400000);
    return date.toISOString().slice(0, 10);
  });
  const maybeDay = fc.option(day, { nil: '' });
  const amount = fc.option(fc.integer({ min: -500, max: 100000 }).map((c) => c / 100), { nil: null });
  const who = fc.constantFrom('Alice', 'alice ', 'Bob', 'bob!', 'Chloé', 'chloe', 'Œdipe', 'oe-dipe', '');
  const dealRow = fc.record({
    created: maybeDay,
    closed: maybeDay,
    stage: fc.constantFrom('open', 'won', 'lost'),
    lost_reason: fc.constantFrom('Price', 'price ', 'Prix', 'Timing / budget', 'timing budget', ''),
    amount,
    owner: who,
    customer: fc.constantFrom('A', 'a', 'B', 'C', ''),
  });
  const leadRow = fc.record({ created: maybeDay, qualified: fc.boolean(), opportunity: fc.boolean(), owner: who });
  const customerRow = fc.record({ id: fc.constantFrom('a', 'A', 'b', 'c', 'd', ''), start: maybeDay, end: maybeDay, owner: who, mrr: amount });
  const orderRow = fc.record({ date: maybeDay, amount, cost: amount, customer: fc.constantFrom('X', 'x', 'Y', ''), owner: who });
  const spendRow = fc.record({ date: maybeDay, amount });

  it('equals the engine on random tables (blanks, duplicates, open deals, customers in and out within a month)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(dealRow, { maxLength: 30 }),
        fc.array(leadRow, { maxLength: 20 }),
        fc.array(customerRow, { maxLength: 20 }),
        fc.array(orderRow, { maxLength: 20 }),
        fc.array(spendRow, { maxLength: 8 }),
        fc.option(fc.constantFrom('alice', 'Bob', 'CHLOE', 'oedipe'), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom('start-end-mrr', 'start-end', 'start', 'none'),
        async (deals, leads, customers, orders, spend, rep, withDeals, customerColumns) => {
          const tables: Tables = {
            deals: table('deals', deals as Row[], ['created', 'closed', 'stage', 'amount', 'owner', 'customer', 'lost_reason']),
            leads: table('leads', leads as Row[], ['created', 'qualified', 'opportunity', 'owner']),

            orders: table('orders', orders as Row[], ['date', 'amount', 'cost', 'customer', 'owner']),
            spend: table('spend', spend as Row[], ['date', 'amount']),
          };
          // Without deals, revenue, AOV, sales per rep and new customers fall back to orders, in SQL as in the engine.
          if (!withDeals) delete tables.deals;
          // ARPA reads the customers' mrr, else revenue per customer active at the start, else orders per buyer.
          const kept = customerColumns === 'none' ? [] : ['id', 'owner', ...customerColumns.split('-')];
          if (kept.length === 0) delete tables.customers;
          else tables.customers = table('customers', customers.map((r) => Object.fromEntries(kept.map((f) => [f, r[f as keyof typeof r]]))) as Row[], kept);
          await expectSame(tables, rep === undefined ? undefined : { field: 'owner', value: rep });
        },
      ),
      { numRuns: 80, seed: 20261130 },
    );
  });
});
