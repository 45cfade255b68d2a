// The terminal summary of `npm start`: the month's team KPIs (value, previous month, rows used) and the files written.

import { KPI_CATALOG } from '../../src/kpi/catalog';
import { describeMissing } from '../../src/kpi/missing';
import type { Unit } from '../../src/kpi/types';
import type { Lang } from '../../src/model/settings';
import type { KpiExport, KpiRow } from '../../src/sample/kpi-export';

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + m - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A KPI value for the terminal: rates as percentages, amounts with thousands separators, `—` for no value. */
export function formatKpi(value: number | null, unit: Unit, lang: Lang): string {
  if (value === null) return '—';
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
  const n = (v: number, digits: number) => v.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (unit) {
    case 'rate':
      return `${n(value * 100, 1)} %`;
    case 'currency':
      return `${n(value, 0)} €`;
    case 'days':
      return `${n(value, 1)} ${lang === 'fr' ? 'j' : 'd'}`;
    case 'months':
      return `${n(value, 1)} ${lang === 'fr' ? 'mois' : 'mo'}`;
    case 'ratio':
      return n(value, 2);
    default:
      return n(value, Number.isInteger(value) ? 0 : 1);
  }
}

/** The summary table as lines of text. */
export function summaryLines(exported: KpiExport, lang: Lang): string[] {
  const team = new Map<string, KpiRow>();
  for (const k of exported.kpis) if (k.segment === null) team.set(`${k.id}@${k.period}`, k);
  const prev = previousMonth(exported.month);
  const rows: string[][] = [[lang === 'fr' ? 'Indicateur' : 'KPI', exported.month, prev, lang === 'fr' ? 'lignes' : 'rows']];
  for (const def of KPI_CATALOG) {
    const now = team.get(`${def.id}@${exported.month}`);
    if (!now) continue;
    const before = team.get(`${def.id}@${prev}`);
    const rowsText = now.skipped > 0 ? `${now.used} (+${now.skipped} skipped)` : String(now.used);
    rows.push([def.label[lang], formatKpi(now.value, def.unit, lang), formatKpi(before?.value ?? null, def.unit, lang), rowsText]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const table = [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  return [...table, ...missingLines(exported, lang)];
}

/** What to map for the KPIs left out of the table (fields by name, closest columns), after a blank line. */
export function missingLines(exported: KpiExport, lang: Lang): string[] {
  const lines = describeMissing(exported.missing ?? [], lang);
  return lines.length === 0 ? [] : ['', ...lines.map((l) => `! ${l}`)];
}
