// The workbook written for a large export: the dashboard tab and a KPI table (every KPI × every month), no input rows.

import { KPI_CATALOG } from '../../src/kpi/catalog';
import type { Lang } from '../../src/model/settings';
import type { KpiExport } from '../../src/sample/kpi-export';
import { bareWorkbook, type CellValue, newSheet, setSheetRows, type Workbook } from '../runtime/workbook-model';

/** Above this many rows read from the input, the .xlsx holds no copy of them (stated on the command line and in the README). */
export const LARGE_EXPORT_ROWS = 20000;

/** Rows of the input sheets (every sheet of the workbook before the dashboard was generated). */
export function inputRows(wb: Workbook, dashboardTabs: readonly string[]): number {
  return wb.sheets.filter((s) => !dashboardTabs.includes(s.name)).reduce((sum, s) => sum + s.values.length, 0);
}

/** One row per catalog KPI, one column per exported month: the team values of kpis.json. */
export function kpiTableRows(exported: KpiExport, lang: Lang): CellValue[][] {
  const value = new Map<string, number | null>();
  for (const k of exported.kpis) if (k.segment === null) value.set(`${k.id}@${k.period}`, k.value);
  const header: CellValue[] = [lang === 'fr' ? 'Indicateur' : 'KPI', 'id', ...exported.months];
  const rows = KPI_CATALOG.map((def): CellValue[] => [def.label[lang], def.id, ...exported.months.map((m) => value.get(`${def.id}@${m}`) ?? '')]);
  return [header, ...rows];
}

/** A workbook of the dashboard tab(s) of `wb` and a "KPI" sheet with the monthly table. */
export function dashboardWorkbook(wb: Workbook, tabs: readonly string[], exported: KpiExport, lang: Lang): Workbook {
  const out = bareWorkbook({ name: wb.name, locale: wb.locale, timeZone: wb.timeZone });
  out.sheets.push(...wb.sheets.filter((s) => tabs.includes(s.name)));
  const table = newSheet(out, lang === 'fr' ? 'Table des KPI' : 'KPI table');
  out.sheets.push(table);
  setSheetRows(table, kpiTableRows(exported, lang));
  table.frozenRows = 1;
  return out;
}
