// Reads every mapped table with two calls per sheet (find it, read its values) and parses it into the engine's input.

import { t } from '../i18n';
import { applyLookups } from '../kpi/lookup-apply';
import type { LookupReport } from '../kpi/lookup-join';
import { describeLookupProblem, describeLookupReport } from '../kpi/lookup-text';
import type { KpiInput } from '../kpi/types';
import { readRelated } from '../model/lookup-related';
import { type EntityMapping, resolveColumns, type SavedConfig } from '../model/config';
import { type ConfigProblem, describeProblem } from '../model/config-check';
import type { EntityId } from '../model/entities';
import { parseTable } from '../model/parse-table';
import { fillFromFallbacks } from '../model/split-columns';
import { langOf, type Settings } from '../model/settings';
import type { Table } from '../model/table';

export interface ReadResult {
  readonly input: KpiInput;
  /** Sentences for the user (sheet missing, column missing, keys of a related table not found), in the spreadsheet's language. */
  readonly problems: readonly string[];
  /** One report per related table joined: keys matched, blank, not found. */
  readonly lookups: readonly LookupReport[];
}

/**
 * Every value from A1 to the last row and column with data, in one call: `getSheetValues` with -1 counts (documented:
 * "a -1 value ... is equivalent to getting the very last row or column that has data in the sheet"), where
 * `getDataRange().getValues()` costs two. What Sheets answers for a sheet without data is not documented: if the call
 * fails, one more call tells an empty sheet (read as no rows) from a real failure (thrown, never read as empty).
 */
function sheetValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (error) {
    let empty = false;
    try {
      empty = sheet.getLastRow() === 0;
    } catch {
      // The first failure is the one to report.
    }
    if (empty) return [];
    throw error;
  }
}

/**
 * Reads the whole data range of each mapped sheet (two calls per table: getSheetByName, getSheetValues) and parses it, then joins the related
 * tables of the saved lookups (the same two calls per related sheet not already read); pass `ss` when held.
 */
export function readInput(
  config: SavedConfig,
  settings: Settings,
  today?: number,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): ReadResult {
  const lang = langOf(settings.locale);
  const tables: Partial<Record<EntityId, Table>> = {};
  const problems: string[] = [];
  const report = (problem: ConfigProblem) => problems.push(`${describeProblem(lang, problem)} ${t(lang, 'hint_map_columns')}`);
  const read = new Map<string, unknown[][] | null>();
  const valuesOf = (name: string): unknown[][] | null => {
    if (!read.has(name)) {
      const sheet = ss.getSheetByName(name);
      read.set(name, sheet ? sheetValues(sheet) : null);
    }
    return read.get(name) ?? null;
  };
  for (const [entity, mapping] of Object.entries(config.entities) as [EntityId, EntityMapping][]) {
    const values = valuesOf(mapping.sheet);
    if (!values) {
      report({ kind: 'sheet_missing', entity, sheet: mapping.sheet, missing: mapping.sheet });
      continue;
    }
    const headers = values[mapping.headerRow - 1] ?? [];
    const { columns, missing, fallbacks } = resolveColumns(mapping, headers);
    for (const field of missing) {
      report({ kind: 'header_missing', entity, field, sheet: mapping.sheet, missing: mapping.fields[field] });
    }
    const filled = fillFromFallbacks(values, columns, fallbacks, mapping.headerRow);
    tables[entity] = parseTable(entity, mapping.sheet, filled, columns, { headerRow: mapping.headerRow, settings, today });
  }
  const joined = applyLookups({ tables, settings }, config.lookups ?? [], (lookup) => {
    const values = valuesOf(lookup.sheet);
    return values ? readRelated(lookup, values) : null;
  });
  for (const problem of joined.problems) problems.push(`${describeLookupProblem(problem, lang)} ${t(lang, 'hint_map_columns')}`);
  for (const r of joined.reports) problems.push(...describeLookupReport(r, lang));
  return { input: joined.input, problems, lookups: joined.reports };
}
