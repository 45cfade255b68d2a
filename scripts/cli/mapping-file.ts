// Reads the --mapping file: a UTF-8 BOM (Notepad) accepted; a wrong shape named by its field, pointing to the README.

import { readFileSync } from 'node:fs';
import { CONFIG_VERSION, parseConfig, type SavedConfig } from '../../src/model/config';
import { CliError } from './messages';

/** The saved mapping in `path`, checked and migrated as the add-on reads its document property. */
export function readMappingFile(path: string): SavedConfig {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  } catch {
    throw new CliError('mapping_unreadable', { path });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CliError('mapping_not_json', { path, detail: error instanceof Error ? error.message : String(error) });
  }
  const version = (json as { version?: unknown } | null)?.version;
  // Versions 1 to CONFIG_VERSION are read (older ones migrated).
  if (typeof json === 'object' && json !== null && !(Number.isInteger(version) && (version as number) >= 1 && (version as number) <= CONFIG_VERSION)) {
    throw new CliError('mapping_version', { path, version: JSON.stringify(version) ?? 'missing', latest: CONFIG_VERSION });
  }
  const { config, issue } = parseConfig(raw);
  if (config) return config;
  throw new CliError('mapping_field', { path, field: issue?.path || '(top level)', problem: issue?.message || 'not a saved mapping' });
}
