// A local Apps Script runtime on the built bundle with a deals sheet, its saved mapping and a frozen clock.

import { join } from 'node:path';
import { createRuntime, type Runtime, type SheetModel, type Workbook, workbookFromArrays } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY, type SavedConfig, serializeConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

export const BUNDLE = join(__dirname, '../../dist/Code.js');
/** 2 April 2024, 08:00 in Paris: last month is March 2024, its tab `KPI March 2024`. */
export const NOW = new Date('2024-04-02T06:00:00Z');
export const TAB = 'KPI March 2024';

export const HEADERS = ['Deal ID', 'Created date', 'Close date', 'Stage', 'Amount', 'Owner', 'Source', 'Lost reason'];

export const DEALS: unknown[][] = [
  HEADERS,
  ['D1', '2024-02-01', '2024-03-05', 'Won', 1000, 'Alice', 'Web', ''],
  ['D2', '2024-03-01', '2024-03-10', 'Won', 3000, 'Bob', 'Salon', ''],
  ['D3', '2024-03-02', '2024-03-20', 'Lost', 500, 'Alice', 'Web', 'Price'],
  ['D4', '2024-02-10', '2024-02-20', 'Won', 2000, 'Alice', 'Web', ''],
  ['D5', '2024-03-05', '', 'Open', 700, 'Bob', 'Web', ''],
];

/** `n` deals over January–March 2024 with the same owners, sources and reasons whatever `n`. */
export function manyDeals(n: number): unknown[][] {
  const owners = ['Alice', 'Bob', 'Chloé', 'David'];
  const sources = ['Web', 'Salon', 'Partner'];
  const rows: unknown[][] = [HEADERS];
  for (let i = 0; i < n; i++) {
    const created = 45292 + (i % 80);
    const stage = i % 3 === 0 ? 'Lost' : i % 3 === 1 ? 'Won' : 'Open';
    rows.push([`D${i}`, created, stage === 'Open' ? '' : created + (i % 9) + 1, stage, 100 + (i % 50) * 10, owners[i % 4], sources[i % 3], stage === 'Lost' ? 'Price' : '']);
  }
  return rows;
}

export function dealsConfig(sheet = 'Deals'): SavedConfig {
  const fields = { id: 'Deal ID', created: 'Created date', closed: 'Close date', stage: 'Stage', amount: 'Amount', owner: 'Owner', source: 'Source', lost_reason: 'Lost reason' };
  return { version: 3, entities: { deals: { sheet, headerRow: 1, fields } }, settings: { ...DEFAULT_SETTINGS, locale: 'en_US' } };
}

export interface Setup {
  readonly runtime: Runtime;
  readonly workbook: Workbook;
}

/** A runtime on a workbook holding `deals`, with the mapping saved (or `rawConfig` stored as is). */
export function setup(options: { deals?: unknown[][]; rawConfig?: string | null } = {}): Setup {
  const workbook = workbookFromArrays({ Deals: (options.deals ?? DEALS) as never }, { locale: 'en_US', timeZone: 'Europe/Paris' });
  const runtime = createRuntime({ workbook, now: NOW, userLocale: 'en' }).load(BUNDLE);
  const raw = options.rawConfig === undefined ? serializeConfig(dealsConfig()) : options.rawConfig;
  if (raw !== null) runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, raw);
  return { runtime, workbook };
}

export function tab(workbook: Workbook, name = TAB): SheetModel | undefined {
  return workbook.sheets.find((s) => s.name === name);
}

export function tabNames(workbook: Workbook): string[] {
  return workbook.sheets.map((s) => s.name);
}

type LoggedRun = { at: string; outcome: string; trigger: string; months: string[] };

/** The run log as a person reads it: the stored log plus runs still pending (recorded while the lock was taken), by time. */
export function runLog(runtime: Runtime): LoggedRun[] {
  const store = runtime.state.properties.document;
  const log: LoggedRun[] = JSON.parse(store.get('salesKpi.runLog') ?? '[]');
  const pending = [...store.keys()].filter((k) => k.startsWith('salesKpi.runLog.pending.')).map((k) => JSON.parse(store.get(k) ?? '{}') as LoggedRun);
  return [...log, ...pending].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Keys of runs recorded while the lock was taken and not yet folded into the log. */
export function pendingRunKeys(runtime: Runtime): string[] {
  return [...runtime.state.properties.document.keys()].filter((k) => k.startsWith('salesKpi.runLog.pending.'));
}
