// Applies the saved lookups to parsed tables: reads each related table through a callback, joins, collects reports.

import type { Lookup } from '../model/lookup';
import type { RelatedTable } from '../model/lookup-related';
import type { Table } from '../model/table';
import { joinLookup, type LookupReport } from './lookup-join';
import type { KpiInput } from './types';

/** Why a lookup could not be applied (in full or in part). */
export type LookupProblem =
  | { readonly kind: 'lookup_sheet_missing'; readonly lookup: Lookup }
  | { readonly kind: 'lookup_header_missing'; readonly lookup: Lookup; readonly headers: readonly string[] }
  | { readonly kind: 'lookup_field_missing'; readonly lookup: Lookup; readonly sheet: string };

export interface AppliedLookups {
  readonly input: KpiInput;
  readonly reports: readonly LookupReport[];
  readonly problems: readonly LookupProblem[];
}

/**
 * Joins each lookup whose entity is in `input`; `related` gives the related table (null when its sheet is missing).
 * A lookup of an entity absent from the input is skipped without a word (the KPI does not read that table).
 */
export function applyLookups(input: KpiInput, lookups: readonly Lookup[], related: (lookup: Lookup) => RelatedTable | null): AppliedLookups {
  const tables: Partial<Record<Table['entity'], Table>> = { ...input.tables };
  const reports: LookupReport[] = [];
  const problems: LookupProblem[] = [];
  for (const lookup of lookups) {
    const table = tables[lookup.entity];
    if (!table) continue;
    const rel = related(lookup);
    if (!rel) {
      problems.push({ kind: 'lookup_sheet_missing', lookup });
      continue;
    }
    if (rel.missing.length > 0) problems.push({ kind: 'lookup_header_missing', lookup, headers: rel.missing });
    if (rel.rowOf.size === 0 || rel.columns.length === 0) continue;
    const joined = joinLookup(table, lookup, rel);
    if (!joined) {
      problems.push({ kind: 'lookup_field_missing', lookup, sheet: table.sheet });
      continue;
    }
    tables[lookup.entity] = joined.table;
    reports.push(joined.report);
  }
  return { input: { ...input, tables }, reports, problems };
}
