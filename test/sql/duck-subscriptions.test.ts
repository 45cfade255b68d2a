// `--engine duckdb` on a subscriptions export alone (Stripe-like CSV): detected, every subscription KPI and the MRR bridge.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDuck } from '../../scripts/duck/engine';
import { parseCsvText } from '../../scripts/runtime/csv-io';
import { kpiById } from '../../src/kpi/catalog';
import { monthAsPeriod } from '../../src/kpi/monthly';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

const CSV = `Customer ID,Start Date,Canceled At,Plan Amount,Plan Interval,Quantity
cus_A,2024-01-05,,1200,year,1
cus_B,2024-01-20,2024-03-10,99,month,2
cus_B,2024-04-02,,99,month,1
cus_C,2024-02-01,,300,quarter,
cus_c,2024-02-15,2024-02-20,50,month,1
cus_D,,,20,month,1
cus_E,2024-03-01,,45,week,1
cus_F,2024-03-03,,10,fortnight,1
`;

describe('the DuckDB engine on a subscriptions export alone', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sales-kpi-duck-subs-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('detects the subscriptions, binds only the parameters the query reads, and equals the engine', async () => {
    const path = join(dir, 'subscriptions.csv');
    writeFileSync(path, CSV);
    const run = await runDuck({ input: path, mapping: null, month: null, locale: 'en_US', timeZone: 'UTC' }, (p) => readFileSync(p, 'utf8'));
    const mapping = run.config.entities.subscriptions;
    expect(mapping).toBeDefined();
    expect(run.months).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    const rows = parseCsvText(CSV);
    const columns = Object.fromEntries(Object.entries(mapping!.fields).map(([field, header]) => [field, rows[0].indexOf(header as string)]));
    const settings = { ...DEFAULT_SETTINGS, locale: 'en_US', timeZone: 'UTC' };
    const subscriptions = parseTable('subscriptions', 'subscriptions', rows, columns, { headerRow: 1, settings });
    const ids = new Set(run.kpis.map((k) => k.id));
    expect([...ids]).toEqual(expect.arrayContaining(['mrr', 'arr', 'arpa', 'mrr_movements', 'nrr', 'grr', 'revenue_churn', 'net_revenue_churn', 'quick_ratio']));
    for (const k of run.kpis) {
      const [y, m] = k.period.split('-').map(Number);
      const engine = kpiById(k.id)!.compute({ tables: { subscriptions }, settings }, monthAsPeriod(y * 12 + m - 1));
      if (engine.value === null || k.value === null) expect([k.id, k.period, k.value]).toEqual([k.id, k.period, engine.value]);
      else expect([k.id, k.period, k.value]).toEqual([k.id, k.period, expect.closeTo(engine.value, 9)]);
      if (k.id === 'mrr_movements' && engine.breakdown) {
        const bridge = run.breakdowns.filter((b) => b.id === 'mrr_movements' && b.period === k.period);
        expect(bridge.map((b) => [b.key, b.count, b.value])).toEqual(engine.breakdown.map((b) => [b.key, b.count, expect.closeTo(b.value ?? Number.NaN, 9)]));
      }
    }
    // End of March: 1,200 a year (100) + 300 a quarter (100) + 45 a week (195); B cancelled on 10 March, the fortnight skipped.
    expect(run.kpis.find((k) => k.id === 'mrr' && k.period === '2024-03')?.value).toBeCloseTo(100 + 100 + 45 * 52 / 12, 9);
  }, 120000);
});
