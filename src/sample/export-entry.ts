// Server function behind `npm start`'s kpis.json: reads the mapped tables and returns every KPI of every month.

import { loadConfig } from '../gas/config-store';
import { readInput } from '../gas/read-tables';
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

/** Every KPI for every month the mapped data covers, per rep for `month` (`YYYY-MM`, default the last month covered). */
export function exportKpis_(month?: string): KpiExport {
  const { config } = loadConfig();
  if (!config || Object.keys(config.entities).length === 0) throw new UserError('err_no_mapping');
  const settings = spreadsheetSettings(config.settings);
  const today = dayOfInstantIn(settings.timeZone)(Date.now());
  const { input, problems, lookups } = readInput(config, settings, today);
  return buildKpiExport(input, month ? parseMonth(month) : null, problems, lookups);
}
