// The compiled breakdown query (lost reasons per month: key, count, share), run on DuckDB, gives the engine's breakdown.

import fc from 'fast-check';
import { Parser } from 'node-sql-parser';
import { type DuckDatabase, loadTables, openDuck } from '../../scripts/sql/duck-load';
import { kpiById } from '../../src/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import type { Table } from '../../src/model/table';
import { compileBreakdowns } from '../../src/sql/breakdowns';
import { month, type Row, table } from '../kpi/table-builder';

const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04'];

let db: DuckDatabase;
beforeAll(async () => {
  db = await openDuck();
});
afterAll(() => db.close());

type Segment = { field: string; value: string };

async function sqlRows(deals: Table, segment?: Segment) {
  const fields = await loadTables(db, { deals });
  const [q] = compileBreakdowns({ dialect: 'duckdb', kpis: ['lost_reasons'], fields, segmentField: segment?.field });
  const params: Record<string, string> = { from: `${MONTHS[0]}-01`, to: `${MONTHS[MONTHS.length - 1]}-01` };
  if (segment) params.segment = segment.value;
  const reader = await db.connection.runAndReadAll(q.sql, params);
  return reader.getRowObjectsJson() as { month: string; key: string; count: unknown; share: unknown }[];
}

function engineRows(deals: Table, segment?: Segment) {
  return MONTHS.flatMap((key) => {
    const r = kpiById('lost_reasons')!.compute({ tables: { deals }, settings: DEFAULT_SETTINGS }, month(key), segment);
    return (r.breakdown ?? []).map((b) => ({ month: key, key: b.key, count: b.count, share: b.share ?? null }));
  });
}

async function expectSame(deals: Table, segment?: Segment): Promise<void> {
  const sql = (await sqlRows(deals, segment)).map((r) => ({ month: r.month, key: r.key, count: Number(r.count), share: Number(r.share) }));
  const engine = engineRows(deals, segment);
  expect(sql.map((r) => [r.month, r.key, r.count])).toEqual(engine.map((r) => [r.month, r.key, r.count]));
  sql.forEach((r, k) => {
    expect(r.share).toBeCloseTo(engine[k].share ?? Number.NaN, 12);
  });
}

const COLUMNS = ['created', 'closed', 'stage', 'amount', 'owner', 'lost_reason'];

describe('the lost-reasons breakdown compiled to SQL', () => {
  it('counts lost deals per month and reason, keys folded and spelled as their first row, blank last', async () => {
    const deals = table(
      'deals',
      [
        { closed: '2024-01-05', stage: 'lost', lost_reason: ' Price ', owner: 'Alice' },
        { closed: '2024-01-09', stage: 'lost', lost_reason: 'price!', owner: 'Bob' },
        { closed: '2024-01-12', stage: 'lost', lost_reason: 'Timing', owner: 'Alice' },
        { closed: '2024-01-20', stage: 'lost', lost_reason: '', owner: 'Alice' },
        { closed: '2024-01-21', stage: 'won', lost_reason: 'Timing', owner: 'Alice' },
        { closed: '2024-02-02', stage: 'lost', lost_reason: 'TIMING', owner: 'Bob' },
      ] as Row[],
      COLUMNS,
    );
    const rows = await sqlRows(deals);
    expect(rows.map((r) => [r.month, r.key, Number(r.count), Number(r.share)])).toEqual([
      ['2024-01', 'Price', 2, 0.5],
      ['2024-01', 'Timing', 1, 0.25],
      ['2024-01', '', 1, 0.25],
      ['2024-02', 'Timing', 1, 1],
    ]);
    await expectSame(deals);
    await expectSame(deals, { field: 'owner', value: 'alice' });
  });

  it('writes GoogleSQL that a BigQuery grammar parses', () => {
    const [q] = compileBreakdowns({ dialect: 'bigquery', kpis: ['lost_reasons'], fields: { deals: ['closed', 'stage', 'lost_reason', 'owner'] }, segmentField: 'owner' });
    expect(q.params).toEqual(['from', 'to', 'segment']);
    expect(() => new Parser().astify(q.sql, { database: 'bigquery' })).not.toThrow();
  });

  it('has no breakdown query without the lost reason', () => {
    expect(compileBreakdowns({ dialect: 'duckdb', kpis: ['lost_reasons'], fields: { deals: ['closed', 'stage'] } })).toEqual([]);
  });

  const day = fc.integer({ min: 0, max: 130 }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86400000).toISOString().slice(0, 10));
  const dealRow = fc.record({
    created: fc.option(day, { nil: '' }),
    closed: fc.option(day, { nil: '' }),
    stage: fc.constantFrom('open', 'won', 'lost', 'lost'),
    amount: fc.constant(null),
    owner: fc.constantFrom('Alice', 'bob', 'Chloé', ''),
    lost_reason: fc.constantFrom('Price', ' price', 'PRICE!', 'Prix', 'Concurrent', 'concurrent ', 'Œuvre', 'oeuvre', ''),
  });

  it('equals the engine on random deals (duplicates, spellings, blanks, a segment)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(dealRow, { maxLength: 40 }), fc.option(fc.constantFrom('alice', 'CHLOE'), { nil: undefined }), async (rows, rep) => {
        await expectSame(table('deals', rows as Row[], COLUMNS), rep === undefined ? undefined : { field: 'owner', value: rep });
      }),
      { numRuns: 60, seed: 20261130 },
    );
  });
});
