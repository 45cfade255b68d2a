// Segments: which column of a table a segment filters on (source and channel are aliases) and the code to match.

import { normalizeText } from '../model/normalize';
import type { Table } from '../model/table';
import { UserError } from '../i18n';
import { keyCodes } from './keys';
import type { Segment } from './types';

/** Fields a segment may name, with the spellings a person may type (FR/EN). */
const FIELD_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  owner: ['owner', 'commercial', 'rep', 'sales rep', 'vendeur', 'responsable', 'proprietaire'],
  source: ['source', 'channel', 'canal', 'origine', 'lead source'],
  sector: ['sector', 'secteur', 'industry', 'industrie', 'vertical'],
  product: ['product', 'produit', 'offre', 'offer'],
  customer: ['customer', 'client', 'account', 'compte'],
  type: ['type'],
};

const ALIASES: Readonly<Record<string, readonly string[]>> = { source: ['source', 'channel'], channel: ['channel', 'source'] };

/** Fields a segment can filter on. */
export const SEGMENT_FIELDS: readonly string[] = Object.keys(FIELD_SPELLINGS);

function canonical(name: string): string | undefined {
  const norm = normalizeText(name);
  for (const field of SEGMENT_FIELDS) if (FIELD_SPELLINGS[field].includes(norm)) return field;
  return undefined;
}

/** The canonical segment field for what a person typed (`Commercial` → `owner`, `canal` → `source`); throws if unknown. */
export function segmentField(name: string): string {
  const field = canonical(name);
  if (!field) throw new UserError('kpi_unknown_segment_field', { field: name, fields: SEGMENT_FIELDS.join(', ') });
  return field;
}

/** A segment from free text, or undefined when the field or the value is blank. */
export function makeSegment(field: string, value: string): Segment | undefined {
  if (!normalizeText(field) || !normalizeText(value)) return undefined;
  return { field: segmentField(field), value };
}

/** A string identifying the rows a segment keeps (for caches keyed by segment); '' for no segment. */
export function segmentKey(segment?: Segment): string {
  return segment ? `${canonical(segment.field) ?? segment.field}\u0000${normalizeText(segment.value)}` : '';
}

/** The codes to compare and the code to keep, or null when the table has no column for the segment's field. */
export function segmentFilter(table: Table, segment: Segment): { codes: Int32Array; code: number } | null {
  const field = canonical(segment.field) ?? segment.field;
  for (const candidate of ALIASES[field] ?? [field]) {
    const kc = keyCodes(table, candidate);
    if (!kc) continue;
    const code = kc.codeOf(normalizeText(segment.value));
    return { codes: kc.codes, code: code === undefined ? -2 : code };
  }
  return null;
}
