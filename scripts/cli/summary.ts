// The terminal summary of `npm start`: the month's team KPIs (value, previous month, rows used) and the files written.

import { KPI_CATALOG } from '../../src/kpi/catalog';
import type { Unit } from '../../src/kpi/types';
import type { Lang } from '../../src/model/settings';
import type { KpiExport, KpiRow } from '../../src/sample/kpi-export';

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + m - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A KPI value for the terminal: rates as percentages, amounts in `currency` (ISO 4217), `—` for no value. */
export function formatKpi(value: number | null, unit: Unit, lang: Lang, currency: string): string {
  if (value === null) return '—';
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
  const n = (v: number, digits: number) => v.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (unit) {
    case 'rate':
      return `${n(value * 100, 1)} %`;
    case 'currency':
      return amount(value, locale, currency);
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

/** An amount in the workbook's currency, as the locale writes it (`1 234 €`, `$1,234`); the code itself when unknown. */
function amount(value: number, locale: string, currency: string): string {
  try {
    return value.toLocaleString(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  } catch {
    return `${value.toLocaleString(locale, { maximumFractionDigits: 0 })} ${currency}`;
  }
}

/** The summary table as lines of text, amounts in `currency`. */
export function summaryLines(exported: KpiExport, lang: Lang, currency: string): string[] {
  const team = new Map<string, KpiRow>();
  for (const k of exported.kpis) if (k.segment === null) team.set(`${k.id}@${k.period}`, k);
  const prev = previousMonth(exported.month);
  const rows: string[][] = [[lang === 'fr' ? 'Indicateur' : 'KPI', exported.month, prev, lang === 'fr' ? 'lignes' : 'rows']];
  for (const def of KPI_CATALOG) {
    const now = team.get(`${def.id}@${exported.month}`);
    if (!now) continue;
    const before = team.get(`${def.id}@${prev}`);
    const rowsText = now.skipped > 0 ? `${now.used} (+${now.skipped} skipped)` : String(now.used);
    rows.push([def.label[lang], formatKpi(now.value, def.unit, lang, currency), formatKpi(before?.value ?? null, def.unit, lang, currency), rowsText]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}
