// Outputs of a DuckDB run: kpis.json, an offline dashboard.html and an .xlsx holding the month and the monthly KPI table.

import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { formatValue } from '../../src/dashboard/text-format';
import { kpiById } from '../../src/kpi/catalog';
import type { Unit } from '../../src/kpi/types';
import { type Lang, langOf } from '../../src/model/settings';
import { escapeText } from '../preview/escape';
import type { DuckRun } from './engine';

/** KPI ids of the run, in catalog order, with the value of each month. */
function table(run: DuckRun): { id: string; label: string; unit: Unit; values: (number | null)[] }[] {
  const lang = langOf(run.config.settings.locale) as Lang;
  const ids = [...new Set(run.kpis.map((k) => k.id))];
  return ids.map((id) => {
    const def = kpiById(id)!;
    const byMonth = new Map(run.kpis.filter((k) => k.id === id).map((k) => [k.period, k.value]));
    return { id, label: def.label[lang], unit: def.unit, values: run.months.map((m) => byMonth.get(m) ?? null) };
  });
}

export function kpisJson(run: DuckRun): string {
  const { month, months, kpis, breakdowns, skipped, sources } = run;
  const rows = kpis.map((k) => ({ ...k, segment: null }));
  return `${JSON.stringify({ engine: 'duckdb', month, months, kpis: rows, breakdowns, notCompiled: skipped, sources }, null, 2)}\n`;
}

export function dashboardHtml(run: DuckRun, title: string): string {
  const lang = langOf(run.config.settings.locale) as Lang;
  const currency = run.config.settings.currency;
  const at = run.months.indexOf(run.month);
  const rows = table(run)
    .map((k) => {
      const cur = at >= 0 ? k.values[at] : null;
      const prev = at > 0 ? k.values[at - 1] : null;
      return `<tr><th>${escapeText(k.label)}</th><td>${escapeText(formatValue(cur, k.unit, lang, currency))}</td><td>${escapeText(formatValue(prev, k.unit, lang, currency))}</td></tr>`;
    })
    .join('\n');
  const head = lang === 'fr' ? ['Indicateur', run.month, 'Mois précédent'] : ['KPI', run.month, 'Previous month'];
  const note =
    lang === 'fr'
      ? 'Calculé par DuckDB à partir des fichiers, sans les charger dans le classeur.'
      : 'Computed by DuckDB from the files, without loading them into the workbook.';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeText(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:24px;color:#1f2937}table{border-collapse:collapse}th,td{padding:6px 12px;border-bottom:1px solid #e5e7eb;text-align:right}th{text-align:left;font-weight:500}thead th{background:#f3f4f6}</style></head>
<body><h1>${escapeText(title)}</h1><p>${escapeText(note)}</p><table><thead><tr>${head.map((h) => `<th>${escapeText(h)}</th>`).join('')}</tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

const EXCEL_FORMAT: Record<Unit, string> = { currency: '#,##0', rate: '0.0%', hours: '0.0', days: '0.0', months: '0.0', count: '#,##0', ratio: '0.00' };

/** The month's KPIs (first, active sheet) and the monthly KPI table, not the input rows. */
export async function writeDuckWorkbook(run: DuckRun, path: string): Promise<void> {
  const lang = langOf(run.config.settings.locale) as Lang;
  const wb = new ExcelJS.Workbook();
  const k = table(run);
  const at = run.months.indexOf(run.month);
  const month = wb.addWorksheet(`KPI ${run.month}`, { views: [{ state: 'frozen', ySplit: 1, showGridLines: false }] });
  month.addRow(lang === 'fr' ? ['Indicateur', run.month, 'Mois précédent'] : ['KPI', run.month, 'Previous month']).font = { bold: true };
  for (const row of k) {
    const r = month.addRow([row.label, at >= 0 ? row.values[at] : null, at > 0 ? row.values[at - 1] : null]);
    r.getCell(2).numFmt = EXCEL_FORMAT[row.unit];
    r.getCell(3).numFmt = EXCEL_FORMAT[row.unit];
  }
  month.getColumn(1).width = 36;
  month.getColumn(2).width = 16;
  month.getColumn(3).width = 16;
  const all = wb.addWorksheet(lang === 'fr' ? 'Tableau des KPI' : 'KPI table', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  all.addRow([lang === 'fr' ? 'Mois' : 'Month', ...k.map((row) => row.label)]).font = { bold: true };
  run.months.forEach((m, i) => {
    const r = all.addRow([m, ...k.map((row) => row.values[i])]);
    k.forEach((row, j) => {
      r.getCell(j + 2).numFmt = EXCEL_FORMAT[row.unit];
    });
  });
  await wb.xlsx.writeFile(path);
}

export function writeText(path: string, text: string): void {
  writeFileSync(path, text);
}
