// Runs a sheet through the real pipeline as the add-on does: header row, mapping or synonyms, fallbacks, parseTable.

import type { SavedConfig } from '../../src/model/config';
import { resolveColumns } from '../../src/model/config';
import { dayFromCivil } from '../../src/model/days';
import type { EntityId } from '../../src/model/entities';
import { detectHeaderRow, matchFields } from '../../src/model/header-match';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings';
import { fillFromFallbacks, splitColumns } from '../../src/model/split-columns';
import { suggestConfig } from '../../src/model/suggest-config';
import type { Table } from '../../src/model/table';

export interface SheetInput {
  readonly entity: EntityId;
  readonly sheet: string;
  readonly values: readonly (readonly unknown[])[];
  readonly mapping?: Readonly<Record<string, string>>;
  readonly fallbacks?: Readonly<Record<string, readonly string[]>>;
  /** 1-based header row of a saved mapping (default: detected). */
  readonly headerRow?: number;
}

export interface Parsed {
  readonly table: Table;
  readonly headerRow: number;
  readonly columns: Record<string, number>;
}

export function settingsFor(locale: string = 'en_US'): Settings {
  return { ...DEFAULT_SETTINGS, locale, timeZone: 'Europe/Paris' };
}

export function isoDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromCivil(y, m, d);
}

/** Header row, columns (saved mapping first, else header synonyms and split columns), then the parsed table. */
export function parseSheet(input: SheetInput, settings: Settings, today?: number): Parsed {
  const headerRow = input.headerRow ?? detectHeaderRow(input.values);
  const headers = input.values[headerRow - 1] ?? [];
  let columns: Record<string, number>;
  let fallbacks: Record<string, number[]>;
  if (input.mapping) {
    const resolved = resolveColumns({ sheet: input.sheet, headerRow, fields: input.mapping, fallbacks: input.fallbacks }, headers);
    columns = resolved.columns;
    fallbacks = resolved.fallbacks;
  } else {
    const matches = matchFields(input.entity, headers);
    columns = Object.fromEntries(matches.map((m) => [m.field, m.column]));
    fallbacks = splitColumns(input.entity, headers, matches);
  }
  const filled = fillFromFallbacks(input.values, columns, fallbacks, headerRow);
  const table = parseTable(input.entity, input.sheet, filled, columns, { headerRow, settings, ...(today === undefined ? {} : { today }) });
  return { table, headerRow, columns };
}

/** The saved configuration the sidebar would write for these sheets (the given mapping, else the matched headers). */
export function configFor(sheets: readonly SheetInput[], settings: Settings): SavedConfig {
  const entities: Record<string, unknown> = {};
  for (const s of sheets) {
    const headerRow = s.headerRow ?? detectHeaderRow(s.values);
    const suggested = suggestConfig([{ name: s.sheet, values: s.values }], settings).config.entities[s.entity];
    if (!s.mapping && suggested) {
      entities[s.entity] = suggested;
      continue;
    }
    const matched = () => Object.fromEntries(matchFields(s.entity, s.values[headerRow - 1] ?? []).map((m) => [m.field, m.header]));
    entities[s.entity] = { sheet: s.sheet, headerRow, fields: s.mapping ?? matched(), ...(s.fallbacks ? { fallbacks: s.fallbacks } : {}) };
  }
  return { version: 3, entities, settings } as SavedConfig;
}
