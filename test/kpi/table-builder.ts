// Builds parsed Tables from plain row objects for KPI tests: dates as 'YYYY-MM-DD', stages as 'open' | 'won' | 'lost'.

import { dayFromCivil } from '../../src/model/days';
import { type EntityId, entityDef } from '../../src/model/entities';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { type Column, STAGE_LOST, STAGE_OPEN, STAGE_WON, type Table } from '../../src/model/table';
import type { KpiInput, Period } from '../../src/kpi/types';

export type Cell = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, Cell>>;

/** Day number of 'YYYY-MM-DD'. */
export function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromCivil(y, m, d);
}

/** The period [from, to) given as 'YYYY-MM-DD' strings. */
export function period(from: string, to: string, key = `${from}..${to}`): Period {
  return { key, start: day(from), end: day(to) };
}

/** The calendar month 'YYYY-MM'. */
export function month(key: string): Period {
  const [y, m] = key.split('-').map(Number);
  return { key, start: dayFromCivil(y, m, 1), end: m === 12 ? dayFromCivil(y + 1, 1, 1) : dayFromCivil(y, m + 1, 1) };
}

const STAGES: Record<string, number> = { open: STAGE_OPEN, won: STAGE_WON, lost: STAGE_LOST };

/** A table of `entity` whose columns are the fields named in `rows` (plus `fields`, present even if always blank). */
export function table(entity: EntityId, rows: readonly Row[], fields: readonly string[] = []): Table {
  const def = entityDef(entity);
  const names = new Set<string>(fields);
  for (const row of rows) for (const k of Object.keys(row)) names.add(k);
  const columns: Record<string, Column> = {};
  for (const name of names) {
    const field = def.fields.find((f) => f.id === name);
    if (!field) throw new Error(`${entity} has no field ${name}`);
    const raw = rows.map((r) => r[name]);
    const header = field.label.en;
    switch (field.type) {
      case 'date':
        columns[name] = { type: 'date', header, values: Float64Array.from(raw, (v) => (typeof v === 'string' && v ? day(v) : typeof v === 'number' ? v : Number.NaN)) };
        break;
      case 'amount':
      case 'number':
        columns[name] = { type: field.type, header, values: Float64Array.from(raw, (v) => (typeof v === 'number' ? v : Number.NaN)) };
        break;
      case 'text':
        columns[name] = { type: 'text', header, values: raw.map((v) => (v === undefined || v === null ? '' : String(v))) };
        break;
      case 'stage': {
        // `open`, `won`, `lost`, or any other label (an open stage such as `Proposal`), kept as written.
        const labels = [...new Set(raw.filter((v) => v !== undefined && v !== null && v !== '').map(String))];
        const labelCodes = Int32Array.from(raw, (v) => (v === undefined || v === null || v === '' ? -1 : labels.indexOf(String(v))));
        columns[name] = { type: 'stage', header, values: Uint8Array.from(raw, (v) => STAGES[String(v ?? 'open')] ?? STAGE_OPEN), labelCodes, labels };
        break;
      }
      case 'flag':
        columns[name] = { type: 'flag', header, values: Uint8Array.from(raw, (v) => (v === true || v === 1 || v === 'yes' ? 1 : 0)) };
        break;
    }
  }
  const rowNumbers = Int32Array.from(rows, (_, i) => i + 2);
  return { entity, sheet: def.label.en, size: rows.length, rowNumbers, columns, issues: [], rowsRead: rows.length };
}

/** A KPI input from tables given as rows per entity. */
export function input(tables: Partial<Record<EntityId, readonly Row[] | Table>>): KpiInput {
  const out: Partial<Record<EntityId, Table>> = {};
  for (const [entity, rows] of Object.entries(tables) as [EntityId, readonly Row[] | Table][]) {
    out[entity] = Array.isArray(rows) ? table(entity, rows as readonly Row[]) : (rows as Table);
  }
  return { tables: out, settings: DEFAULT_SETTINGS };
}
