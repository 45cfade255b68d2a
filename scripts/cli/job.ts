// The main job: loads a workbook (or inserts the sample) in the local runtime, maps it, exports KPIs, generates the tab.

import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { CONFIG_PROPERTY_KEY, parseConfig, type SavedConfig, serializeConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { detectLookups } from '../../src/model/lookup-detect';
import { suggestConfig } from '../../src/model/suggest-config';
import type { KpiExport } from '../../src/sample/kpi-export';
import { createRuntime, emptyWorkbook, readWorkbook, type Runtime, type Workbook } from '../runtime/index';
import type { RunArgs } from './args';
import { UsageError } from './args';

/** The embedded sample is made "today" = 1 November 2026, 9 a.m. in Paris (its data ends in October 2026). */
export const SAMPLE_NOW = Date.UTC(2026, 10, 1, 8, 0, 0);
export const SAMPLE_NAME = 'sales-kpi-sample';

export interface JobResult {
  readonly runtime: Runtime;
  readonly workbook: Workbook;
  /** Base name of the written workbook. */
  readonly name: string;
  readonly export: KpiExport;
  /** Name of the dashboard tab generated for the month. */
  readonly tab: string;
  readonly serviceCalls: { readonly total: number; readonly byMethod: Readonly<Record<string, number>> };
  readonly mappingSource: 'sample' | 'file' | 'detected';
}

/**
 * The mapping to save: the given file (checked like a saved configuration; its related tables detected from the
 * sheets when it has no `lookups` key) or one detected from the headers.
 */
function mappingFor(workbook: Workbook, mappingPath: string | null): { config: SavedConfig; source: 'file' | 'detected' } {
  const sheets = workbook.sheets.map((s) => ({ name: s.name, values: s.values.slice(0, 200) }));
  if (mappingPath !== null) {
    let raw: string;
    try {
      raw = readFileSync(mappingPath, 'utf8');
    } catch {
      throw new UsageError(`cannot read the mapping file ${mappingPath}`);
    }
    const { config } = parseConfig(raw);
    if (!config) throw new UsageError(`${mappingPath} is not a saved mapping (see "The saved mapping" in the README)`);
    if (config.lookups !== undefined) return { config, source: 'file' };
    const lookups = detectLookups(sheets, config);
    return { config: lookups.length > 0 ? { ...config, lookups } : config, source: 'file' };
  }
  const settings = { ...DEFAULT_SETTINGS, locale: workbook.locale, timeZone: workbook.timeZone };
  const { config } = suggestConfig(sheets, settings);
  if (Object.keys(config.entities).length === 0) {
    throw new UsageError('no sales table was recognised in the workbook from its headers; give the mapping with --mapping mapping.json');
  }
  return { config, source: 'detected' };
}

/** Runs the job in a fresh local runtime on the built bundle `codePath`. */
export async function runJob(args: RunArgs, codePath = 'dist/Code.js'): Promise<JobResult> {
  let runtime: Runtime;
  let name: string;
  let mappingSource: JobResult['mappingSource'] = 'sample';
  if (args.input === null) {
    const workbook = emptyWorkbook({ name: args.locale.startsWith('fr') ? 'Sales KPI — exemple' : 'Sales KPI — sample', locale: args.locale, timeZone: args.timeZone });
    runtime = createRuntime({ workbook, now: SAMPLE_NOW }).load(codePath);
    runtime.call('insertSampleDataWith_', {});
    // Drop the blank first sheet of the empty spreadsheet so the workbook holds the sample and its dashboard only.
    workbook.sheets = workbook.sheets.filter((s, i) => i > 0 || s.values.some((r) => r.some((v) => v !== '')));
    runtime.state.activeSheetId = workbook.sheets[0]?.id ?? null;
    name = SAMPLE_NAME;
  } else {
    const workbook = await readWorkbook(resolve(args.input), { locale: args.locale, timeZone: args.timeZone });
    // No 30 s / 6 min limits: the command line exists to run exports beyond what Sheets allows.
    runtime = createRuntime({ workbook, timeLimits: false }).load(codePath);
    const { config, source } = mappingFor(workbook, args.mapping);
    runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(config));
    mappingSource = source;
    name = basename(args.input, extname(args.input)) || 'workbook';
  }
  if (args.input === null && args.mapping !== null) {
    const { config } = mappingFor(runtime.workbook, args.mapping);
    runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(config));
    mappingSource = 'file';
  }
  const exported = runtime.call<KpiExport>('exportKpis_', args.month ?? undefined);
  if (!exported.month) throw new Error('The mapped tables hold no dated rows: there is no month to report on.');
  runtime.calls.reset();
  const result = runtime.call<{ tabs: string[] }>('generateDashboardsFor_', [exported.month]);
  const serviceCalls = { total: runtime.calls.total, byMethod: { ...runtime.calls.byMethod } };
  return {
    runtime,
    workbook: runtime.workbook,
    name,
    export: exported,
    tab: result.tabs[0] ?? '',
    serviceCalls,
    mappingSource,
  };
}
