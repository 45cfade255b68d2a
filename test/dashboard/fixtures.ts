// Small hand-made tables for dashboard tests: March 2024 vs February 2024, two reps, data that looks like formulas.

import type { KpiInput } from '../../src/kpi/types';
import type { EntityId } from '../../src/model/entities';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings';
import type { Table } from '../../src/model/table';

export const MARCH_2024 = 2024 * 12 + 2;
export const HOSTILE = '=HYPERLINK("http://evil.example","x")';

/** A table whose header row names the field ids. */
export function table(entity: EntityId, rows: readonly (readonly unknown[])[], settings: Settings = DEFAULT_SETTINGS): Table {
  const headers = rows[0] as readonly string[];
  const columns: Record<string, number> = {};
  headers.forEach((h, i) => {
    columns[h] = i;
  });
  return parseTable(entity, entity, rows, columns, { headerRow: 1, settings });
}

export const DEALS = [
  ['id', 'created', 'closed', 'stage', 'amount', 'owner', 'source', 'lost_reason'],
  ['D1', '2024-02-01', '2024-03-05', 'Won', 1000, 'Alice', 'Web', ''],
  ['D2', '2024-03-01', '2024-03-10', 'Won', 3000, 'Bob', 'Salon', ''],
  ['D3', '2024-03-02', '2024-03-20', 'Lost', 500, 'Alice', 'Web', HOSTILE],
  ['D4', '2024-02-10', '2024-02-20', 'Won', 2000, 'Alice', 'Web', ''],
  ['D5', '2024-02-11', '2024-02-25', 'Lost', 100, 'Bob', '@mention', 'Concurrent'],
  ['D6', '2024-03-05', '', 'Open', 700, 'Bob', 'Web', ''],
];

export const TARGETS = [
  ['date', 'metric', 'owner', 'target'],
  ['2024-03-01', 'revenue', '', 5000],
  ['2024-03-01', 'revenue', 'Alice', 1000],
];

export function sampleInput(settings: Settings = DEFAULT_SETTINGS): KpiInput {
  return { tables: { deals: table('deals', DEALS, settings), targets: table('targets', TARGETS, settings) }, settings };
}
