// Proposes a whole configuration from the sheets' contents: header row, entity and field mapping of each sheet.

import { CONFIG_VERSION, type EntityMapping, type SavedConfig } from './config';
import { resolveColumns } from './config-columns';
import { ENTITIES, ENTITY_IDS, type EntityId } from './entities';
import { ColumnSample } from './detect-content';
import { findHeaderRow } from './detect-header';
import { entityEvidence, type FieldMatch, type RejectedMatch, rejectedByField } from './header-match';
import { toPhrase } from './header-phrase';
import type { Settings } from './settings';
import { detectLookups } from './lookup-detect';
import { splitColumns } from './split-columns';

export interface SheetValues {
  readonly name: string;
  /** The sheet's first rows at least (the header is looked for in the first ten). */
  readonly values: readonly (readonly unknown[])[];
}

/** Dashboard tabs this add-on writes (`KPI 2024-03`): never proposed as data. */
const OWN_OUTPUT_SHEET = /^kpi \d{4}/i;

interface Candidate {
  readonly sheet: string;
  readonly headerRow: number;
  readonly headers: readonly unknown[];
  readonly matches: readonly FieldMatch[];
  readonly rejected: readonly RejectedMatch[];
  readonly raw: number;
  readonly confidence: number;
}

/** What detection noticed about a sheet that the person should know (said in the sidebar and on the command line). */
export interface DetectNote {
  readonly sheet: string;
  /** `no_header`: the sheet's first rows hold data, so its columns cannot be named and it is left out. */
  readonly kind: 'no_header';
}

/** The entity a sheet most likely holds, with its evidence, or null. */
function bestEntity(sheet: SheetValues, headerRow: number): { entity: EntityId; candidate: Candidate } | null {
  const headers = sheet.values[headerRow - 1] ?? [];
  const phrases = headers.map(toPhrase);
  const sample = new ColumnSample(sheet.values, headerRow);
  let best: { entity: EntityId; candidate: Candidate } | null = null;
  for (const entity of ENTITIES) {
    const ev = entityEvidence(entity, sheet.name, phrases, headers, sample);
    if (!ev.plausible || (best && ev.raw <= best.candidate.raw)) continue;
    const { matches, rejected, raw, confidence } = ev;
    best = { entity: entity.id, candidate: { sheet: sheet.name, headerRow, headers, matches, rejected, raw, confidence } };
  }
  return best;
}

/** The mapping of a candidate; a field whose header text also names an earlier column is left for the person. */
function toMapping(entity: EntityId, c: Candidate): EntityMapping {
  const fields: Record<string, string> = {};
  for (const m of c.matches) fields[m.field] = m.header;
  const draft: EntityMapping = { sheet: c.sheet, headerRow: c.headerRow, fields };
  const { columns } = resolveColumns(draft, c.headers);
  for (const m of c.matches) if (columns[m.field] !== m.column) delete fields[m.field];
  const split = splitColumns(entity, c.headers, c.matches.filter((m) => m.field in fields));
  const fallbacks: Record<string, string[]> = {};
  for (const [field, cols] of Object.entries(split)) fallbacks[field] = cols.map((col) => String(c.headers[col]).trim());
  return Object.keys(fallbacks).length > 0 ? { ...draft, fallbacks } : draft;
}

export interface Suggestion {
  readonly config: SavedConfig;
  /** From 0 to 1: one entry per entity found (`deals`) and one per mapped field (`deals.amount`). */
  readonly confidence: Record<string, number>;
  /** Per field left unmapped (`deals.closed`), the headers that named it but whose contents did not fit. */
  readonly considered: Record<string, readonly RejectedMatch[]>;
  readonly notes: readonly DetectNote[];
}

/**
 * A configuration guessed from the sheets: for each sheet its header row and likeliest entity; for each entity the
 * sheet with the strongest evidence, its fields mapped by synonyms and confirmed by the columns' contents. Related
 * tables found by their keys come as `lookups`.
 */
export function suggestConfig(sheets: readonly SheetValues[], settings: Settings): Suggestion {
  const best: Partial<Record<EntityId, Candidate>> = {};
  const notes: DetectNote[] = [];
  for (const sheet of sheets) {
    if (OWN_OUTPUT_SHEET.test(sheet.name.trim()) || sheet.values.length === 0) continue;
    const header = findHeaderRow(sheet.values);
    if (!header.found) {
      notes.push({ sheet: sheet.name, kind: 'no_header' });
      continue;
    }
    const found = bestEntity(sheet, header.row);
    if (!found) continue;
    const current = best[found.entity];
    if (!current || found.candidate.raw > current.raw) best[found.entity] = found.candidate;
  }
  const entities: Partial<Record<EntityId, EntityMapping>> = {};
  const confidence: Record<string, number> = {};
  let considered: Record<string, RejectedMatch[]> = {};
  for (const id of ENTITY_IDS) {
    const c = best[id];
    if (!c) continue;
    const mapping = toMapping(id, c);
    entities[id] = mapping;
    confidence[id] = Math.round(c.confidence * 1000) / 1000;
    for (const m of c.matches) if (m.field in mapping.fields) confidence[`${id}.${m.field}`] = m.score;
    considered = { ...considered, ...rejectedByField(c.rejected, `${id}.`) };
  }
  const config: SavedConfig = { version: CONFIG_VERSION, entities, settings };
  const lookups = detectLookups(sheets, config);
  return { config: lookups.length > 0 ? { ...config, lookups } : config, confidence, considered, notes };
}
