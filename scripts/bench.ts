// `npm run bench`: engine, DuckDB, HyperFormula, custom functions, bundle and dashboard figures in one run → Markdown + bench/results.json.

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchBundle } from './bench/bundle';
import { benchDuck, benchHyperFormula, type DuckFigures, type HfFigures } from './bench/compare';
import { benchCustomFunction, type CustomFunctionFigures } from './bench/custom-functions';
import { benchDashboard, benchSampleDashboard, callBreakdown, type DashboardFigures } from './bench/dashboard';
import { generate } from './bench/data';
import { benchDuckEngine, checkDuckEngine, type DuckEngineCheck, type DuckEngineFigures } from './bench/duck-engine';
import { benchEngine, type EngineFigures } from './bench/engine';
import { kb, markdown, ms, n, type Row, ratio, type Target } from './bench/report';
import { benchStart, startRows } from './bench/start';
import { scalingExponent } from './bench/timing';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const HF_MAX = Number(process.env.BENCH_HF_MAX ?? 100000);
const CF_SIZE = 100000;
const DASHBOARD_SIZES = [1000, 10000, 100000];
// 10 M deal rows by default; 50 M (a 2 GB CSV, about half an hour on two cores) with BENCH_DUCK_SIZES=10000000,50000000
// or alone with `BENCH_DUCK_SIZES=50000000 npm run bench:duck`.
const DUCK_ENGINE_SIZES = (process.env.BENCH_DUCK_SIZES ?? '10000000').split(',').filter(Boolean).map(Number);
const DUCK_CHECK_SIZE = Number(process.env.BENCH_DUCK_CHECK ?? 1000000);
const START_ROWS = Number(process.env.BENCH_START_ROWS ?? 300000);
const START_RUNS = Number(process.env.BENCH_START_RUNS ?? 3);
/** Parts named on the command line (`npm run bench -- start`); none = every part. */
const PARTS = process.argv.slice(2);

const log = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

async function attempt<T>(label: string, notes: string[], fn: () => T | Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    notes.push(`${label} skipped: ${message}`);
    log(`${label} skipped: ${message}`);
    return null;
  }
}

/** `npm run bench -- start`: only the `npm start` part (a 300,000-row CSV vs csv-parse alone). */
async function mainStart(): Promise<void> {
  const notes: string[] = [];
  const rows: Row[] = [];
  const targets: Target[] = [];
  log(`npm start on a ${n(START_ROWS)}-row CSV`);
  const start = await attempt('npm start on a large CSV', notes, () => benchStart(START_ROWS, START_RUNS));
  if (!start && !notes.some((x) => x.startsWith('npm start'))) notes.push('npm start on a large CSV skipped: no dist/Code.js (run `npm run build`)');
  startRows(start, rows, targets);
  const context = `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${new Date().toISOString().slice(0, 10)}; each side a fresh process.`;
  console.log(markdown('Benchmark (npm start only)', context, rows, targets, notes));
}

async function main(): Promise<void> {
  const started = Date.now();
  const notes: string[] = [];
  const engine: EngineFigures[] = [];
  const duck: DuckFigures[] = [];
  const hf: HfFigures[] = [];
  const dashboards: DashboardFigures[] = [];
  let custom: CustomFunctionFigures | null = null;
  for (const size of [...new Set([...SIZES, ...DASHBOARD_SIZES])].sort((a, b) => a - b)) {
    log(`generating ${n(size)} deals…`);
    const data = generate(size);
    const big = size >= 1000000;
    if (SIZES.includes(size)) {
      log(`  engine`);
      const e = await attempt(`engine at ${n(size)}`, notes, () => benchEngine(data, big ? 40000 : 15000));
      if (e) engine.push(e);
      log(`  DuckDB`);
      const d = await attempt(`DuckDB at ${n(size)}`, notes, () => benchDuck(data, big ? 3 : 7, 10000));
      if (d) duck.push(d);
      if (size <= HF_MAX) {
        log(`  HyperFormula`);
        const h = await attempt(`HyperFormula at ${n(size)}`, notes, () => benchHyperFormula(data, size >= 100000 ? 1 : 3, 20000));
        if (h) hf.push(h);
      }
    }
    if (size === CF_SIZE) {
      log(`  custom function`);
      custom = await attempt('custom functions', notes, () => benchCustomFunction(data));
      if (custom === null && !notes.some((x) => x.startsWith('custom'))) notes.push('custom functions skipped: no dist/Code.js (run `npm run build`)');
    }
    if (DASHBOARD_SIZES.includes(size)) {
      log(`  dashboard`);
      const r = await attempt(`dashboard at ${n(size)}`, notes, () => benchDashboard(data));
      if (r) dashboards.push(r);
      else if (!notes.some((x) => x.startsWith('dashboard'))) notes.push('dashboard skipped: no dist/Code.js (run `npm run build`)');
    }
  }
  log('DuckDB engine (npm start -- file --engine duckdb)');
  const duckEngine: DuckEngineFigures[] = (await attempt('DuckDB engine', notes, () => benchDuckEngine(DUCK_ENGINE_SIZES, log))) ?? [];
  const duckCheck: DuckEngineCheck | null = await attempt('DuckDB engine check', notes, () => checkDuckEngine(DUCK_CHECK_SIZE));
  log(`npm start on a ${n(START_ROWS)}-row CSV`);
  const start = await attempt('npm start on a large CSV', notes, () => benchStart(START_ROWS, START_RUNS));
  if (!start && !notes.some((x) => x.startsWith('npm start'))) notes.push('npm start on a large CSV skipped: no dist/Code.js (run `npm run build`)');
  const bundle = await attempt('bundle', notes, () => benchBundle());
  if (!bundle && !notes.some((x) => x.startsWith('bundle'))) notes.push('bundle skipped: no dist/Code.js (run `npm run build`)');

  const rows: Row[] = [];
  const targets: Target[] = [];
  for (const e of engine) {
    rows.push({ part: 'Engine', measure: `${n(e.deals)} deals (${n(e.rows)} rows, ${(e.cells / 1e6).toFixed(1)} M cells in 8 tables): parse + ${e.kpis} KPIs × ${e.months} months`, figure: `${ms(e.total.ms)} = ${n(e.dealRowsPerSecond)} deal rows/s (${n(e.rowsPerSecond)} rows/s)` });
    rows.push({ part: 'Engine', measure: `${n(e.deals)} deals: parse alone / monthly table alone`, figure: `${ms(e.parse.ms)} / ${ms(e.table.ms)}` });
    rows.push({ part: 'Engine', measure: `${n(e.deals)} deals: related table joined (customers' sector, owner, source by deals.customer) / parse`, figure: `${ms(e.join.ms)} / ${ms(e.parse.ms)} = ${ratio(e.join.ms / e.parse.ms)}` });
  }
  const slopes: string[] = [];
  let lastSlope: number | null = null;
  for (let k = 1; k < engine.length; k++) {
    const a = engine[k - 1];
    const b = engine[k];
    lastSlope = scalingExponent(a.deals, a.total.ms, b.deals, b.total.ms);
    slopes.push(`${n(a.deals)}→${n(b.deals)}: ${lastSlope.toFixed(2)}`);
  }
  if (slopes.length) rows.push({ part: 'Engine', measure: 'scaling exponent (log-log slope, linear = 1.0)', figure: slopes.join('; ') });
  const top = engine[engine.length - 1];
  targets.push({ target: '≥ 1,000,000 deal rows/s, full KPI table', figure: top ? `${n(top.dealRowsPerSecond)} at ${n(top.deals)} deals` : '—', met: top ? top.deals >= 1000000 && top.dealRowsPerSecond >= 1e6 : null });
  targets.push({ target: 'scaling exponent ≤ 1.1', figure: slopes.length ? slopes[slopes.length - 1] : '—', met: lastSlope === null ? null : lastSlope <= 1.1 });
  for (const d of duck) {
    rows.push({ part: 'DuckDB', measure: `${n(d.deals)} deals: 7 KPIs × 36 months, engine / DuckDB SQL (tables loaded)`, figure: `${ms(d.engine.ms)} / ${ms(d.duck.ms)} = ${ratio(d.ratio)} (with parsing: ${ratio(d.ratioWithParse)})` });
    rows.push({ part: 'DuckDB', measure: `${n(d.deals)} deals: same numbers (to the cent / 1e-9)`, figure: d.check.equal ? `yes (${d.check.compared} values)` : `NO: ${d.check.firstDifference}` });
  }
  const dTop = duck[duck.length - 1];
  targets.push({ target: 'within 3× of DuckDB', figure: dTop ? `${ratio(dTop.ratio)} at ${n(dTop.deals)} deals` : '—', met: dTop ? dTop.ratio <= 3 && duck.every((d) => d.check.equal) : null });
  for (const e of duckEngine) {
    rows.push({ part: 'DuckDB engine', measure: `${n(e.deals)} deals, ${e.format} (${n(e.fileMb)} MB): detection + every compiled KPI × ${e.months} months, peak memory of the run`, figure: `${ms(e.ms)}, ${n(e.maxRssMb)} MB peak RSS (${n(e.values)} values)` });
  }
  if (duckCheck) rows.push({ part: 'DuckDB engine', measure: `${n(duckCheck.deals)} deals from CSV: same numbers as the in-memory engine`, figure: duckCheck.equal ? `yes (${n(duckCheck.compared)} values)` : `NO: ${duckCheck.firstDifference}` });
  for (const h of hf) {
    rows.push({ part: 'HyperFormula', measure: `${n(h.deals)} deals: COUNTIFS/SUMIFS sheet (${h.hf.runs} run${h.hf.runs > 1 ? 's' : ''}) / engine from raw cells`, figure: `${ms(h.hf.ms)} / ${ms(h.engine.ms)} = engine ${ratio(h.speedup)} faster` });
    rows.push({ part: 'HyperFormula', measure: `${n(h.deals)} deals: same numbers`, figure: h.check.equal ? `yes (${h.check.compared} values)` : `NO: ${h.check.firstDifference}` });
  }
  const hTop = hf[hf.length - 1];
  targets.push({ target: '≥ 20× faster than hand-written formulas', figure: hTop ? `${ratio(hTop.speedup)} at ${n(hTop.deals)} deals (HyperFormula capped at ${n(HF_MAX)})` : '—', met: hTop ? hTop.speedup >= 20 && hf.every((h) => h.check.equal) : null });
  if (custom) {
    rows.push({ part: 'Custom function', measure: `cold ${custom.call} on ${n(custom.rows)} rows (fresh runtime + load + call)`, figure: `${ms(custom.coldMs)} (load ${ms(custom.loadMs)}) → ${String(custom.result)}` });
    rows.push({ part: 'Custom function', measure: 'warm call (same context, next month)', figure: ms(custom.warmMs) });
  }
  targets.push({ target: 'cold custom-function call on 100,000 rows < 0.5 s', figure: custom ? ms(custom.coldMs) : '—', met: custom ? custom.coldMs < 500 : null });
  if (bundle) {
    rows.push({ part: 'Bundle', measure: 'dist/Code.js size (gzipped)', figure: `${kb(bundle.bytes)} (${kb(bundle.gzipBytes)})` });
    rows.push({ part: 'Bundle', measure: 'top-level evaluation, first / median of next', figure: `${ms(bundle.firstEvalMs)} / ${ms(bundle.evalMs)}` });
  }
  targets.push({ target: 'dist/Code.js ≤ 150 KB minified', figure: bundle ? kb(bundle.bytes) : '—', met: bundle ? bundle.bytes <= 150 * 1024 : null });
  targets.push({ target: 'top-level evaluation ≤ 10 ms', figure: bundle ? `${ms(bundle.firstEvalMs)} first, ${ms(bundle.evalMs)} median` : '—', met: bundle ? bundle.firstEvalMs <= 10 : null });
  const split = (b: ReturnType<typeof callBreakdown>) =>
    `${b.total} calls = ${b.fixed} fixed + ${b.readCalls} to read ${b.tables} tables + ${b.chartCalls} for ${b.charts} charts`;
  for (const r of dashboards) {
    rows.push({ part: 'Dashboard', measure: `${n(r.deals)} deals: service calls to generate one month (${r.tabs.join(', ')})`, figure: `${split(callBreakdown(r.byMethod, r.calls))}, ${ms(r.ms)}` });
  }
  const counts = dashboards.map((r) => r.calls);
  const same = counts.length > 0 && counts.every((c) => c === counts[0]);
  targets.push({ target: 'dashboard service calls identical at every size', figure: counts.length ? counts.join(' / ') : '—', met: counts.length === DASHBOARD_SIZES.length ? same : null });
  const sample = await attempt('dashboard on the sample workbook', notes, () => benchSampleDashboard());
  if (sample) rows.push({ part: 'Dashboard', measure: 'sample workbook (Insert sample data): service calls to generate one month', figure: split(sample) });
  targets.push({ target: 'dashboard service calls on the sample workbook ≤ 60', figure: sample ? String(sample.total) : '—', met: sample ? sample.total <= 60 : null });

  startRows(start, rows, targets);

  const context = `Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${new Date().toISOString().slice(0, 10)}; medians of repeated runs in one process; synthetic data over 36 months (seeded).`;
  console.log(markdown('Benchmark', context, rows, targets, notes));
  mkdirSync('bench', { recursive: true });
  const results = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, engine, duck, duckEngine, duckCheck, hf, custom, bundle, dashboards, start, targets, notes, seconds: (Date.now() - started) / 1000 };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s; bench/results.json written`);
}

/** Re-runs itself with --expose-gc (a collection before each timed run) and a larger heap for the 1,000,000-deal workbook. */
if (process.env.BENCH_CHILD !== '1' && typeof (globalThis as { gc?: unknown }).gc !== 'function') {
  const args = [...process.execArgv, '--expose-gc', '--max-old-space-size=8192', process.argv[1], ...process.argv.slice(2)];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, BENCH_CHILD: '1' } });
  process.exit(r.status ?? 1);
} else {
  (PARTS.includes('start') ? mainStart() : main()).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
