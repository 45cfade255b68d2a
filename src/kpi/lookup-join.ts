// Joins related tables to the mapped ones once, at parse time: each brought column becomes a code column (O(rows)).

import type { Lookup } from '../model/lookup';
import type { RelatedTable } from '../model/lookup-related';
import type { DerivedColumn, Table } from '../model/table';
import { keyCodes, shareKeyCodes } from './keys';
import { chosen } from './needs';
import { segmentAliases } from './segment';
import type { KpiDef, KpiInput } from './types';

/** Keys of the mapped table that the related table does not have: counted and shown, never silently dropped. */
export interface LookupReport {
  readonly entity: Table['entity'];
  /** The mapped table's sheet and the header of its linking column. */
  readonly sheet: string;
  readonly column: string;
  /** The related sheet and its key header. */
  readonly related: string;
  readonly key: string;
  /** Rows whose key is not in the related table, their first sheet rows, and a few of those keys. */
  readonly unmatched: number;
  readonly rows: readonly number[];
  readonly examples: readonly string[];
  /** Rows whose key is blank (they belong to no related row). */
  readonly blank: number;
  /** Rows with a key found in the related table. */
  readonly matched: number;
  /** Keys found on several rows of the related table (the first row is used). */
  readonly repeated: readonly string[];
}

const EXAMPLES = 5;
const ROWS = 10;

/**
 * `table` with the columns of `related` joined on `lookup.field`, and the report of keys not found. Work: one pass over
 * the rows per brought column, on integer codes; each distinct key is looked up once. Null when the table has no
 * text column for the field.
 */
export function joinLookup(table: Table, lookup: Lookup, related: RelatedTable): { table: Table; report: LookupReport } | null {
  const kc = keyCodes(table, lookup.field);
  if (!kc) return null;
  const relatedRow = new Int32Array(kc.norms.length);
  for (let code = 0; code < kc.norms.length; code++) relatedRow[code] = related.rowOf.get(kc.norms[code]) ?? -1;
  const n = kc.codes.length;
  let unmatched = 0;
  let blank = 0;
  const rows: number[] = [];
  const missed = new Int32Array(kc.norms.length);
  for (let i = 0; i < n; i++) {
    const code = kc.codes[i];
    if (code < 0) blank++;
    else if (relatedRow[code] < 0) {
      unmatched++;
      missed[code]++;
      if (rows.length < ROWS) rows.push(table.rowNumbers[i]);
    }
  }
  const derived: Record<string, DerivedColumn | undefined> = { ...table.derived };
  for (const column of related.columns) {
    if (derived[column.name]) continue;
    const codes = new Int32Array(n);
    const source = column.codes;
    for (let i = 0; i < n; i++) {
      const code = kc.codes[i];
      const r = code < 0 ? -1 : relatedRow[code];
      codes[i] = r < 0 ? -1 : source[r];
    }
    derived[column.name] = { header: `${related.sheet} · ${column.header}`, codes, labels: column.labels, norms: column.norms };
  }
  const examples = [...missed.keys()]
    .filter((code) => missed[code] > 0)
    .sort((a, b) => missed[b] - missed[a] || a - b)
    .slice(0, EXAMPLES)
    .map((code) => kc.labels[code]);
  const joined: Table = { ...table, derived };
  shareKeyCodes(table, joined);
  const header = table.columns[lookup.field]?.header ?? lookup.field;
  const report: LookupReport = {
    entity: table.entity,
    sheet: table.sheet,
    column: header,
    related: related.sheet,
    key: related.key,
    unmatched,
    rows,
    examples,
    blank,
    matched: n - unmatched - blank,
    repeated: related.repeatedKeys,
  };
  return { table: joined, report };
}

/** Every joined column of the input, by canonical name, with the entities that have it. */
export function joinedFields(input: KpiInput): Map<string, { header: string; entities: Table['entity'][] }> {
  const out = new Map<string, { header: string; entities: Table['entity'][] }>();
  for (const table of Object.values(input.tables)) {
    for (const [name, column] of Object.entries(table?.derived ?? {})) {
      if (!table || !column) continue;
      const entry = out.get(name) ?? { header: column.header, entities: [] };
      entry.entities.push(table.entity);
      out.set(name, entry);
    }
  }
  return out;
}

/**
 * Entities the KPI reads (its first alternative met) that have no column for the segment's field: their rows would
 * not be filtered. Empty when every table read can be segmented.
 */
export function unsegmentedEntities(def: Pick<KpiDef, 'needs'>, input: KpiInput, field: string): Table['entity'][] {
  const index = chosen(input, def.needs);
  if (index < 0) return [];
  const out: Table['entity'][] = [];
  for (const need of def.needs[index]) {
    const table = input.tables[need.entity];
    if (table && !segmentAliases(field).some((f) => keyCodes(table, f)) && !out.includes(need.entity)) out.push(need.entity);
  }
  return out;
}
