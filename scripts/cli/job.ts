// The main job: loads a workbook (or inserts the sample) in the local runtime, maps it, exports KPIs, generates the tab.

import { basename, extname, resolve } from 'node:path';
import { DIGEST_PROPERTY_KEY } from '../../src/digest/settings';
import { CONFIG_PROPERTY_KEY, parseConfig, type SavedConfig, serializeConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { t } from '../../src/i18n';
import { consideredText } from '../../src/model/detect-explain';
import { fieldDef, type EntityId } from '../../src/model/entities';
import { detectLookups } from '../../src/model/lookup-detect';
import { type Suggestion, suggestConfig } from '../../src/model/suggest-config';
import type { KpiExport } from '../../src/sample/kpi-export';
import { createRuntime, emptyWorkbook, readWorkbook, type Runtime, type Workbook } from '../runtime/index';
import type { RunArgs } from './args';
import { currencyOfLocale } from './locale-currency';
import { readMappingFile } from './mapping-file';
import { CliError, type CliMessageKey } from './messages';

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
  /** ISO 4217 code of the saved mapping's currency (what the summary shows amounts in). */
  readonly currency: string;
}

/** Steps of a run, announced to `onStep` (the command line prints a progress line on long runs). */
export type JobStep = Extract<CliMessageKey, 'step_read' | 'step_compute'>;

/**
 * The mapping to save: the given file (checked like a saved configuration; its related tables detected from the
 * sheets when it has no `lookups` key) or one detected from the headers.
 */
function mappingFor(workbook: Workbook, mappingPath: string | null): { config: SavedConfig; source: 'file' | 'detected'; detected?: Suggestion } {
  const sheets = workbook.sheets.map((s) => ({ name: s.name, values: s.values.slice(0, 200) }));
  if (mappingPath !== null) {
    const config = readMappingFile(mappingPath);
    if (config.lookups !== undefined) return { config, source: 'file' };
    const lookups = detectLookups(sheets, config);
    return { config: lookups.length > 0 ? { ...config, lookups } : config, source: 'file' };
  }
  const currency = currencyOfLocale(workbook.locale, DEFAULT_SETTINGS.currency);
  const settings = { ...DEFAULT_SETTINGS, locale: workbook.locale, timeZone: workbook.timeZone, currency };
  const detected = suggestConfig(sheets, settings);
  const { config } = detected;
  if (Object.keys(config.entities).length === 0) {
    const notes = detected.notes.map((n) => t('en', 'detect_no_header', { sheet: n.sheet })).join(' ');
    throw new CliError(notes ? 'no_table_detected_because' : 'no_table_detected', { notes });
  }
  return { config, source: 'detected', detected };
}

/** Which date columns were read and which were considered and refused, for the "no dated rows" message. */
function datesRead(detected: Suggestion | undefined): string {
  if (!detected) return '';
  const parts: string[] = [];
  for (const [entity, mapping] of Object.entries(detected.config.entities) as [EntityId, NonNullable<SavedConfig['entities'][EntityId]>][]) {
    const dates = Object.entries(mapping.fields).filter(([field]) => fieldDef(entity, field)?.type === 'date');
    const read = dates.map(([field, header]) => `${field} = "${header}"`).join(', ') || 'no date column';
    const considered: Record<string, NonNullable<Suggestion['considered'][string]>> = {};
    for (const [key, list] of Object.entries(detected.considered)) if (key.startsWith(`${entity}.`)) considered[key.slice(entity.length + 1)] = list;
    const refused = consideredText('en', considered, Object.keys(considered));
    parts.push(` ${entity} (sheet "${mapping.sheet}"): ${read}${refused ? `; ${refused}` : ''}.`);
  }
  return `${parts.join('')} Give the mapping with --mapping mapping.json.`;
}

/** Runs the job in a fresh local runtime on the built bundle `codePath`. */
export async function runJob(args: RunArgs, codePath = 'dist/Code.js', onStep: (step: JobStep) => void = () => {}): Promise<JobResult> {
  let runtime: Runtime;
  let name: string;
  let mappingSource: JobResult['mappingSource'] = 'sample';
  let detected: Suggestion | undefined;
  if (args.input === null) {
    const workbook = emptyWorkbook({ name: args.locale.startsWith('fr') ? 'Sales KPI — exemple' : 'Sales KPI — sample', locale: args.locale, timeZone: args.timeZone });
    runtime = createRuntime({ workbook, now: SAMPLE_NOW }).load(codePath);
    runtime.call('insertSampleDataWith_', {});
    // Drop the blank first sheet of the empty spreadsheet so the workbook holds the sample and its dashboard only.
    workbook.sheets = workbook.sheets.filter((s, i) => i > 0 || s.values.some((r) => r.some((v) => v !== '')));
    runtime.state.activeSheetId = workbook.sheets[0]?.id ?? null;
    name = SAMPLE_NAME;
  } else {
    onStep('step_read');
    const workbook = await readWorkbook(resolve(args.input), { locale: args.locale, timeZone: args.timeZone });
    // No 30 s / 6 min limits: the command line exists to run exports beyond what Sheets allows.
    runtime = createRuntime({ workbook, timeLimits: false }).load(codePath);
    const mapped = mappingFor(workbook, args.mapping);
    runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(mapped.config));
    mappingSource = mapped.source;
    detected = mapped.detected;
    name = basename(args.input, extname(args.input)) || 'workbook';
  }
  if (args.input === null && args.mapping !== null) {
    const { config } = mappingFor(runtime.workbook, args.mapping);
    runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(config));
    mappingSource = 'file';
  }
  if (args.digest) {
    // The digest edition e-mails the team after generation; the local MailApp records the message instead.
    const lang = args.locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
    runtime.state.properties.document.set(DIGEST_PROPERTY_KEY, JSON.stringify({ enabled: true, recipients: [{ email: 'team@example.com', lang }] }));
  }
  onStep('step_compute');
  // One execution reads and parses each table once for both kpis.json and the dashboard tab (as one menu run would).
  runtime.calls.reset();
  const result = runtime.call<{ export: KpiExport; tabs: readonly string[] }>('exportAndGenerate_', args.month ?? undefined);
  const exported = result.export;
  if (!exported.month || exported.months.length === 0) {
    const problems = exported.dataQuality.problems;
    const why = `${problems.join(' ')}${datesRead(detected)}`.trim();
    throw why !== '' ? new CliError('no_dated_rows_because', { problems: why }) : new CliError('no_dated_rows');
  }
  const serviceCalls = { total: runtime.calls.total, byMethod: { ...runtime.calls.byMethod } };
  return {
    runtime,
    workbook: runtime.workbook,
    name,
    export: exported,
    tab: result.tabs[0] ?? '',
    serviceCalls,
    mappingSource,
    currency: parseConfig(runtime.state.properties.document.get(CONFIG_PROPERTY_KEY)).config?.settings.currency ?? DEFAULT_SETTINGS.currency,
  };
}
