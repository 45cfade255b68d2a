// How a compile's options resolve: the relation each table is read from, staged and joined relations, the fields at
// hand (raw mappings, related-table segments), the segment check and the parameters a query reads.

import { UserError } from '../i18n';
import type { EntityId } from '../model/entities';
import { parseLookupField } from '../model/lookup';
import type { AvailableFields, CompileOptions } from './compile';
import type { Dialect } from './dialect';
import { JOINED_SEGMENT, joinedSelect, joinsFor } from './lookups';
import { type RawTable, stagedFields, stagingSelect } from './staging';

/** The relation a table's rows are read from: joined to a related table, staged from raw columns, or as given. */
export function relationOf(d: Dialect, entity: EntityId, o: CompileOptions, joined = true): string {
  if (joined && o.joins?.some((l) => l.entity === entity)) return `joined_${entity}`;
  if (o.raw?.[entity] !== undefined) return `staged_${entity}`;
  const path = o.relations?.[entity] ?? entity;
  return path.split('.').map((p) => d.ident(p)).join('.');
}

/** The parameters a query reads, in a fixed order (a subscriptions-only query has no stage labels to bind). */
export function paramsRead(d: Dialect, sql: string): string[] {
  const names = ['from', 'to', 'segment', 'won_labels', 'lost_labels', 'time_zone'];
  return names.filter((name) => new RegExp(`${d.param(name).replace('$', '\\$')}\\b`).test(sql));
}

/**
 * The options with `fields` derived from the raw tables' mappings when there are raw tables; a segment on a related
 * table's column becomes the `joined_segment` column of the tables its lookups join.
 */
export function resolveFields(options: CompileOptions): CompileOptions {
  const o = options.raw ? { ...options, fields: rawFields(options.raw) } : options;
  const field = o.segmentField;
  if (field === undefined || !field.includes('.')) return o;
  const joins = joinsFor(o.lookups, parseLookupField(field) ?? field, (entity, f) => (o.fields[entity] ?? []).includes(f));
  if (joins.length === 0) throw new UserError('sql_segment_lookup', { field });
  const fields: Partial<Record<EntityId, readonly string[]>> = { ...o.fields };
  for (const l of joins) fields[l.entity] = [...(fields[l.entity] ?? []), JOINED_SEGMENT];
  return { ...o, fields, segmentField: JOINED_SEGMENT, joins };
}

/** The months from `@from` to `@to`, then the staged relation of each raw table (of `only` these tables if given). */
export function preludeCtes(d: Dialect, o: CompileOptions, only?: readonly EntityId[]): string[] {
  const ctes = [`months AS (${d.months(d.dateParam('from'), d.dateParam('to'))})`];
  for (const [entity, raw] of Object.entries(o.raw ?? {}) as [EntityId, RawTable][]) {
    if (only && !only.includes(entity)) continue;
    const path = raw.relation.split('.').map((p) => d.ident(p)).join('.');
    ctes.push(`staged_${entity} AS (${stagingSelect(d, entity, raw.mapping, raw.relation.startsWith('(') ? raw.relation : path)})`);
  }
  for (const l of o.joins ?? []) {
    if (!only || only.includes(l.entity)) ctes.push(`joined_${l.entity} AS (${joinedSelect(d, l, relationOf(d, l.entity, o, false))})`);
  }
  return ctes;
}

/** A segment the SQL cannot apply is refused, never left unfiltered: related-table fields, fields no table has. */
export function checkSegment(o: CompileOptions): void {
  const field = o.segmentField;
  if (field === undefined) return;
  const entities = Object.keys(o.fields).filter((e) => (o.fields[e as EntityId] ?? []).length > 0);
  if (!entities.some((e) => (o.fields[e as EntityId] ?? []).includes(field))) throw new UserError('sql_segment_unknown', { field, entities: entities.join(', ') });
}

function rawFields(raw: Readonly<Partial<Record<EntityId, RawTable>>>): AvailableFields {
  const out: Partial<Record<EntityId, string[]>> = {};
  for (const [entity, table] of Object.entries(raw) as [EntityId, RawTable][]) out[entity] = stagedFields(entity, table.mapping);
  return out;
}
