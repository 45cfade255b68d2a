// Median-of-runs timing in this process, with a warm-up run and a time budget that caps the repeats.

import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median wall time in ms. */
  readonly ms: number;
  readonly runs: number;
  /** Every run's time, in order. */
  readonly all: readonly number[];
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs `fn` once to warm up (unless `warmup` is false), then up to `runs` times while the spent time stays under
 * `budgetMs` (at least 3 runs), and returns the median. `fn`'s result is handed to `keep` so it is not optimised away.
 */
export async function time<T>(
  fn: () => T | Promise<T>,
  opts: { runs?: number; budgetMs?: number; warmup?: boolean; keep?: (r: T) => void } = {},
): Promise<Timing> {
  const runs = opts.runs ?? 7;
  const budget = opts.budgetMs ?? 20000;
  if (opts.warmup !== false) {
    const r = await fn();
    opts.keep?.(r);
  }
  const all: number[] = [];
  const began = performance.now();
  while (all.length < runs && (all.length < 3 || performance.now() - began < budget)) {
    gc();
    const t0 = performance.now();
    const r = await fn();
    all.push(performance.now() - t0);
    opts.keep?.(r);
  }
  return { ms: median(all), runs: all.length, all };
}

/** log-log slope of time against size between two sizes (1.0 = linear). */
export function scalingExponent(n1: number, t1: number, n2: number, t2: number): number {
  return Math.log(t2 / t1) / Math.log(n2 / n1);
}

/** Like `time`, for a run that measures its own timed section and returns its duration in ms (setup left out). */
export async function timeSection(fn: () => number | Promise<number>, opts: { runs?: number; budgetMs?: number } = {}): Promise<Timing> {
  const runs = opts.runs ?? 7;
  const budget = opts.budgetMs ?? 20000;
  await fn();
  const all: number[] = [];
  const began = performance.now();
  while (all.length < runs && (all.length < 3 || performance.now() - began < budget)) {
    gc();
    all.push(await fn());
  }
  return { ms: median(all), runs: all.length, all };
}
