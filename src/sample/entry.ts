// Apps Script entry points of the sample data: "Insert sample data" writes the sample sheets and saves their mapping.

import { reportErrors } from '../addon/ui';
import { loadConfig, saveConfig } from '../gas/config-store';
import { MANUAL_WAIT_MS, withDocumentLock } from '../gas/dashboard-lock';
import { writeSampleSheets } from '../gas/sample-sheets';
import { showToast } from '../gas/ui';
import { spreadsheetSettings, userLang } from '../gas/spreadsheet-context';
import { t } from '../i18n';
import { dayFromCivil, monthKey } from '../model/days';
import { langOf } from '../model/settings';
import { dayOfInstantIn } from '../model/timezone';
import { generateSample } from './generate';
import { sampleConfig } from './mapping';

export { exportAndGenerate_, exportKpis_ } from './export-entry';

export interface SampleRequest {
  /** `YYYY-MM-DD`; defaults to today in the spreadsheet's time zone. */
  readonly today?: string;
  readonly dealsPerMonth?: number;
  readonly months?: number;
  readonly seed?: number;
}

export interface SampleInserted {
  readonly sheets: Record<string, string>;
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly deals: number;
}

function parseDay(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw new Error(`Bad day ${text}`);
  return dayFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Inserts the sample (options for tests, benchmarks and the command line); returns where it went. */
export function insertSampleDataWith_(request: SampleRequest = {}): SampleInserted {
  return withDocumentLock(MANUAL_WAIT_MS, () => insertSample(request), 'sample_busy');
}

function insertSample(request: SampleRequest): SampleInserted {
  const previous = loadConfig().config;
  const settings = spreadsheetSettings(previous?.settings);
  const lang = langOf(settings.locale);
  const today = request.today ? parseDay(request.today) : dayOfInstantIn(settings.timeZone)(Date.now());
  const workbook = generateSample({ today, lang, dealsPerMonth: request.dealsPerMonth, months: request.months, seed: request.seed });
  const names = writeSampleSheets(workbook, settings.timeZone);
  saveConfig({ ...sampleConfig(workbook, { ...settings, currency: 'EUR' }, names), savedAt: new Date().toISOString() });
  const deals = workbook.sheets.find((s) => s.entity === 'deals')?.rows.filter((r) => r[0] !== '').length ?? 0;
  const months = workbook.lastMonth - workbook.firstMonth + 1;
  let message = t(lang, 'sample_inserted', { months, deals, sheets: Object.values(names).join(', ') });
  if (previous && Object.keys(previous.entities).length > 0) message += ` ${t(lang, 'sample_replaced_mapping')}`;
  showToast(message, t(lang, 'sample_title'), 10);
  return { sheets: { ...names }, firstMonth: monthKey(workbook.firstMonth), lastMonth: monthKey(workbook.lastMonth), deals };
}

/** Menu action: inserts 24 months of sample data ending last month, in the spreadsheet's language, and maps it. */
export function insertSampleData(): void {
  reportErrors(userLang, () => {
    insertSampleDataWith_();
  });
}
