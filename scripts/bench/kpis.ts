// The engine side of the comparisons: parse a benchmark workbook and compute the seven compared KPIs for every month.

import { churn, newCustomers } from '../../src/kpi/defs/customers';
import { dealsLost, dealsWon, salesCycle, winRate } from '../../src/kpi/defs/deals';
import { revenue } from '../../src/kpi/defs/revenue';
import type { KpiDef, KpiInput, Period } from '../../src/kpi/types';
import { firstDayOfMonth, monthKey } from '../../src/model/days';
import type { EntityId } from '../../src/model/entities';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings';
import type { Table } from '../../src/model/table';
import { type BenchData, FIRST_MONTH, MONTHS, TIME_ZONE, TODAY } from './data';

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, locale: 'fr_FR', timeZone: TIME_ZONE, currency: 'EUR' };

/** The KPIs compared with DuckDB and HyperFormula, in the order of the check tables. */
export const COMPARED: readonly { readonly id: string; readonly def: KpiDef; readonly money?: boolean }[] = [
  { id: 'revenue', def: revenue, money: true },
  { id: 'deals_won', def: dealsWon },
  { id: 'deals_lost', def: dealsLost },
  { id: 'win_rate', def: winRate },
  { id: 'sales_cycle', def: salesCycle },
  { id: 'new_customers', def: newCustomers },
  { id: 'churn', def: churn },
];

/** KPI id → one value per month (null = no value). */
export type MonthlyValues = Record<string, (number | null)[]>;

/** The 36 calendar months of the synthetic data. */
export function benchPeriods(): Period[] {
  const out: Period[] = [];
  for (let m = FIRST_MONTH; m < FIRST_MONTH + MONTHS; m++) out.push({ key: monthKey(m), start: firstDayOfMonth(m), end: firstDayOfMonth(m + 1) });
  return out;
}

/** Parses every sheet of the workbook (coercion, blank rows, issues) into the engine's input. */
export function parseAll(data: BenchData, only?: readonly EntityId[]): KpiInput {
  const tables: Partial<Record<EntityId, Table>> = {};
  for (const [entity, sheet] of Object.entries(data.sheets) as [EntityId, NonNullable<BenchData['sheets'][EntityId]>][]) {
    if (only && !only.includes(entity)) continue;
    tables[entity] = parseTable(entity, sheet.name, sheet.values, sheet.columns, { headerRow: 1, settings: SETTINGS, today: TODAY });
  }
  return { tables, settings: SETTINGS };
}

/** The same tables under new identities, so every per-table cache (sorted indexes, key codes) is rebuilt. */
export function withoutCaches(input: KpiInput): KpiInput {
  const tables: Partial<Record<EntityId, Table>> = {};
  for (const [entity, table] of Object.entries(input.tables) as [EntityId, Table][]) tables[entity] = { ...table };
  return { tables, settings: input.settings };
}

/** The seven compared KPIs for every month, computed by the engine's catalog entries. */
export function engineCompared(input: KpiInput, periods: readonly Period[]): MonthlyValues {
  const out: MonthlyValues = {};
  for (const { id, def } of COMPARED) out[id] = periods.map((p) => def.compute(input, p).value);
  return out;
}

export interface Check {
  readonly equal: boolean;
  /** Number of (KPI, month) values compared, and a description of the first difference. */
  readonly compared: number;
  readonly firstDifference?: string;
}

/** Compares two monthly tables: money to the cent, everything else to 1e-9. */
export function compareValues(a: MonthlyValues, b: MonthlyValues, periods: readonly Period[]): Check {
  let compared = 0;
  for (const { id, money } of COMPARED) {
    for (let k = 0; k < periods.length; k++) {
      const x = a[id]?.[k] ?? null;
      const y = b[id]?.[k] ?? null;
      compared++;
      const same = x === null || y === null ? x === y : Math.abs(x - y) <= (money ? 0.005 : 1e-9 * Math.max(1, Math.abs(x)));
      if (!same) return { equal: false, compared, firstDifference: `${id} ${periods[k].key}: engine ${x}, other ${y}` };
    }
  }
  return { equal: true, compared };
}
