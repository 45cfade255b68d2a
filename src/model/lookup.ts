// Related tables (lookups): the saved declaration, and the segment name of a column they bring (`accounts.sector`).

import type { EntityId } from './entities';
import { normalizeText } from './normalize';

/**
 * Rows of `entity` whose `field` (a mapped text field, e.g. deals.customer) equals the `key` column of `sheet` (header
 * text as written, on `headerRow`) take that row's `columns` (headers as written), each usable as a segment.
 */
export interface Lookup {
  readonly entity: EntityId;
  readonly field: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly key: string;
  readonly columns: readonly string[];
}

/**
 * The canonical segment field of a related column: table and column normalised, joined by a dot
 * (`Sales_Teams`, `Regional Office` → `sales teams.regional office`). Same spelling rules as every other segment.
 */
export function lookupFieldName(sheet: string, column: string): string {
  return `${normalizeText(sheet)}.${normalizeText(column)}`;
}

/** `accounts.sector` as typed in a formula → its canonical form, or undefined when it is not `table.column`. */
export function parseLookupField(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return undefined;
  const table = normalizeText(name.slice(0, dot));
  const column = normalizeText(name.slice(dot + 1));
  return table && column ? `${table}.${column}` : undefined;
}

/** Whether a canonical segment field names a related table's column (a dot never appears in an entity's field ids). */
export function isLookupField(field: string): boolean {
  return field.includes('.');
}
