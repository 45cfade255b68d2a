// Typed staging of raw tables for SQL: each mapped column cast to its field's type, stages and flags read as codes.

import type { EntityMapping } from '../model/config';
import { type EntityId, entityDef } from '../model/entities';
import type { Dialect } from './dialect';
import { STAGE_SQL } from './sources';

/** Yes-words of flag columns (the engine's own list, `src/model/coerce-flag.ts`; other texts read as no here). */
const YES = ['oui', 'yes', 'true', 'vrai', 'x', '1', 'o', 'y', 'ok', 'v'];

/** Text of any column type, trimmed, NULL when blank. */
function text(d: Dialect, col: string): string {
  return `NULLIF(TRIM(CAST(${col} AS ${d.id === 'duckdb' ? 'VARCHAR' : 'STRING'})), '')`;
}

/** A date-time text that ends with a UTC offset or `Z` (a time part is required: `2024-02-10` has no offset). */
const ZONED = '[T ][0-9]{2}:[0-9]{2}.*(Z|[+-][0-9]{2}(:?[0-9]{2})?)$';

/** A calendar day: a DATE or ISO text as is; a timestamp with an offset or `Z` converted to the workbook's zone first. */
function date(d: Dialect, col: string): string {
  const s = text(d, col);
  if (d.id === 'duckdb') {
    return `CASE WHEN regexp_matches(${s}, '${ZONED}') THEN CAST(timezone(${d.param('time_zone')}, TRY_CAST(${s} AS TIMESTAMPTZ)) AS DATE) ELSE TRY_CAST(${s} AS DATE) END`;
  }
  return `CASE WHEN REGEXP_CONTAINS(${s}, r'${ZONED}') THEN DATE(SAFE_CAST(${s} AS TIMESTAMP), ${d.param('time_zone')}) ELSE SAFE_CAST(SUBSTR(${s}, 1, 10) AS DATE) END`;
}

function amount(d: Dialect, col: string): string {
  return d.id === 'duckdb' ? `TRY_CAST(${text(d, col)} AS DOUBLE)` : `SAFE_CAST(${text(d, col)} AS FLOAT64)`;
}

/** The label compacted as the engine compares stage labels: folded, letters and digits only, no leading number. */
function compactLabel(d: Dialect, col: string): string {
  const folded = d.fold(text(d, col));
  return d.id === 'duckdb'
    ? `regexp_replace(regexp_replace(${folded}, '[^\\pL\\pN]', '', 'g'), '^[0-9]+', '')`
    : `REGEXP_REPLACE(REGEXP_REPLACE(${folded}, r'[^\\pL\\pN]', ''), r'^[0-9]+', '')`;
}

function stage(d: Dialect, col: string): string {
  const label = compactLabel(d, col);
  return `CASE WHEN ${d.inListParam(label, 'won_labels')} THEN ${STAGE_SQL.won} WHEN ${d.inListParam(label, 'lost_labels')} THEN ${STAGE_SQL.lost} ELSE ${STAGE_SQL.open} END`;
}

function flag(d: Dialect, col: string): string {
  return `CASE WHEN ${d.fold(text(d, col))} IN (${YES.map((y) => `'${y}'`).join(', ')}) THEN 1 ELSE 0 END`;
}

/** A raw relation (`dataset.table`, or a parenthesised query such as `(SELECT * FROM read_csv(...))`) and its mapping. */
export interface RawTable {
  readonly relation: string;
  readonly mapping: Pick<EntityMapping, 'fields'>;
}

/** The SELECT that stages one raw relation as the entity's typed relation (a column per mapped field, plus `_row`). */
export function stagingSelect(d: Dialect, entity: EntityId, mapping: Pick<EntityMapping, 'fields'>, relation: string): string {
  const cols: string[] = [];
  for (const field of entityDef(entity).fields) {
    const header = mapping.fields[field.id];
    if (header === undefined) continue;
    const col = d.ident(header);
    const expr =
      field.type === 'date'
        ? date(d, col)
        : field.type === 'amount' || field.type === 'number'
          ? amount(d, col)
          : field.type === 'stage'
            ? stage(d, col)
            : field.type === 'flag'
              ? flag(d, col)
              : text(d, col);
    cols.push(`${expr} AS ${d.ident(field.id)}`);
  }
  cols.push(`ROW_NUMBER() OVER () AS ${d.ident('_row')}`);
  return `SELECT ${cols.join(', ')} FROM ${relation}`;
}

/** The fields a staging of `mapping` provides. */
export function stagedFields(entity: EntityId, mapping: Pick<EntityMapping, 'fields'>): string[] {
  return entityDef(entity).fields.filter((f) => mapping.fields[f.id] !== undefined).map((f) => f.id);
}
