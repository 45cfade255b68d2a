// Reads the real-export corpus (test/fixtures/exports) as decoded rows, and computes the expected KPIs without the engine.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { computeKpi } from '../../../src/kpi/compute';
import type { KpiInput } from '../../../src/kpi/types';
import { resolveColumns } from '../../../src/model/config-columns';
import type { EntityId } from '../../../src/model/entities';
import { parsePeriod } from '../../../src/model/period';
import { parseTable } from '../../../src/model/parse-table';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/model/settings';
import { fillFromFallbacks } from '../../../src/model/split-columns';
import { type Suggestion, suggestConfig } from '../../../src/model/suggest-config';
import type { Table } from '../../../src/model/table';

export const EXPORTS_DIR = join(__dirname, '..', '..', 'fixtures', 'exports');

export type Encoding = 'utf8' | 'latin1' | 'win1252';

/** The file's rows as text cells, decoded and split as a person's spreadsheet import would. */
export function readExport(file: string, encoding: Encoding = 'utf8'): string[][] {
  const bytes = readFileSync(join(EXPORTS_DIR, file));
  const text = iconv.decode(bytes, encoding).replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n'));
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  return parse(text, { delimiter, relax_column_count: true }) as string[][];
}

/** Day number (days since 1970-01-01) of the calendar date a cell starts with, in the order given. */
export function dayOf(cell: string, order: 'ymd' | 'dmy' | 'mdy'): number {
  const parts = cell.trim().split(/[-/.T ]/).map(Number);
  const [y, m, d] = order === 'ymd' ? parts : order === 'dmy' ? [parts[2], parts[1], parts[0]] : [parts[2], parts[0], parts[1]];
  return Math.round(Date.UTC(y, m - 1, d) / 86400000);
}

export interface Reading {
  /** Header of the stage column, and how its labels read; a won-only table has no stage column. */
  readonly stage?: { readonly header: string; readonly won: readonly string[]; readonly lost: readonly string[] };
  /** Close date header(s): the first non-blank one is the close date. */
  readonly closed: readonly string[];
  readonly created?: string;
  readonly amount: string;
  readonly order: 'ymd' | 'dmy' | 'mdy';
  /** How an amount is written: `1 234,50` (fr) or `1234.50` (en). */
  readonly decimal?: 'fr' | 'en';
}

export interface Expected {
  revenue: number;
  won: number;
  lost: number;
  winRate: number | null;
  cycle: number | null;
}

/** Revenue, won, lost, win rate and mean cycle of the month `[start, end)` from the raw rows, as a person would count. */
export function expectedFrom(rows: readonly string[][], reading: Reading, month: string): Expected {
  const [header, ...data] = rows;
  const col = (h: string) => {
    const at = header.indexOf(h);
    if (at < 0) throw new Error(`fixture has no column ${h}`);
    return at;
  };
  const [y, m] = month.split('-').map(Number);
  const start = Math.round(Date.UTC(y, m - 1, 1) / 86400000);
  const end = Math.round(Date.UTC(y, m, 1) / 86400000);
  const amountOf = (cell: string) => Number(reading.decimal === 'fr' ? cell.replace(/\s/g, '').replace(',', '.') : cell);
  let revenue = 0;
  let won = 0;
  let lost = 0;
  let cycleSum = 0;
  for (const row of data) {
    const closedCell = reading.closed.map((h) => row[col(h)]).find((c) => c !== undefined && c.trim() !== '');
    if (!closedCell) continue;
    const closed = dayOf(closedCell, reading.order);
    if (closed < start || closed >= end) continue;
    const label = reading.stage ? row[col(reading.stage.header)] : 'won';
    const isWon = reading.stage ? reading.stage.won.includes(label) : true;
    const isLost = reading.stage ? reading.stage.lost.includes(label) : false;
    if (isWon) {
      won++;
      revenue += amountOf(row[col(reading.amount)]);
      if (reading.created) cycleSum += closed - dayOf(row[col(reading.created)], reading.order);
    } else if (isLost) lost++;
  }
  return {
    revenue,
    won,
    lost,
    winRate: won + lost > 0 ? won / (won + lost) : null,
    cycle: reading.created && won > 0 ? cycleSum / won : null,
  };
}

/** What the add-on detects and computes for one export: the suggestion, then the KPIs of `month`. */
export function detectAndCompute(sheet: string, rows: readonly string[][], month: string, settings: Partial<Settings> = {}) {
  const full: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const suggestion: Suggestion = suggestConfig([{ name: sheet, values: rows }], full);
  const tables: Partial<Record<EntityId, Table>> = {};
  for (const [entity, mapping] of Object.entries(suggestion.config.entities) as [EntityId, NonNullable<Suggestion['config']['entities'][EntityId]>][]) {
    const { columns, fallbacks } = resolveColumns(mapping, rows[mapping.headerRow - 1] ?? []);
    const filled = fillFromFallbacks(rows, columns, fallbacks, mapping.headerRow);
    tables[entity] = parseTable(entity, sheet, filled, columns, { headerRow: mapping.headerRow, settings: full });
  }
  const input: KpiInput = { tables, settings: full };
  const period = parsePeriod(month, full);
  const kpi = (id: string) => computeKpi(id, input, period);
  return { suggestion, tables, kpi };
}
