// Segments: which column of a table a segment filters on (source and channel are aliases, `accounts.sector` a related table's column) and the code to match.

import { ENTITIES } from '../model/entities';
import { parseLookupField } from '../model/lookup';
import { normalizeText } from '../model/normalize';
import type { Table } from '../model/table';
import { UserError } from '../i18n';
import { keyCodes } from './keys';
import type { Segment } from './types';

const ALIASES: Readonly<Record<string, readonly string[]>> = { source: ['source', 'channel'], channel: ['channel', 'source'] };

let spellings: Map<string, string> | null = null;

/** Every spelling (id, labels, header synonyms of `entities.ts`) of the text fields a segment may name, built on first use. */
function fieldSpellings(): Map<string, string> {
  if (spellings) return spellings;
  spellings = new Map();
  for (const entity of ENTITIES) {
    for (const field of entity.fields) {
      if (field.type !== 'text' || field.id === 'id') continue;
      for (const name of field.synonyms) {
        const norm = normalizeText(name);
        if (!spellings.has(norm)) spellings.set(norm, field.id);
      }
    }
  }
  return spellings;
}

/** Fields a segment can filter on (text fields of any entity). */
export function segmentFields(): string[] {
  return [...new Set(fieldSpellings().values())];
}

/**
 * The canonical segment field for what a person typed (`Commercial` → `owner`, `canal` → `source`, `Accounts.Sector` →
 * `accounts.sector`), or undefined.
 */
export function segmentFieldOf(name: string): string | undefined {
  return fieldSpellings().get(normalizeText(name)) ?? parseLookupField(name);
}

/** The fields a segment on `field` matches: itself, and its alias (source and channel). */
export function segmentAliases(field: string): readonly string[] {
  return ALIASES[field] ?? [field];
}

/** Like `segmentFieldOf`, but an unknown name is an error listing the fields one can filter on. */
export function segmentField(name: string): string {
  const field = segmentFieldOf(name);
  if (!field) throw new UserError('kpi_unknown_segment_field', { field: name, fields: segmentFields().join(', ') });
  return field;
}

/** A segment from free text, or undefined when the field or the value is blank. */
export function makeSegment(field: string, value: string): Segment | undefined {
  if (!normalizeText(field) || !normalizeText(value)) return undefined;
  return { field: segmentField(field), value };
}

/** A string identifying the rows a segment keeps (for caches keyed by segment); '' for no segment. */
export function segmentKey(segment?: Segment): string {
  return segment ? `${segmentFieldOf(segment.field) ?? segment.field}\u0000${normalizeText(segment.value)}` : '';
}

/** The codes to compare and the code to keep, or null when the table has no column for the segment's field. */
export function segmentFilter(table: Table, segment: Segment): { codes: Int32Array; code: number } | null {
  const field = segmentFieldOf(segment.field) ?? segment.field;
  for (const candidate of segmentAliases(field)) {
    const kc = keyCodes(table, candidate);
    if (!kc) continue;
    const code = kc.codeOf(normalizeText(segment.value));
    return { codes: kc.codes, code: code === undefined ? -2 : code };
  }
  return null;
}
