// Builds a custom function's context with read-only calls only (custom functions run unauthorised).

import type { FunctionContext } from '../functions/table-args';
import { langOf } from '../model/settings';
import { loadConfig } from './config-store';
import { spreadsheetSettings } from './spreadsheet-context';

export function functionContext(): FunctionContext {
  const { config } = loadConfig();
  const settings = spreadsheetSettings(config?.settings);
  return { config, settings, lang: langOf(settings.locale) };
}
