// zod/mini schemas of the saved configuration (version 3) and of the older versions 1 and 2, built once on first use.

import * as z from 'zod/mini';
import { ENTITY_IDS } from './entities';

function buildSchemas() {
  const text = z.string();
  const settings = z.object({
    locale: text,
    timeZone: text,
    currency: text,
    fiscalYearStart: z.int().check(z.gte(1), z.lte(12)),
    wonLabels: z.array(text),
    lostLabels: z.array(text),
    openLabels: z.array(text),
    businessHours: z.optional(
      z.object({
        start: z.number().check(z.gte(0), z.lte(24)),
        end: z.number().check(z.gte(0), z.lte(24)),
        on: z.optional(z.boolean()),
        days: z.optional(z.array(z.int().check(z.gte(1), z.lte(7))).check(z.maxLength(7))),
      }),
    ),
  });
  const mapping = z.object({
    sheet: text.check(z.minLength(1)),
    headerRow: z.int().check(z.gte(1), z.lte(1000)),
    fields: z.record(text, text),
    fallbacks: z.optional(z.record(text, z.array(text))),
  });
  const entities = z.partialRecord(z.enum(ENTITY_IDS), mapping);
  /** A related table: rows of `entity` whose `field` equals the `key` column of `sheet` get that row's `columns`. */
  const lookup = z.object({
    entity: z.enum(ENTITY_IDS),
    field: text.check(z.minLength(1)),
    sheet: text.check(z.minLength(1)),
    headerRow: z.int().check(z.gte(1), z.lte(1000)),
    key: text.check(z.minLength(1)),
    columns: z.array(text.check(z.minLength(1))).check(z.minLength(1), z.maxLength(20)),
  });
  const configV3 = z.object({
    version: z.literal(3),
    entities,
    lookups: z.optional(z.array(lookup).check(z.maxLength(20))),
    settings,
    savedAt: z.optional(text),
  });
  const configV2 = z.object({
    version: z.literal(2),
    entities: z.unknown(),
    settings: z.unknown(),
    savedAt: z.optional(text),
  });
  const configV1 = z.object({
    version: z.literal(1),
    mappings: z.array(z.object({ entity: text, sheet: text, columns: z.record(text, text) })),
    currency: z.optional(text),
    locale: z.optional(text),
  });
  return { settings, mapping, lookup, configV3, configV2, configV1 };
}

let cache: ReturnType<typeof buildSchemas> | null = null;

/** The schemas, created on the first call only (top-level code runs on every custom-function call). */
export function configSchemas(): ReturnType<typeof buildSchemas> {
  if (!cache) cache = buildSchemas();
  return cache;
}
