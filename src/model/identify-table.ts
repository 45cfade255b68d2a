// Recognises which entity a 2-D range passed to a custom function holds, from the saved mapping or header synonyms.

import type { SavedConfig } from './config';
import { resolveColumns } from './config-columns';
import { ENTITY_IDS, type EntityId, entityDef } from './entities';
import { ColumnSample } from './detect-content';
import { findHeaderRow } from './detect-header';
import { entityEvidence, type RejectedMatch, rejectedByField } from './header-match';
import { toPhrase } from './header-phrase';
import { splitColumns } from './split-columns';

export interface IdentifiedTable {
  readonly entity: EntityId;
  /** 1-based row of the header within the values. */
  readonly headerRow: number;
  /** Field id → 0-based column. */
  readonly columns: Record<string, number>;
  /** Field id → extra columns read where the main one is blank (see `EntityMapping.fallbacks`). */
  readonly fallbacks: Record<string, number[]>;
  /** Field id → columns whose header named the field but whose contents did not fit (for messages). */
  readonly considered?: Record<string, RejectedMatch[]>;
}

const HEADER_SEARCH_ROWS = 10;

/** A saved mapping all of whose headers are in one of the first rows (its own header row tried first). */
function fromSavedMapping(values: readonly (readonly unknown[])[], config: SavedConfig, entities: readonly EntityId[]) {
  let best: { table: IdentifiedTable; size: number } | null = null;
  for (const entity of entities) {
    const mapping = config.entities[entity];
    const size = mapping ? Object.keys(mapping.fields).length : 0;
    if (!mapping || size === 0 || (best && size <= best.size)) continue;
    const rows = [mapping.headerRow - 1];
    for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) if (r !== mapping.headerRow - 1) rows.push(r);
    for (const r of rows) {
      if (r >= values.length) continue;
      const resolved = resolveColumns(mapping, values[r]);
      if (resolved.missing.length > 0) continue;
      best = { table: { entity, headerRow: r + 1, columns: resolved.columns, fallbacks: resolved.fallbacks }, size };
      break;
    }
  }
  return best?.table ?? null;
}

/** The entity whose synonyms best match the detected header row, confirmed by the columns' contents. */
function fromSynonyms(values: readonly (readonly unknown[])[], entities: readonly EntityId[]): IdentifiedTable | null {
  const header = findHeaderRow(values);
  if (!header.found) return null;
  const headerRow = header.row;
  const headers = values[headerRow - 1] ?? [];
  const phrases = headers.map(toPhrase);
  const sample = new ColumnSample(values, headerRow);
  let best: { table: IdentifiedTable; raw: number } | null = null;
  for (const entity of entities) {
    const ev = entityEvidence(entityDef(entity), '', phrases, headers, sample);
    if (!ev.plausible || (best && ev.raw <= best.raw)) continue;
    const columns: Record<string, number> = {};
    for (const m of ev.matches) columns[m.field] = m.column;
    const table: IdentifiedTable = { entity, headerRow, columns, fallbacks: splitColumns(entity, headers, ev.matches) };
    best = { table: ev.rejected.length > 0 ? { ...table, considered: rejectedByField(ev.rejected) } : table, raw: ev.raw };
  }
  return best?.table ?? null;
}

/**
 * Which entity a range holds and where its fields are, for custom functions that get values without a sheet name.
 * A saved mapping whose headers are all present wins; otherwise header synonyms decide. `wanted` limits the entities.
 */
export function identifyTable(
  values: readonly (readonly unknown[])[],
  config: SavedConfig | null,
  wanted?: readonly EntityId[],
): IdentifiedTable | null {
  if (values.length === 0) return null;
  const entities = wanted && wanted.length > 0 ? wanted : ENTITY_IDS;
  return (config && fromSavedMapping(values, config, entities)) || fromSynonyms(values, entities);
}

const NUMBER_LIKE = /^[\s\d.,:/%€$£+-]*\d[\s\d.,:/%€$£+-]*$/;

function isBlankCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined;
}

/** Whether a custom-function argument is a table: a 2-D array whose first non-blank row is all non-numeric text. */
export function looksLikeTable(arg: unknown): boolean {
  if (!Array.isArray(arg) || arg.length === 0 || !arg.every(Array.isArray)) return false;
  const first = (arg as unknown[][]).find((row) => row.some((v) => !isBlankCell(v)));
  if (!first) return false;
  return first.every((v) => isBlankCell(v) || (typeof v === 'string' && v.trim() !== '' && !NUMBER_LIKE.test(v)));
}
