// `npm start` on a generated 300,000-row CSV export vs reading the same file with csv-parse alone: time ratio, peak RSS.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeDealsCsv } from './big-csv';
import { CODE_PATH } from './bundle';
import { n, ms, type Row, ratio, type Target } from './report';
import { median } from './timing';

export interface StartFigures {
  readonly rows: number;
  /** Medians over the pairs of runs. */
  readonly startMs: number;
  readonly parseMs: number;
  /** Median of the pairs' ratios (each pair: csv-parse alone, then npm start, one after the other). */
  readonly ratio: number;
  readonly ratios: readonly number[];
  readonly startRssMb: number;
  readonly parseRssMb: number;
}

/** Wall time and the JSON line a child process prints (each child is a fresh Node with tsx, as `npm start` runs). */
function child(script: string, args: readonly string[]): { ms: number; out: { code?: number; maxRssKb: number } } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${script} failed: ${(r.stderr || r.stdout).split('\n')[0]}`);
  return { ms, out: JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') };
}

/**
 * `runs` pairs of fresh processes (csv-parse alone, then npm start) on the same generated file: on a shared machine a
 * single pair can be off by 2×, the median of the pairs' ratios much less.
 */
export function benchStart(rows: number, runs = 3): StartFigures | null {
  if (!existsSync(CODE_PATH)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-bench-start-'));
  try {
    const file = join(dir, 'deals.csv');
    writeDealsCsv(file, rows);
    const pairs: { parse: ReturnType<typeof child>; start: ReturnType<typeof child> }[] = [];
    for (let r = 0; r < runs; r++) {
      const parse = child('parse-alone.ts', [file]);
      const start = child('start-child.ts', [file, '--out', join(dir, `out-${r}`)]);
      if (start.out.code !== 0) throw new Error(`npm start exited ${start.out.code}`);
      pairs.push({ parse, start });
    }
    const ratios = pairs.map((p) => p.start.ms / p.parse.ms);
    return {
      rows,
      startMs: median(pairs.map((p) => p.start.ms)),
      parseMs: median(pairs.map((p) => p.parse.ms)),
      ratio: median(ratios),
      ratios,
      startRssMb: Math.max(...pairs.map((p) => p.start.out.maxRssKb)) / 1024,
      parseRssMb: Math.max(...pairs.map((p) => p.parse.out.maxRssKb)) / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures and targets of the `npm start` part (its targets say "not run" when it could not run). */
export function startRows(start: StartFigures | null, rows: Row[], targets: Target[]): void {
  if (start) {
    rows.push({
      part: 'npm start',
      measure: `${n(start.rows)}-row CSV export: \`npm start\` (no build) / reading the file with csv-parse alone (each a fresh process; medians of ${start.ratios.length} pairs)`,
      figure: `${ms(start.startMs)} / ${ms(start.parseMs)}; median ratio ${ratio(start.ratio)} (pairs: ${start.ratios.map(ratio).join(', ')})`,
    });
    rows.push({ part: 'npm start', measure: `${n(start.rows)}-row CSV export: highest peak RSS of npm start / of csv-parse alone`, figure: `${n(start.startRssMb)} MB / ${n(start.parseRssMb)} MB` });
  }
  targets.push({ target: '`npm start` on a 300,000-row CSV ≤ 3× csv-parse alone', figure: start ? `${ratio(start.ratio)} at ${n(start.rows)} rows` : '—', met: start ? start.ratio <= 3 : null });
  targets.push({ target: '`npm start` on a 300,000-row CSV under 1 GB peak RSS', figure: start ? `${n(start.startRssMb)} MB` : '—', met: start ? start.startRssMb < 1024 : null });
}
