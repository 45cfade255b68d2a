// Dashboard part: service calls (and time) of the menu action generating last month's tab, at several data sizes.

import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { CONFIG_PROPERTY_KEY, serializeConfig } from '../../src/model/config';
import { suggestConfig } from '../../src/model/suggest-config';
import { type CellValue, createRuntime, emptyWorkbook, workbookFromArrays } from '../runtime';
import { CODE_PATH } from './bundle';
import type { BenchData } from './data';
import { SETTINGS } from './kpis';

export interface DashboardFigures {
  readonly deals: number;
  readonly calls: number;
  readonly byMethod: Record<string, number>;
  readonly ms: number;
  readonly tabs: string[];
}

const NOW = Date.UTC(2026, 0, 15, 9); // last month = 2025-12

/** `generateLastMonthDashboard` on a workbook holding the data, with the mapping `suggestConfig` proposes saved. */
export function benchDashboard(data: BenchData): DashboardFigures | null {
  if (!existsSync(CODE_PATH)) return null;
  const sheets: Record<string, CellValue[][]> = {};
  for (const s of Object.values(data.sheets)) if (s) sheets[s.name] = s.values as CellValue[][];
  const workbook = workbookFromArrays(sheets, { locale: 'fr_FR', timeZone: 'Europe/Paris' });
  const rt = createRuntime({ workbook, now: NOW });
  const samples = Object.values(data.sheets).map((s) => ({ name: s!.name, values: s!.values.slice(0, 50) }));
  const { config } = suggestConfig(samples, SETTINGS);
  rt.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(config));
  rt.load(CODE_PATH);
  rt.calls.reset();
  const t0 = performance.now();
  rt.call('generateLastMonthDashboard');
  const ms = performance.now() - t0;
  const tabs = rt.workbook.sheets.map((s) => s.name).filter((n) => !(n in sheets));
  return { deals: data.deals, calls: rt.calls.total, byMethod: { ...rt.calls.byMethod }, ms, tabs };
}

export interface CallBreakdown {
  readonly total: number;
  /** Tables read and their calls (find the sheet, read its values). */
  readonly tables: number;
  readonly readCalls: number;
  /** Native charts and their calls (builder, ranges, options, insert). */
  readonly charts: number;
  readonly chartCalls: number;
  /** Everything else: lock, properties, tab search, toasts, the tab's grids and widths, tag, protection. */
  readonly fixed: number;
}

const CHART_METHODS = ['Sheet.newChart', 'Sheet.insertChart', 'Sheet.getRangeList', 'RangeList.getRanges'];

/** Splits a generation's calls into reading, charts and the rest. */
export function callBreakdown(byMethod: Record<string, number>, total: number): CallBreakdown {
  const count = (m: string) => byMethod[m] ?? 0;
  const readCalls = count('Spreadsheet.getSheetByName') + count('Sheet.getSheetValues') + count('Range.getValues') + count('Sheet.getDataRange');
  const chartCalls =
    CHART_METHODS.reduce((s, m) => s + count(m), 0) +
    Object.entries(byMethod).reduce((s, [m, n]) => s + (m.startsWith('EmbeddedChartBuilder.') ? n : 0), 0);
  return { total, tables: count('Sheet.getSheetValues'), readCalls, charts: count('Sheet.newChart'), chartCalls, fixed: total - readCalls - chartCalls };
}

/** `generateLastMonthDashboard` on the add-on's own sample workbook (Insert sample data: 9 tables). */
export function benchSampleDashboard(): CallBreakdown | null {
  if (!existsSync(CODE_PATH)) return null;
  const rt = createRuntime({ workbook: emptyWorkbook({ locale: 'fr_FR', timeZone: 'Europe/Paris' }), now: NOW }).load(CODE_PATH);
  rt.call('insertSampleDataWith_', { today: '2026-01-15' });
  rt.calls.reset();
  rt.call('generateLastMonthDashboard');
  return callBreakdown(rt.calls.byMethod, rt.calls.total);
}
