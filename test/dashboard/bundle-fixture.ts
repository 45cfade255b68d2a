// End-to-end fixtures: a workbook of deals (and targets) with its saved mapping, loaded with the built bundle.

import { join } from 'node:path';
import { createRuntime, type Runtime, type Workbook, workbookFromArrays } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY, type SavedConfig, serializeConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { DEALS, TARGETS } from './fixtures';

export const BUNDLE = join(__dirname, '../../dist/Code.js');
/** 2 April 2024, 08:00 in Paris: "last month" is March 2024. */
export const NOW = new Date('2024-04-02T06:00:00Z');

const OWNERS = ['Alice', 'Bob', 'Chloé', 'David'];
const SOURCES = ['Web', 'Salon', 'Partenaire'];
const REASONS = ['Prix', 'Délai', 'Concurrent'];

/** `n` deals spread over January–March 2024, deterministic, same owners, sources and reasons whatever `n`. */
export function manyDeals(n: number): (string | number | Date)[][] {
  const rows: (string | number | Date)[][] = [DEALS[0] as string[]];
  for (let i = 0; i < n; i++) {
    const created = new Date(Date.UTC(2024, 0, 1 + (i % 80)));
    const stage = i % 3 === 0 ? 'Lost' : i % 3 === 1 ? 'Won' : 'Open';
    const closed = stage === 'Open' ? '' : new Date(created.getTime() + ((i % 9) + 1) * 86400000);
    rows.push([`D${i}`, created, closed, stage, 100 + (i % 50) * 10, OWNERS[i % 4], SOURCES[i % 3], stage === 'Lost' ? REASONS[i % 3] : '']);
  }
  return rows;
}

export function savedConfig(locale: string): SavedConfig {
  const fields = (headers: readonly unknown[]) => Object.fromEntries(headers.map((h) => [String(h), String(h)]));
  return {
    version: 3,
    entities: {
      deals: { sheet: 'Deals', headerRow: 1, fields: fields(DEALS[0]) },
      targets: { sheet: 'Targets', headerRow: 1, fields: fields(TARGETS[0]) },
    },
    settings: { ...DEFAULT_SETTINGS, locale },
  };
}

export interface Setup {
  readonly runtime: Runtime;
  readonly workbook: Workbook;
}

/** A runtime on a workbook holding `deals` and the targets, with the mapping saved, clock frozen at NOW. */
export function setup(options: { locale?: string; deals?: readonly (readonly unknown[])[]; extra?: Record<string, unknown[][]> } = {}): Setup {
  const locale = options.locale ?? 'en_US';
  const sheets = { Deals: (options.deals ?? DEALS) as never, Targets: TARGETS as never, ...(options.extra ?? {}) } as never;
  const workbook = workbookFromArrays(sheets, { locale, timeZone: 'Europe/Paris' });
  const runtime = createRuntime({ workbook, now: NOW, userLocale: locale.slice(0, 2) }).load(BUNDLE);
  runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(savedConfig(locale)));
  return { runtime, workbook };
}

export function sheetNames(workbook: Workbook): string[] {
  return workbook.sheets.map((s) => s.name);
}
