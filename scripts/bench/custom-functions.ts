// Custom-function part: a cold call (fresh runtime, bundle loaded, one table-form call) and a warm call, on real rows.

import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRuntime, emptyWorkbook } from '../runtime';
import { CODE_PATH } from './bundle';
import type { BenchData } from './data';
import { median } from './timing';

export interface CustomFunctionFigures {
  readonly call: string;
  readonly rows: number;
  /** Fresh runtime + load + call; the load alone; a second call in the same runtime. Medians. */
  readonly coldMs: number;
  readonly loadMs: number;
  readonly warmMs: number;
  readonly result: unknown;
  readonly runs: number;
}

const NOW = Date.UTC(2026, 0, 15, 9);

function coldRuns(code: string, deals: unknown[][], runs: number) {
  const cold: number[] = [];
  const loads: number[] = [];
  const warm: number[] = [];
  let result: unknown;
  for (let r = 0; r < runs + 1; r++) {
    const t0 = performance.now();
    const rt = createRuntime({ workbook: emptyWorkbook({ locale: 'fr_FR', timeZone: 'Europe/Paris' }), now: NOW }).loadSource(code, 'Code.js');
    const t1 = performance.now();
    result = rt.callCustomFunction('WIN_RATE', deals, '2025-03');
    const t2 = performance.now();
    rt.callCustomFunction('WIN_RATE', deals, '2025-04');
    const t3 = performance.now();
    if (r === 0) continue; // the first run pays this process's own warm-up (runtime modules)
    cold.push(t2 - t0);
    loads.push(t1 - t0);
    warm.push(t3 - t2);
  }
  return { coldMs: median(cold), loadMs: median(loads), warmMs: median(warm), result };
}

/** `WIN_RATE(deals, "2025-03")` on the deals sheet (header row included); null without a built bundle. */
export function benchCustomFunction(data: BenchData, runs = 5): CustomFunctionFigures | null {
  if (!existsSync(CODE_PATH)) return null;
  const code = readFileSync(CODE_PATH, 'utf8');
  const deals = data.sheets.deals!.values;
  // The runtime binds the builtins as top-level constants (no vm interceptor on their lookups, as in Apps Script).
  return { call: 'WIN_RATE(deals, "2025-03")', rows: deals.length - 1, ...coldRuns(code, deals, runs), runs };
}
