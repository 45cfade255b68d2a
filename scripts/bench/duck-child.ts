// Child process of the DuckDB-engine benchmark: one `--engine duckdb` run on a file, its time and peak memory as JSON.

import { readFileSync } from 'node:fs';
import { runDuck } from '../duck/engine';

async function main(): Promise<void> {
  const input = process.argv[2];
  const started = performance.now();
  const run = await runDuck({ input, mapping: null, month: null, locale: 'en_US', timeZone: 'UTC' }, (p) => readFileSync(p, 'utf8'));
  const ms = performance.now() - started;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMb, months: run.months.length, kpis: run.kpis })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
