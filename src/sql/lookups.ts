// Related-table segments in SQL (`accounts.sector` on deals): a LEFT JOIN on the normalised key, first related row per key.

import { type Lookup, lookupFieldName } from '../model/lookup';
import type { EntityId } from '../model/entities';
import type { Dialect } from './dialect';

/** One brought column of a saved lookup, as the SQL reads it. */
export interface SqlLookup {
  /** The table joined and its linking field (deals.customer). */
  readonly entity: EntityId;
  readonly field: string;
  /** The related relation (a view or table name; for BigQuery `dataset.table`) and its key and brought columns' names. */
  readonly relation: string;
  readonly key: string;
  readonly column: string;
  /** The canonical segment field the column is known by (`accounts.sector`). */
  readonly name: string;
}

/** Name of the joined column a related-table segment filters on (BigQuery column names cannot hold a dot). */
export const JOINED_SEGMENT = 'joined_segment';

/**
 * The saved lookups as SQL lookups, one per brought column; `relation` names the related sheet's relation (default: the
 * sheet's name) and `header` the actual column name of a header as saved (default: as written).
 */
export function sqlLookups(
  lookups: readonly Lookup[],
  relation: (sheet: string) => string = (sheet) => sheet,
  header: (sheet: string, name: string) => string = (_, name) => name,
): SqlLookup[] {
  return lookups.flatMap((l) =>
    l.columns.map((column) => ({
      entity: l.entity,
      field: l.field,
      relation: relation(l.sheet),
      key: header(l.sheet, l.key),
      column: header(l.sheet, column),
      name: lookupFieldName(l.sheet, column),
    })),
  );
}

/**
 * The lookups that bring `segmentField` to a table having their linking field: the first per table, as the engine
 * keeps the first lookup bringing a column (`kpi/lookup-join.ts`).
 */
export function joinsFor(lookups: readonly SqlLookup[] | undefined, segmentField: string, has: (entity: EntityId, field: string) => boolean): SqlLookup[] {
  const out: SqlLookup[] = [];
  for (const l of lookups ?? []) {
    if (l.name === segmentField && has(l.entity, l.field) && !out.some((o) => o.entity === l.entity)) out.push(l);
  }
  return out;
}

/**
 * `base` with the related column as `joined_segment`: the related row whose key, as text normalised like the engine's
 * keys, equals the row's linking field normalised; blank keys match nothing; a key repeated in the related table takes
 * its first row (DuckDB: file order; BigQuery tables have no row order, so one of the rows). Unmatched rows get NULL,
 * which no segment value equals, as the engine's unmatched rows (code -1) belong to no segment.
 */
export function joinedSelect(d: Dialect, l: SqlLookup, base: string): string {
  const path = l.relation.split('.').map((p) => d.ident(p)).join('.');
  const asText = (col: string) => `CAST(${col} AS STRING)`;
  const key = d.fold(asText(`r0.${d.ident(l.key)}`));
  const numbered = `SELECT r0.*, ROW_NUMBER() OVER () AS ${d.ident('_lookup_row')} FROM ${path} AS r0`;
  const ranked = `SELECT ${key} AS k, ${asText(`r0.${d.ident(l.column)}`)} AS v, ROW_NUMBER() OVER (PARTITION BY ${key} ORDER BY r0.${d.ident('_lookup_row')}) AS pick FROM (${numbered}) AS r0`;
  const firsts = `SELECT r1.k, r1.v FROM (${ranked}) AS r1 WHERE r1.pick = 1 AND r1.k <> ''`;
  return `SELECT t.*, r.v AS ${d.ident(JOINED_SEGMENT)} FROM ${base} AS t LEFT JOIN (${firsts}) AS r ON ${d.fold(`t.${d.ident(l.field)}`)} = r.k`;
}
