// Reads every mapped table with one getValues per sheet and parses it into the engine's input.

import { t } from '../i18n';
import type { KpiInput } from '../kpi/types';
import { type EntityMapping, resolveColumns, type SavedConfig } from '../model/config';
import { type ConfigProblem, describeProblem } from '../model/config-check';
import type { EntityId } from '../model/entities';
import { parseTable } from '../model/parse-table';
import { fillFromFallbacks } from '../model/split-columns';
import { langOf, type Settings } from '../model/settings';
import type { Table } from '../model/table';

export interface ReadResult {
  readonly input: KpiInput;
  /** Sentences for the user (sheet missing, column missing), in the spreadsheet's language. */
  readonly problems: readonly string[];
}

/** Reads the whole data range of each mapped sheet (one getValues per table) and parses it; pass `ss` when held. */
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
  for (const [entity, mapping] of Object.entries(config.entities) as [EntityId, EntityMapping][]) {
    const sheet = ss.getSheetByName(mapping.sheet);
    if (!sheet) {
      report({ kind: 'sheet_missing', entity, sheet: mapping.sheet, missing: mapping.sheet });
      continue;
    }
    const values = sheet.getDataRange().getValues();
    const headers = values[mapping.headerRow - 1] ?? [];
    const { columns, missing, fallbacks } = resolveColumns(mapping, headers);
    for (const field of missing) {
      report({ kind: 'header_missing', entity, field, sheet: mapping.sheet, missing: mapping.fields[field] });
    }
    const filled = fillFromFallbacks(values, columns, fallbacks, mapping.headerRow);
    tables[entity] = parseTable(entity, mapping.sheet, filled, columns, { headerRow: mapping.headerRow, settings, today });
  }
  return { input: { tables, settings }, problems };
}
