// `npm run bench:duck`: the DuckDB-engine rows alone (sizes from BENCH_DUCK_SIZES, formats from BENCH_DUCK_FORMATS,
// BENCH_DUCK_TABLE=subscriptions for a subscriptions export instead of deals).

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { type BenchTable, benchDuckEngine } from './duck-engine';
import { ms, n } from './report';

const SIZES = (process.env.BENCH_DUCK_SIZES ?? '10000000').split(',').filter(Boolean).map(Number);
const TABLE: BenchTable = process.env.BENCH_DUCK_TABLE === 'subscriptions' ? 'subscriptions' : 'deals';
const FORMATS = (process.env.BENCH_DUCK_FORMATS ?? 'parquet,csv').split(',').filter((f): f is 'parquet' | 'csv' => f === 'parquet' || f === 'csv');

async function main(): Promise<void> {
  const log = (s: string): void => {
    process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${s}\n`);
  };
  const figures = await benchDuckEngine(SIZES, log, FORMATS, TABLE);
  for (const e of figures) {
    console.log(`| DuckDB engine | ${n(e.deals)} ${TABLE}, ${e.format} (${n(e.fileMb)} MB): every compiled KPI × ${e.months} months | ${ms(e.ms)}, ${n(e.maxRssMb)} MB peak RSS |`);
  }
  mkdirSync('bench', { recursive: true });
  const file = `bench/duck-engine-${TABLE}-${SIZES.join('-')}.json`;
  writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, figures }, null, 2)}\n`);
  log(`${file} written`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
