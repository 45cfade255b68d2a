// Turns a configuration saved by an older release (version 1) into the current shape (version 2).

import { configSchemas } from './config-schema';
import { ENTITY_IDS, type EntityId } from './entities';
import { DEFAULT_SETTINGS } from './settings';

const KNOWN = new Set<string>(ENTITY_IDS);

/**
 * Version 1 kept a list of `{ entity, sheet, columns }` with the header always on row 1, and only the currency and
 * locale as settings. Returns the version-2 object (not yet validated), or null when the input is not version 1.
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
    version: 2,
    entities,
    settings: {
      ...DEFAULT_SETTINGS,
      ...(v1.currency ? { currency: v1.currency } : {}),
      ...(v1.locale ? { locale: v1.locale } : {}),
    },
  };
}
