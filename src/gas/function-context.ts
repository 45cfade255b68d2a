// Builds a custom function's context with read-only calls only (custom functions run unauthorised).

import type { FunctionContext } from '../functions/table-args';
import { langOf } from '../model/settings';
import { dayOfInstantIn } from '../model/timezone';
import { loadConfig } from './config-store';
import { spreadsheetSettings } from './spreadsheet-context';

/**
 * The saved mapping and settings, and a reader of whole sheets by name for related tables (lookups). Custom functions
 * may read any sheet of their spreadsheet (read-only `get*` methods), but Sheets recalculates them only when an
 * argument changes: a sheet read by name is current when the formula recalculates, not on each edit of that sheet.
 */
export function functionContext(): FunctionContext {
  const { config } = loadConfig();
  const settings = spreadsheetSettings(config?.settings);
  const readSheet = (name: string): unknown[][] | null =>
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)?.getDataRange().getValues() ?? null;
  return { config, settings, lang: langOf(settings.locale), readSheet, today: dayOfInstantIn(settings.timeZone)(Date.now()) };
}
