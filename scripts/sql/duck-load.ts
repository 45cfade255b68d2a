// Loads parsed engine tables into an in-memory DuckDB database as staged relations (one per entity, typed columns).

import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, type DuckDBType, type DuckDBValue, dateValue, LIST, listValue, VARCHAR } from '@duckdb/node-api';
import type { EntityId } from '../../src/model/entities';
import type { Table } from '../../src/model/table';
import type { AvailableFields } from '../../src/sql/compile';

export interface DuckDatabase {
  readonly connection: DuckDBConnection;
  close(): void;
}

const SQL_TYPE = { date: 'DATE', amount: 'DOUBLE', number: 'DOUBLE', text: 'VARCHAR', stage: 'TINYINT', flag: 'TINYINT' } as const;

/**
 * Opens an empty database: in memory by default; with `file`, a database file (tables spill to disk there, and
 * DuckDB's memory stays within `memoryLimit`, e.g. `'512MB'`).
 */
export async function openDuck(file?: string, memoryLimit?: string): Promise<DuckDatabase> {
  const instance = await DuckDBInstance.create(file ?? ':memory:', memoryLimit ? { memory_limit: memoryLimit } : undefined);
  const connection = await instance.connect();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function appendCell(a: DuckDBAppender, type: keyof typeof SQL_TYPE, values: ArrayLike<unknown>, i: number): void {
  const v = values[i];
  if (type === 'date' || type === 'amount' || type === 'number') {
    const x = v as number;
    if (Number.isNaN(x)) a.appendNull();
    else if (type === 'date') a.appendDate(dateValue(Math.floor(x)));
    else a.appendDouble(x);
  } else if (type === 'text') {
    if (v === '') a.appendNull();
    else a.appendVarchar(v as string);
  } else a.appendTinyInt(v as number);
}

/** Creates one relation per table, named by entity, with a column per field plus `_row` (row order), and fills it. */
export async function loadTables(db: DuckDatabase, tables: Readonly<Partial<Record<EntityId, Table>>>): Promise<AvailableFields> {
  const fields: Partial<Record<EntityId, string[]>> = {};
  for (const [entity, table] of Object.entries(tables) as [EntityId, Table][]) {
    const cols = Object.entries(table.columns).filter((e): e is [string, NonNullable<(typeof e)[1]>] => e[1] !== undefined);
    const ddl = cols.map(([f, c]) => `"${f}" ${SQL_TYPE[c.type]}`).concat('"_row" INTEGER');
    await db.connection.run(`CREATE OR REPLACE TABLE "${entity}" (${ddl.join(', ')})`);
    const appender = await db.connection.createAppender(entity);
    for (let i = 0; i < table.size; i++) {
      for (const [, c] of cols) appendCell(appender, c.type, c.values as ArrayLike<unknown>, i);
      appender.appendInteger(i);
      appender.endRow();
    }
    appender.closeSync();
    fields[entity] = cols.map(([f]) => f);
  }
  return fields;
}

/** Creates a relation of text columns named as the headers, holding the rows as written (blank cells as NULL). */
export async function loadRawText(db: DuckDatabase, name: string, given: readonly string[], rows: readonly (readonly string[])[]): Promise<void> {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const headers = uniqueHeaders(given);
  await db.connection.run(`CREATE OR REPLACE TABLE ${q(name)} (${headers.map((h) => `${q(h)} VARCHAR`).join(', ')})`);
  const appender = await db.connection.createAppender(name);
  for (const row of rows) {
    headers.forEach((_, k) => {
      const v = row[k] ?? '';
      if (v === '') appender.appendNull();
      else appender.appendVarchar(v);
    });
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * Runs a compiled query with its parameters (label lists as VARCHAR[]), rows as plain JSON objects. Parameters the
 * query does not read are left out (DuckDB refuses them): a subscriptions-only query has no stage labels.
 */
export async function runQuery(db: DuckDatabase, sql: string, params: Readonly<Record<string, string | readonly string[]>>) {
  const values: Record<string, DuckDBValue> = {};
  const types: Record<string, DuckDBType> = {};
  for (const [k, v] of Object.entries(params)) {
    if (!new RegExp(`\\$${k}\\b`).test(sql)) continue;
    if (Array.isArray(v)) {
      values[k] = listValue([...v]);
      types[k] = LIST(VARCHAR);
    } else {
      values[k] = v as string;
      types[k] = VARCHAR;
    }
  }
  const reader = await db.connection.runAndReadAll(sql, values, types);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}

/** Column names for a header row: blanks become `column N`, repeats get ` (2)`, ` (3)`… (compared case-insensitively). */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    const base = h.trim() === '' ? `column ${i + 1}` : h.trim();
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}
