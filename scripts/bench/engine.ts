// Engine part: parse every sheet (coercion included) and compute the full monthly table of every KPI for every month.

import { performance } from 'node:perf_hooks';
import { KPI_CATALOG } from '../../src/kpi/catalog';
import { applyLookups } from '../../src/kpi/lookup-apply';
import { monthlyTable, monthsCovered } from '../../src/kpi/monthly';
import type { Lookup } from '../../src/model/lookup';
import { readRelated } from '../../src/model/lookup-related';
import type { BenchData } from './data';
import { parseAll, withoutCaches } from './kpis';
import { type Timing, time, timeSection } from './timing';

export interface EngineFigures {
  readonly deals: number;
  readonly rows: number;
  readonly cells: number;
  readonly months: number;
  readonly kpis: number;
  /** Parse + monthly table from the raw cells; parse alone; the monthly table alone (on fresh tables: indexes rebuilt). */
  readonly total: Timing;
  readonly parse: Timing;
  readonly table: Timing;
  /** Joining the customers sheet to the deals as a related table (deals.customer → customers' sector, owner, source). */
  readonly join: Timing;
  readonly dealRowsPerSecond: number;
  readonly rowsPerSecond: number;
}

/** Parse then the full table, from the raw cells: what a dashboard run pays. Returns the number of KPI results. */
export function fullTable(data: BenchData): number {
  const input = parseAll(data);
  const table = monthlyTable(input, monthsCovered(input));
  return table.length * KPI_CATALOG.length;
}

export async function benchEngine(data: BenchData, budgetMs: number): Promise<EngineFigures> {
  const runs = data.deals >= 1000000 ? 3 : data.deals >= 100000 ? 5 : 9;
  const total = await time(() => fullTable(data), { runs, budgetMs });
  const parse = await time(() => parseAll(data), { runs, budgetMs: budgetMs / 2, warmup: false });
  const parsed = parseAll(data);
  const table = await timeSection(
    () => {
      const input = withoutCaches(parsed);
      const t0 = performance.now();
      monthlyTable(input, monthsCovered(input));
      return performance.now() - t0;
    },
    { runs, budgetMs: budgetMs / 2 },
  );
  const customers = data.sheets.customers;
  const header = (f: string) => String(customers?.values[0][customers.columns[f]] ?? f);
  const lookup: Lookup = { entity: 'deals', field: 'customer', sheet: 'customers', headerRow: 1, key: header('id'), columns: ['sector', 'owner', 'source'].map(header) };
  const join = await time(() => applyLookups(withoutCaches(parsed), [lookup], (l) => readRelated(l, customers?.values ?? [])), {
    runs,
    budgetMs: budgetMs / 4,
  });
  return {
    deals: data.deals,
    rows: data.rows,
    cells: data.cells,
    months: monthsCovered(parsed).length,
    kpis: KPI_CATALOG.length,
    total,
    parse,
    table,
    join,
    dealRowsPerSecond: (data.deals / total.ms) * 1000,
    rowsPerSecond: (data.rows / total.ms) * 1000,
  };
}
