// The side-by-side comparisons at one size: engine vs DuckDB (same loaded rows) and vs hand-written HyperFormula formulas.

import { performance } from 'node:perf_hooks';
import type { BenchData } from './data';
import { duckCompared, loadDuck } from './duckdb';
import { evaluate, hfCompared, workbook } from './hyperformula';
import { benchPeriods, type Check, compareValues, engineCompared, parseAll, withoutCaches } from './kpis';
import { type Timing, time, timeSection } from './timing';

export interface DuckFigures {
  readonly deals: number;
  /** Engine: the seven KPIs × every month on parsed tables (indexes rebuilt each run); the same with parsing. */
  readonly engine: Timing;
  readonly engineWithParse: Timing;
  readonly duck: Timing;
  readonly ratio: number;
  readonly ratioWithParse: number;
  readonly check: Check;
}

export interface HfFigures {
  readonly deals: number;
  /** HyperFormula: buildFromSheets with every formula evaluated; engine: parse of deals and customers + the seven KPIs. */
  readonly hf: Timing;
  readonly engine: Timing;
  readonly speedup: number;
  readonly check: Check;
}

const ENTITIES = ['deals', 'customers'] as const;

/** Engine (parse of the two tables + KPIs) from the raw cells. */
function engineFromCells(data: BenchData) {
  return engineCompared(parseAll(data, ENTITIES), benchPeriods());
}

export async function benchDuck(data: BenchData, runs: number, budgetMs: number): Promise<DuckFigures> {
  const periods = benchPeriods();
  const parsed = parseAll(data, ENTITIES);
  const engine = await timeSection(() => {
    const input = withoutCaches(parsed);
    const t0 = performance.now();
    engineCompared(input, periods);
    return performance.now() - t0;
  }, { runs, budgetMs });
  const engineWithParse = await time(() => engineFromCells(data), { runs, budgetMs });
  const session = await loadDuck(data.truth);
  try {
    const duck = await time(() => duckCompared(session, periods), { runs: Math.max(runs, 7), budgetMs });
    const check = compareValues(engineCompared(parsed, periods), await duckCompared(session, periods), periods);
    return { deals: data.deals, engine, engineWithParse, duck, ratio: engine.ms / duck.ms, ratioWithParse: engineWithParse.ms / duck.ms, check };
  } finally {
    session.close();
  }
}

export async function benchHyperFormula(data: BenchData, runs: number, budgetMs: number): Promise<HfFigures> {
  const periods = benchPeriods();
  const sheets = workbook(data.truth, periods);
  let values = {};
  const hf = await time(
    () => {
      const engine = evaluate(sheets, data.deals + 1);
      const out = hfCompared(engine);
      engine.destroy();
      return out;
    },
    { runs, budgetMs, warmup: runs > 1, keep: (v) => (values = v) },
  );
  const engine = await time(() => engineFromCells(data), { runs: Math.max(3, runs), budgetMs });
  const check = compareValues(engineFromCells(data), values, periods);
  return { deals: data.deals, hf, engine, speedup: hf.ms / engine.ms, check };
}
