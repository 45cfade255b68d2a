// Turns a configuration saved by an older release (version 1 or 2) into the current shape (version 3).

import { configSchemas } from './config-schema';
import { ENTITY_IDS, type EntityId } from './entities';
import { DEFAULT_SETTINGS } from './settings';

const KNOWN = new Set<string>(ENTITY_IDS);

/**
 * Version 1 kept a list of `{ entity, sheet, columns }` with the header always on row 1, and only the currency and
 * locale as settings. Returns the version-3 object (not yet validated), or null when the input is not version 1.
 */
export function migrateV1(raw: unknown): Record<string, unknown> | null {
  const parsed = configSchemas().configV1.safeParse(raw);
  if (!parsed.success) return null;
  const v1 = parsed.data;
  const entities: Partial<Record<EntityId, unknown>> = {};
  for (const m of v1.mappings) {
    if (!KNOWN.has(m.entity) || entities[m.entity as EntityId]) continue;
    entities[m.entity as EntityId] = { sheet: m.sheet, headerRow: 1, fields: { ...m.columns } };
  }
  return {
    version: 3,
    entities,
    settings: {
      ...DEFAULT_SETTINGS,
      ...(v1.currency ? { currency: v1.currency } : {}),
      ...(v1.locale ? { locale: v1.locale } : {}),
    },
  };
}

/**
 * Version 3 added `lookups` (related tables) and nothing else: a version-2 configuration keeps its entities and
 * settings, and has no lookups yet (they are proposed again from the sheets). Returns null when the input is not
 * version 2. Silent: nothing the person chose changes meaning.
 */
export function migrateV2(raw: unknown): Record<string, unknown> | null {
  const parsed = configSchemas().configV2.safeParse(raw);
  if (!parsed.success) return null;
  return { ...(raw as Record<string, unknown>), version: 3 };
}
