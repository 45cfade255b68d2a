// A segment on a related table's column (`"accounts.sector"`) in a custom function: find the related table and join it.

import { UserError } from '../i18n';
import { applyLookups } from '../kpi/lookup-apply';
import { unsegmentedEntities } from '../kpi/lookup-join';
import { describeLookupProblem, describeLookupReport } from '../kpi/lookup-text';
import type { KpiDef, KpiInput } from '../kpi/types';
import { entityDef, fieldDef } from '../model/entities';
import { detectHeaderRow } from '../model/header-match';
import { isLookupField, type Lookup, lookupFieldName } from '../model/lookup';
import { distinctKeys, findKeyColumn } from '../model/lookup-detect';
import { cellText, readRelated } from '../model/lookup-related';
import { normalizeText } from '../model/normalize';
import type { FoundTable, FunctionContext } from './table-args';

type Values = readonly (readonly unknown[])[];

/** The related table passed as the last table argument: its cells and header row. */
export interface RelatedArg {
  readonly values: Values;
  readonly headerRow: number;
}

function parts(field: string): { table: string; column: string } {
  const dot = field.lastIndexOf('.');
  return { table: field.slice(0, dot), column: field.slice(dot + 1) };
}

const headerIndex = (values: Values, headerRow: number, header: string) =>
  (values[headerRow - 1] ?? []).findIndex((h) => normalizeText(cellText(h)) === header);

/**
 * With a segment on `table.column`, the last of two or more table arguments is the related table when its header row
 * has that column; the others are the KPI's tables.
 */
export function splitRelated(tables: readonly unknown[][][], field: string | undefined): { tables: unknown[][][]; related: RelatedArg | null } {
  if (!field || !isLookupField(field) || tables.length < 2) return { tables: [...tables], related: null };
  const last = tables[tables.length - 1];
  const headerRow = detectHeaderRow(last);
  if (headerIndex(last, headerRow, parts(field).column) < 0) return { tables: [...tables], related: null };
  return { tables: tables.slice(0, -1), related: { values: last, headerRow } };
}

/** The saved lookup that brings `field`, limited to that one column. */
function savedLookup(field: string, ctx: FunctionContext): Lookup | null {
  for (const lookup of ctx.config?.lookups ?? []) {
    const column = lookup.columns.find((c) => lookupFieldName(lookup.sheet, c) === field);
    if (column) return { ...lookup, columns: [column] };
  }
  return null;
}

/** A lookup found from contents: the text field of a KPI table whose values are mostly keys of the related table. */
function detectedLookup(field: string, found: readonly FoundTable[], related: RelatedArg): Lookup | null {
  const { table, column } = parts(field);
  let best: { lookup: Lookup; coverage: number } | null = null;
  for (const f of found) {
    for (const [name, col] of Object.entries(f.columns)) {
      if (fieldDef(f.entity, name)?.type !== 'text') continue;
      const key = findKeyColumn(related.values, related.headerRow, distinctKeys(f.values, f.headerRow, col));
      if (!key || (best && key.coverage <= best.coverage)) continue;
      const headers = related.values[related.headerRow - 1] ?? [];
      const brought = cellText(headers[headerIndex(related.values, related.headerRow, column)]);
      const lookup = { entity: f.entity, field: name, sheet: table, headerRow: related.headerRow, key: cellText(headers[key.col]), columns: [brought] };
      best = { lookup, coverage: key.coverage };
    }
  }
  return best?.lookup ?? null;
}

/**
 * The related table for a segment on `field`: the one passed (linked by the saved lookup's key, else by contents), or
 * the sheet of the saved lookup read by name (read-only, allowed in custom functions). Throws when none is found.
 */
export function resolveRelated(
  fn: string,
  field: string,
  found: readonly FoundTable[],
  related: RelatedArg | null,
  ctx: FunctionContext,
): { lookup: Lookup; values: Values } {
  const saved = savedLookup(field, ctx);
  if (related) {
    if (saved && headerIndex(related.values, related.headerRow, normalizeText(saved.key)) >= 0) {
      return { lookup: { ...saved, headerRow: related.headerRow }, values: related.values };
    }
    const lookup = detectedLookup(field, found, related);
    if (lookup) return { lookup, values: related.values };
  } else if (saved && ctx.readSheet) {
    const values = ctx.readSheet(saved.sheet);
    if (!values) throw new UserError('err_lookup_problem', { fn, detail: describeLookupProblem({ kind: 'lookup_sheet_missing', lookup: saved }, ctx.lang) });
    return { lookup: saved, values };
  }
  const known = (ctx.config?.lookups ?? []).flatMap((l) => l.columns.map((c) => lookupFieldName(l.sheet, c)));
  throw new UserError('err_lookup_segment_unknown', { fn, field, known: known.join(', ') || '—' });
}

/**
 * Joins the related table to the parsed input. Refuses (like unreadable cells) when keys are not found in the
 * related table, or when a table the KPI reads cannot be segmented by the column.
 */
export function joinRelated(fn: string, def: KpiDef, input: KpiInput, lookup: Lookup, values: Values, field: string, ctx: FunctionContext): KpiInput {
  const joined = applyLookups(input, [lookup], () => readRelated(lookup, values));
  const problem = joined.problems[0];
  if (problem) throw new UserError('err_lookup_problem', { fn, detail: describeLookupProblem(problem, ctx.lang) });
  const report = joined.reports[0];
  if (report && report.unmatched > 0) {
    throw new UserError('err_lookup_problem', { fn, detail: describeLookupReport(report, ctx.lang)[0] });
  }
  const missing = unsegmentedEntities(def, joined.input, field);
  if (missing.length > 0) {
    throw new UserError('err_lookup_segment_partial', { fn, field, entities: missing.map((e) => entityDef(e).label[ctx.lang]).join(', ') });
  }
  return joined.input;
}
