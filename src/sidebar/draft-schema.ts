// Validates the draft mapping sent by the page (untrusted JSON) with zod and turns it into a saved configuration.

import * as z from 'zod/mini';
import { UserError } from '../i18n';
import { CONFIG_VERSION, type EntityMapping, type SavedConfig } from '../model/config';
import { configSchemas } from '../model/config-schema';
import { ENTITY_IDS, type EntityId, entityDef } from '../model/entities';
import { type Settings, WORKING_DAYS } from '../model/settings';
import type { Draft, DraftBusinessHours, DraftEntity } from './protocol';

const label = z.string().check(z.maxLength(200));

const draftEntity = z.object({
  sheet: z.string().check(z.minLength(1), z.maxLength(200)),
  headerRow: z.int().check(z.gte(1), z.lte(1000)),
  fields: z.record(z.string().check(z.maxLength(60)), label),
  fallbacks: z.optional(z.record(z.string().check(z.maxLength(60)), z.array(label).check(z.maxLength(5)))),
});

/** Whole hours, the opening before the closing; at least one working day (ISO weekdays 1–7). */
const businessHours = z
  .object({
    on: z.boolean(),
    start: z.int().check(z.gte(0), z.lte(23)),
    end: z.int().check(z.gte(1), z.lte(24)),
    days: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1), z.maxLength(7)),
  })
  .check(z.refine((h) => h.start < h.end));

const draftSchema = z.object({
  entities: z.partialRecord(z.enum(ENTITY_IDS), draftEntity),
  lookups: z.optional(z.array(configSchemas().lookup).check(z.maxLength(20))),
  settings: z.object({
    currency: z.string().check(z.regex(/^[A-Za-z]{3}$/)),
    fiscalYearStart: z.int().check(z.gte(1), z.lte(12)),
    wonLabels: z.array(label).check(z.maxLength(50)),
    lostLabels: z.array(label).check(z.maxLength(50)),
    openLabels: z.optional(z.array(label).check(z.maxLength(50))),
    businessHours: z.optional(businessHours),
  }),
});

/** The draft, checked; throws a UserError naming the first problem (the page is trusted for nothing). */
export function parseDraft(input: unknown): Draft {
  const result = draftSchema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue && issue.path[0] === 'settings' && issue.path[1] === 'currency') throw new UserError('sb_bad_currency');
  if (issue && issue.path[0] === 'settings' && issue.path[1] === 'businessHours') throw new UserError('sb_bad_business_hours');
  const where = issue ? issue.path.join('.') : '';
  throw new UserError('sb_bad_draft', { detail: where || '?' });
}

/** Keeps only known fields with a non-blank header; an entity with no field left is dropped. */
function cleanEntity(entity: EntityId, draft: DraftEntity): EntityMapping | null {
  const known = new Set(entityDef(entity).fields.map((f) => f.id));
  const fields: Record<string, string> = {};
  for (const [field, header] of Object.entries(draft.fields)) {
    const text = header.trim();
    if (known.has(field) && text !== '') fields[field] = text;
  }
  if (Object.keys(fields).length === 0) return null;
  const fallbacks: Record<string, string[]> = {};
  for (const [field, extra] of Object.entries(draft.fallbacks ?? {})) {
    const kept = extra.map((h) => h.trim()).filter((h) => h !== '');
    if (field in fields && kept.length > 0) fallbacks[field] = kept;
  }
  return { sheet: draft.sheet, headerRow: draft.headerRow, fields, ...(Object.keys(fallbacks).length > 0 ? { fallbacks } : {}) };
}

function cleanLabels(labels: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of labels) {
    const text = l.trim();
    if (text !== '' && !out.includes(text)) out.push(text);
  }
  return out;
}

/** Business hours to save: the switch, the hours, each working day once in week order. */
function cleanHours(h: DraftBusinessHours): DraftBusinessHours {
  return { on: h.on, start: h.start, end: h.end, days: WEEKDAYS.filter((d) => h.days.includes(d)) };
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** The configuration to save: the draft's mapping and settings, with the spreadsheet's own locale and time zone. */
export function draftToConfig(draft: Draft, spreadsheet: Settings): SavedConfig {
  const entities: Partial<Record<EntityId, EntityMapping>> = {};
  for (const id of ENTITY_IDS) {
    const d = draft.entities[id];
    const mapping = d && cleanEntity(id, d);
    if (mapping) entities[id] = mapping;
  }
  const settings: Settings = {
    locale: spreadsheet.locale,
    timeZone: spreadsheet.timeZone,
    currency: draft.settings.currency.toUpperCase(),
    fiscalYearStart: draft.settings.fiscalYearStart,
    wonLabels: cleanLabels(draft.settings.wonLabels),
    lostLabels: cleanLabels(draft.settings.lostLabels),
    openLabels: cleanLabels(draft.settings.openLabels ?? []),
    ...(draft.settings.businessHours ? { businessHours: cleanHours(draft.settings.businessHours) } : {}),
  };
  // A lookup whose linking field is no longer mapped is dropped with it.
  const lookups = draft.lookups?.filter((l) => entities[l.entity]?.fields[l.field] !== undefined);
  return { version: CONFIG_VERSION, entities, settings, ...(lookups ? { lookups } : {}) };
}

/** The draft the page starts from for a saved configuration. */
export function configToDraft(config: SavedConfig): Draft {
  const entities: Partial<Record<EntityId, DraftEntity>> = {};
  for (const id of ENTITY_IDS) {
    const m = config.entities[id];
    if (!m) continue;
    const fallbacks: Record<string, string[]> = {};
    for (const [field, extra] of Object.entries(m.fallbacks ?? {})) fallbacks[field] = [...extra];
    entities[id] = { sheet: m.sheet, headerRow: m.headerRow, fields: { ...m.fields }, ...(m.fallbacks ? { fallbacks } : {}) };
  }
  const s = config.settings;
  const h = s.businessHours;
  const hours = h ? { businessHours: { on: h.on === true, start: h.start, end: h.end, days: [...(h.days ?? WORKING_DAYS)] } } : {};
  return {
    entities,
    settings: { currency: s.currency, fiscalYearStart: s.fiscalYearStart, wonLabels: [...s.wonLabels], lostLabels: [...s.lostLabels], openLabels: [...s.openLabels], ...hours },
    ...(config.lookups ? { lookups: config.lookups.map((l) => ({ ...l, columns: [...l.columns] })) } : {}),
  };
}
