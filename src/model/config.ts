// The saved mapping and settings: types, reading (never throws, migrates old versions), writing, header lookup.

import { UserError } from '../i18n';
import { configSchemas } from './config-schema';
import { migrateV1, migrateV2 } from './config-migrate';
import { ENTITY_IDS, type EntityId, fieldDef } from './entities';
import type { Lookup } from './lookup';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export { type ConfigProblem, checkConfig, describeProblem, type SheetHeaders } from './config-check';
export { type ResolvedColumns, resolveColumns } from './config-columns';

/** Document property under which the configuration is saved. */
export const CONFIG_PROPERTY_KEY = 'salesKpi.config';
/** Apps Script keeps at most 9 KB per property value; we stay under 9,000 bytes of UTF-8. */
export const CONFIG_MAX_BYTES = 9000;

/** Where one entity lives: its sheet, its header row (1-based) and, per field id, the header text as written. */
export interface EntityMapping {
  readonly sheet: string;
  readonly headerRow: number;
  readonly fields: Readonly<Record<string, string>>;
  /** Field id → more headers read where the main one is blank (Pipedrive: close date = "Won time", then "Lost time"). */
  readonly fallbacks?: Readonly<Record<string, readonly string[]>>;
}

/** Version of the configuration this release writes; older ones are migrated when read (config-migrate.ts). */
export const CONFIG_VERSION = 3;

export interface SavedConfig {
  readonly version: typeof CONFIG_VERSION;
  readonly entities: Readonly<Partial<Record<EntityId, EntityMapping>>>;
  /** Related tables whose columns segment the entity's rows; absent = never decided (proposed from the sheets). */
  readonly lookups?: readonly Lookup[];
  readonly settings: Settings;
  /** ISO instant of the last save. */
  readonly savedAt?: string;
}

/** The first field a saved configuration gets wrong: its path (`entities.deals.headerRow`) and zod's message. */
export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

export type ConfigNotice = 'config_corrupt_reset' | 'config_migrated' | 'config_invalid_reset';

const KNOWN_ENTITIES = new Set<string>(ENTITY_IDS);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Fills settings left out with the defaults and drops entities this release does not know. */
function prepare(raw: Record<string, unknown>): Record<string, unknown> {
  const entities = isObject(raw.entities)
    ? Object.fromEntries(Object.entries(raw.entities).filter(([k]) => KNOWN_ENTITIES.has(k)))
    : raw.entities;
  const settings =
    raw.settings === undefined ? DEFAULT_SETTINGS : isObject(raw.settings) ? { ...DEFAULT_SETTINGS, ...raw.settings } : raw.settings;
  return { ...raw, entities, settings };
}

/** Keeps only the field ids the entity has, and the lookups from a field the entity has. */
function dropUnknownFields(config: SavedConfig): SavedConfig {
  const entities: Partial<Record<EntityId, EntityMapping>> = {};
  for (const id of ENTITY_IDS) {
    const m = config.entities[id];
    if (!m) continue;
    const known = (field: string) => fieldDef(id, field) !== undefined;
    const fields = Object.fromEntries(Object.entries(m.fields).filter(([f]) => known(f)));
    const fallbacks = m.fallbacks && Object.fromEntries(Object.entries(m.fallbacks).filter(([f]) => f in fields));
    entities[id] = { ...m, fields, ...(fallbacks ? { fallbacks } : {}) };
  }
  if (!config.lookups) return { ...config, entities };
  const lookups = config.lookups.filter((l) => fieldDef(l.entity, l.field)?.type === 'text');
  return { ...config, entities, lookups };
}

/**
 * Reads the saved configuration; never throws. Nothing saved gives `config: null` without a notice; unreadable JSON or
 * a wrong shape gives `config: null` and a notice; a version-1 configuration is migrated (notice `config_migrated`).
 */
export function parseConfig(raw: string | null | undefined): { config: SavedConfig | null; notice?: ConfigNotice; issue?: ConfigIssue } {
  if (raw === null || raw === undefined || raw.trim() === '') return { config: null };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { config: null, notice: 'config_corrupt_reset' };
  }
  if (!isObject(json)) return { config: null, notice: 'config_invalid_reset' };
  let candidate: Record<string, unknown> | null = json;
  let migrated = false;
  if (json.version === 1) {
    candidate = migrateV1(json);
    migrated = true;
  } else if (json.version === 2) candidate = migrateV2(prepare(json));
  if (!candidate) return { config: null, notice: 'config_invalid_reset' };
  const parsed = configSchemas().configV3.safeParse(prepare(candidate));
  if (!parsed.success) {
    const first = parsed.error.issues[0] as { path: PropertyKey[]; code?: string; expected?: unknown; minimum?: unknown; maximum?: unknown } | undefined;
    const message =
      first?.code === 'invalid_type' ? `expected ${String(first.expected)}` : first?.code === 'too_small' ? `at least ${String(first.minimum)}` : first?.code === 'too_big' ? `at most ${String(first.maximum)}` : (first?.code ?? '');
    return { config: null, notice: 'config_invalid_reset', issue: { path: first?.path.map(String).join('.') ?? '', message } };
  }
  const config = dropUnknownFields(parsed.data);
  return migrated ? { config, notice: 'config_migrated' } : { config };
}

/** Bytes of a string once encoded as UTF-8. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** JSON of a configuration, validated; throws `err_config_invalid` or `err_config_too_large` (over 9,000 bytes). */
export function serializeConfig(config: SavedConfig): string {
  const parsed = configSchemas().configV3.safeParse(config);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new UserError('err_config_invalid', { path });
  }
  const json = JSON.stringify(parsed.data);
  const size = utf8Length(json);
  if (size > CONFIG_MAX_BYTES) throw new UserError('err_config_too_large', { size, limit: CONFIG_MAX_BYTES });
  return json;
}
