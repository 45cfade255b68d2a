// Numbers, changes, dates and plurals as prose in the user's language (Intl): for tile lines, headers and the digest.

import { MESSAGES, type MessageKey, type MessageParams, t } from '../i18n';
import type { Unit } from '../kpi/types';
import { civilFromDay, type Day } from '../model/days';
import type { Lang } from '../model/settings';
import type { Change } from './comparisons';
import { durationWord, shownDuration } from './duration';
import { LOCALES, pluralForm } from './plural';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}|${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f;
}

/** `1 234,5` / `1,234.5`, with French thin spaces made plain no-break spaces (fonts without U+202F). */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, digits).format(value).replace(/\u202f/g, '\u00a0');
}

/** The currency symbol of an ISO code as dashboards print it. */
export function currencySymbol(currency: string): string {
  const code = (currency || 'EUR').toUpperCase();
  const symbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥', CAD: '$', AUD: '$', XOF: 'FCFA' };
  return symbols[code] ?? code;
}

/** A KPI value as text with its unit: `79 500 €`, `28,3 %`, `64,4 j`, `2,87` (French) or `€79,500`, `28.3%`. */
export function formatValue(value: number | null, unit: Unit, lang: Lang, currency: string): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const nb = '\u00a0';
  switch (unit) {
    case 'currency': {
      const symbol = currencySymbol(currency);
      const digits = Math.abs(value) < 100 && value !== Math.round(value) ? 2 : 0;
      const text = formatNumber(Math.abs(value), lang, digits);
      const sign = value < 0 ? '−' : '';
      return lang === 'fr' ? `${sign}${text}${nb}${symbol}` : `${sign}${symbol}${text}`;
    }
    case 'rate':
      return lang === 'fr' ? `${formatNumber(value * 100, lang, 1)}${nb}%` : `${formatNumber(value * 100, lang, 1)}%`;
    case 'hours': {
      const shown = shownDuration(value);
      return `${formatNumber(shown.value, lang, 1)}${nb}${durationWord(shown, lang)}`;
    }
    case 'days':
      return `${formatNumber(value, lang, 1)}${nb}${t(lang, 'dash_suffix_days')}`;
    case 'months':
      return `${formatNumber(value, lang, 1)}${nb}${t(lang, 'dash_suffix_months')}`;
    case 'count':
      return formatNumber(value, lang, Number.isInteger(value) ? 0 : 1);
    default:
      return formatNumber(value, lang, 2);
  }
}

/** `▲ +1,6 pt`, `▼ −12,3 %`, `▶ 0,0 %`; `—` when there is no change to show. */
export function formatChange(change: Change, lang: Lang): string {
  if (change.value === null) return '—';
  const v = change.kind === 'pt' ? change.value : change.value * 100;
  const sign = v > 0 ? '+' : v < 0 ? '−' : '';
  const abs = formatNumber(Math.abs(v), lang, Math.abs(v) >= 100 ? 0 : 1);
  const unit = change.kind === 'pt' ? `${'\u00a0'}${t(lang, 'dash_points')}` : lang === 'fr' ? '\u00a0%' : '%';
  return `${change.arrow} ${sign}${abs}${unit}`;
}

function monthWord(month: number, lang: Lang): string {
  return t(lang, `dash_month_${month}` as MessageKey);
}

/** `1er novembre 2026` / `November 1, 2026`. */
export function formatDay(day: Day, lang: Lang): string {
  const { year, month, day: d } = civilFromDay(day);
  if (lang === 'fr') return `${d === 1 ? '1er' : d} ${monthWord(month, lang)} ${year}`;
  return `${monthWord(month, lang)} ${d}, ${year}`;
}

/** `du 1er au 31 octobre 2026` / `October 1–31, 2026` (inclusive days; across months and years as needed). */
export function formatDayRange(first: Day, last: Day, lang: Lang): string {
  const a = civilFromDay(first);
  const b = civilFromDay(last);
  const d1 = lang === 'fr' && a.day === 1 ? '1er' : String(a.day);
  if (lang === 'fr') {
    if (a.year === b.year && a.month === b.month) return `du ${d1} au ${b.day} ${monthWord(b.month, lang)} ${b.year}`;
    if (a.year === b.year) return `du ${d1} ${monthWord(a.month, lang)} au ${b.day} ${monthWord(b.month, lang)} ${b.year}`;
    return `du ${formatDay(first, lang)} au ${formatDay(last, lang)}`;
  }
  if (a.year === b.year && a.month === b.month) return `${monthWord(a.month, lang)} ${a.day}–${b.day}, ${a.year}`;
  if (a.year === b.year) return `${monthWord(a.month, lang)} ${a.day} – ${monthWord(b.month, lang)} ${b.day}, ${b.year}`;
  return `${formatDay(first, lang)} – ${formatDay(last, lang)}`;
}

/** The message `${base}_one` or `${base}_other` that Intl.PluralRules picks for `count` (French 0 and 1 are "one"). */
export function plural(lang: Lang, base: string, count: number, params: MessageParams = {}): string {
  const form = pluralForm(lang, count);
  const key = `${base}_${form}` in MESSAGES ? `${base}_${form}` : `${base}_other`;
  return t(lang, key as MessageKey, { count: formatNumber(count, lang), ...params });
}
