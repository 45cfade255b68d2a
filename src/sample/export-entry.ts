// Server functions behind `npm start`: every KPI of every month (kpis.json), and with it the month's dashboard tab.

import { generateDashboards } from '../gas/dashboard-generate';
import { MANUAL_WAIT_MS } from '../gas/dashboard-lock';
import { loadConfig } from '../gas/config-store';
import { type ReadResult, readInput } from '../gas/read-tables';
import { spreadsheetSettings } from '../gas/spreadsheet-context';
import { UserError } from '../i18n';
import type { MonthIndex } from '../model/days';
import { dayOfInstantIn } from '../model/timezone';
import { buildKpiExport, type KpiExport } from './kpi-export';

function parseMonth(text: string): MonthIndex {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UserError('export_bad_month', { month: text });
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

/** Reads the mapped tables once (one getValues per table) and builds the export from them. */
function exportWith(month: string | undefined): { read: ReadResult; exported: KpiExport } {
  const { config } = loadConfig();
  if (!config || Object.keys(config.entities).length === 0) throw new UserError('err_no_mapping');
  const settings = spreadsheetSettings(config.settings);
  const today = dayOfInstantIn(settings.timeZone)(Date.now());
  const read = readInput(config, settings, today);
  return { read, exported: buildKpiExport(read.input, month ? parseMonth(month) : null, read.problems, read.lookups) };
}

/** Every KPI for every month the mapped data covers, per rep for `month` (`YYYY-MM`, default the last month covered). */
export function exportKpis_(month?: string): KpiExport {
  return exportWith(month).exported;
}

/**
 * The export, then the dashboard tab of its month generated from the same parsed tables (one read per table in the
 * whole run, as a menu generation makes); no tab when no row is dated.
 */
export function exportAndGenerate_(month?: string): { export: KpiExport; tabs: readonly string[] } {
  const { read, exported } = exportWith(month);
  if (!exported.month || exported.months.length === 0) return { export: exported, tabs: [] };
  const options = { trigger: 'manual', waitMs: MANUAL_WAIT_MS, toasts: true, activate: false, input: read } as const;
  return { export: exported, tabs: generateDashboards({ months: [parseMonth(exported.month)] }, options).tabs };
}
