// Loads and saves the shared mapping and settings in the document's properties (one value, ≤ 9 KB).

import { CONFIG_PROPERTY_KEY, parseConfig, type SavedConfig, serializeConfig } from '../model/config';

export type ConfigNotice = ReturnType<typeof parseConfig>['notice'];

/** The saved configuration, or null; a corrupt or outdated value is reset or migrated, with a notice to show. */
export function loadConfig(): { config: SavedConfig | null; notice?: ConfigNotice } {
  const raw = PropertiesService.getDocumentProperties().getProperty(CONFIG_PROPERTY_KEY);
  return parseConfig(raw);
}

/** Validates and stores the configuration for every teammate of the document. */
export function saveConfig(config: SavedConfig): void {
  const json = serializeConfig(config);
  PropertiesService.getDocumentProperties().setProperty(CONFIG_PROPERTY_KEY, json);
}
