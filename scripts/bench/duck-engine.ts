// Benchmark of the DuckDB engine: 10 M and 50 M deal rows in Parquet and CSV files, the whole monthly KPI table, time
// and peak memory of the run (a child process), and the same numbers as the in-memory engine where that one fits.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kpiById } from '../../src/kpi/catalog';
import { monthAsPeriod } from '../../src/kpi/monthly';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { parseCsvText } from '../runtime/csv-io';
import { openDuck } from '../sql/duck-load';

export interface DuckEngineFigures {
  readonly deals: number;
  readonly format: 'parquet' | 'csv';
  readonly fileMb: number;
  readonly ms: number;
  readonly maxRssMb: number;
  readonly months: number;
  readonly values: number;
}

export interface DuckEngineCheck {
  readonly deals: number;
  readonly compared: number;
  readonly equal: boolean;
  readonly firstDifference?: string;
}

export type BenchTable = 'deals' | 'subscriptions';

/** `n` Stripe-like subscriptions over three years: a third of them cancelled, about three per customer, four intervals. */
const subscriptionsSelect = (n: number) => `SELECT 'cus_' || CAST(i % ${Math.max(1, Math.floor(n / 3))} AS VARCHAR) AS "Customer ID",
      CAST(DATE '2023-01-01' + CAST((i * 7919) % 1095 AS INTEGER) AS VARCHAR) AS "Start Date",
      CASE WHEN i % 3 = 0 THEN CAST(DATE '2023-01-01' + CAST((i * 7919) % 1095 + i % 400 AS INTEGER) AS VARCHAR) END AS "Canceled At",
      CAST((i * 37) % 1000 AS VARCHAR) AS "Plan Amount",
      CASE i % 4 WHEN 0 THEN 'month' WHEN 1 THEN 'year' WHEN 2 THEN 'quarter' ELSE 'week' END AS "Plan Interval"
      FROM range(${Math.floor(n)}) AS t(i)`;

/** Writes `n` deals (created, closed, stage, amount, owner over three years) or subscriptions with DuckDB itself, never through JS. */
async function writeDeals(path: string, n: number, format: 'parquet' | 'csv', table: BenchTable = 'deals'): Promise<void> {
  const db = await openDuck();
  try {
    const select = table === 'subscriptions' ? subscriptionsSelect(n) : `SELECT CAST(DATE '2023-01-01' + CAST((i * 7919) % 1095 AS INTEGER) AS VARCHAR) AS "Created date",
      CASE WHEN i % 5 = 0 THEN NULL ELSE CAST(DATE '2023-01-01' + CAST((i * 7919) % 1095 + i % 90 AS INTEGER) AS VARCHAR) END AS "Close date",
      CASE i % 5 WHEN 0 THEN 'Negotiation' WHEN 1 THEN 'Closed Won' WHEN 2 THEN 'Closed Won' ELSE 'Closed Lost' END AS "Stage",
      CAST(((i * 37) % 100000) / 10.0 AS VARCHAR) AS "Amount", 'Rep ' || CAST(i % 40 AS VARCHAR) AS "Owner"
      FROM range(${Math.floor(n)}) AS t(i)`;
    await db.connection.run(`COPY (${select}) TO '${path.replace(/'/g, "''")}' (FORMAT ${format === 'csv' ? 'csv, HEADER true' : 'parquet'})`);
  } finally {
    db.close();
  }
}

function childRun(path: string): { ms: number; maxRssMb: number; months: number; kpis: { id: string; period: string; value: number | null }[] } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'duck-child.ts'), path], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(r.stderr.trim().split('\n')[0] || `exit ${r.status}`);
  return JSON.parse(r.stdout);
}

/** One run per size and format; files are removed after each run. */
export async function benchDuckEngine(
  sizes: readonly number[],
  log: (s: string) => void,
  formats: readonly ('parquet' | 'csv')[] = ['parquet', 'csv'],
  table: BenchTable = 'deals',
): Promise<DuckEngineFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-duckbench-'));
  const out: DuckEngineFigures[] = [];
  try {
    for (const n of sizes) {
      for (const format of formats) {
        const path = join(dir, `${table}.${format}`);
        log(`  DuckDB engine: writing ${n.toLocaleString('en-US')} ${table} as ${format}…`);
        await writeDeals(path, n, format, table);
        const fileMb = statSync(path).size / 1048576;
        log(`  DuckDB engine: running on ${fileMb.toFixed(0)} MB of ${format}…`);
        const r = childRun(path);
        const figures = { deals: n, format, fileMb, ms: r.ms, maxRssMb: r.maxRssMb, months: r.months, values: r.kpis.filter((k) => k.value !== null).length };
        log(`  DuckDB engine: ${JSON.stringify(figures)}`);
        out.push(figures);
        rmSync(path, { force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** The DuckDB engine and the in-memory engine on the same CSV file of `n` deals: every compiled KPI of every month. */
export async function checkDuckEngine(n: number): Promise<DuckEngineCheck> {
  const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-duckcheck-'));
  try {
    const path = join(dir, 'deals.csv');
    await writeDeals(path, n, 'csv');
    const duck = childRun(path);
    const rows = parseCsvText(readFileSync(path, 'utf8'));
    const settings = { ...DEFAULT_SETTINGS, locale: 'en_US', timeZone: 'UTC' };
    const deals = parseTable('deals', 'deals', rows, { created: 0, closed: 1, stage: 2, amount: 3, owner: 4 }, { headerRow: 1, settings });
    let compared = 0;
    for (const k of duck.kpis) {
      const [y, m] = k.period.split('-').map(Number);
      const period = monthAsPeriod(y * 12 + m - 1);
      const engine = kpiById(k.id)!.compute({ tables: { deals }, settings }, period).value;
      const same = engine === null || k.value === null ? engine === k.value : Math.abs(engine - k.value) <= 1e-6 * Math.max(1, Math.abs(engine));
      if (!same) return { deals: n, compared, equal: false, firstDifference: `${k.id} ${k.period}: DuckDB ${k.value}, engine ${engine}` };
      compared++;
    }
    return { deals: n, compared, equal: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
