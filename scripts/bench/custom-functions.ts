// Custom-function part: a cold call (fresh runtime, bundle loaded, one table-form call) and a warm call, on real rows.

import { existsSync } from 'node:fs';
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

/** `WIN_RATE(deals, "2025-03")` on the deals sheet (header row included); null without a built bundle. */
export function benchCustomFunction(data: BenchData, runs = 5): CustomFunctionFigures | null {
  if (!existsSync(CODE_PATH)) return null;
  const deals = data.sheets.deals!.values;
  const cold: number[] = [];
  const loads: number[] = [];
  const warm: number[] = [];
  let result: unknown;
  for (let r = 0; r < runs + 1; r++) {
    const t0 = performance.now();
    const rt = createRuntime({ workbook: emptyWorkbook({ locale: 'fr_FR', timeZone: 'Europe/Paris' }), now: NOW }).load(CODE_PATH);
    const t1 = performance.now();
    result = rt.callCustomFunction('WIN_RATE', deals, '2025-03');
    const t2 = performance.now();
    rt.callCustomFunction('WIN_RATE', deals, '2025-04');
    const t3 = performance.now();
    if (r === 0) continue; // the first run pays this process's own warm-up (tsx, module loading)
    cold.push(t2 - t0);
    loads.push(t1 - t0);
    warm.push(t3 - t2);
  }
  return { call: 'WIN_RATE(deals, "2025-03")', rows: deals.length - 1, coldMs: median(cold), loadMs: median(loads), warmMs: median(warm), result, runs };
}
