// Bundle part: dist/Code.js size (bytes, gzipped) and the time to evaluate its top level in a fresh vm context.

import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { median } from './timing';

export const CODE_PATH = process.env.BENCH_CODE ?? 'dist/Code.js';

export interface BundleFigures {
  readonly bytes: number;
  readonly gzipBytes: number;
  /** First evaluation in this process (compile included), and the median of the next ones in fresh contexts. */
  readonly firstEvalMs: number;
  readonly evalMs: number;
  readonly runs: number;
}

/** Null when there is no built bundle. */
export function benchBundle(runs = 25): BundleFigures | null {
  if (!existsSync(CODE_PATH)) return null;
  const code = readFileSync(CODE_PATH, 'utf8');
  const bytes = Buffer.byteLength(code);
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  const evalOnce = (): number => {
    const context = vm.createContext({ console });
    const t0 = performance.now();
    vm.runInContext(code, context, { filename: 'Code.js' });
    return performance.now() - t0;
  };
  const firstEvalMs = evalOnce();
  const all: number[] = [];
  for (let i = 0; i < runs; i++) all.push(evalOnce());
  return { bytes, gzipBytes, firstEvalMs, evalMs: median(all), runs };
}
