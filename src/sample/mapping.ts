// The saved configuration that maps the sample's sheets: known headers, header row 1, the sheets' actual names.

import { CONFIG_VERSION, type EntityMapping, type SavedConfig } from '../model/config';
import type { EntityId } from '../model/entities';
import type { Settings } from '../model/settings';
import type { SampleWorkbook } from './layout';

/**
 * The mapping of every sample sheet; `sheetNames` gives the name each entity's sheet was written under
 * (`Affaires (2)` when `Affaires` was taken), defaulting to the sample's own name.
 */
export function sampleConfig(
  workbook: SampleWorkbook,
  settings: Settings,
  sheetNames: Partial<Record<EntityId, string>> = {},
): SavedConfig {
  const entities: Partial<Record<EntityId, EntityMapping>> = {};
  for (const sheet of workbook.sheets) {
    const fields: Record<string, string> = {};
    sheet.fields.forEach((field, i) => {
      fields[field] = sheet.headers[i];
    });
    entities[sheet.entity] = { sheet: sheetNames[sheet.entity] ?? sheet.name, headerRow: 1, fields };
  }
  return { version: CONFIG_VERSION, entities, settings };
}

/** `name` if free, else `name (2)`, `name (3)`, ... (compared case-insensitively, as Sheets does). */
export function freeSheetName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
