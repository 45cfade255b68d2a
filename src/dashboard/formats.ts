// Sheets number formats for each KPI unit, in the spreadsheet's language and currency; month labels.

import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import type { Unit } from '../kpi/types';
import { type MonthIndex, monthKey } from '../model/days';
import type { Lang } from '../model/settings';
import { durationFormat } from './duration';

export const TEXT_FORMAT = '@';
export const SHARE_FORMAT = '0.0%';
export const COUNT_FORMAT = '#,##0';

const SYMBOLS: Readonly<Record<string, string>> = {
  EUR: '€',
  USD: '$',
  GBP: '£',
  JPY: '¥',
  CHF: 'CHF',
  CAD: '$',
  AUD: '$',
  XOF: 'FCFA',
  MAD: 'MAD',
};

/** The currency format: symbol after the number in French (`1 234 €`), before it in English (`€1,234`). */
export function currencyFormat(currency: string, lang: Lang): string {
  const code = (currency || 'EUR').toUpperCase();
  const symbol = (SYMBOLS[code] ?? code).replace(/[\]"]/g, '');
  return lang === 'fr' ? `#,##0 [$${symbol}]` : `[$${symbol}]#,##0`;
}

/**
 * The number format of a value of `unit` (separators follow the spreadsheet locale in Sheets). Hours need the value:
 * its word (`heure`, `heures`, `days`) depends on it, and from 48 h the cell holds days (see `cellNumber`).
 */
export function unitFormat(unit: Unit, lang: Lang, currency: string, value: number | null = null): string {
  switch (unit) {
    case 'currency':
      return currencyFormat(currency, lang);
    case 'rate':
      return '0.0%';
    case 'hours':
      return durationFormat(value ?? 0, lang);
    case 'days':
      return `0.0 "${t(lang, 'dash_suffix_days')}"`;
    case 'months':
      return `0.0 "${t(lang, 'dash_suffix_months')}"`;
    case 'count':
      return COUNT_FORMAT;
    default:
      return '0.00';
  }
}

/** `mars 2024` / `March 2024`. */
export function monthName(month: MonthIndex, lang: Lang): string {
  const m = (month % 12) + 1;
  return `${t(lang, `dash_month_${m}` as MessageKey)} ${Math.floor(month / 12)}`;
}

/** The dashboard tab's name: `KPI mars 2024` in French, `KPI March 2024` in English. */
export function tabName(month: MonthIndex, lang: Lang): string {
  const m = (month % 12) + 1;
  return t(lang, 'dash_tab_name', {
    key: monthKey(month),
    monthName: t(lang, `dash_month_${m}` as MessageKey),
    year: Math.floor(month / 12),
  });
}
