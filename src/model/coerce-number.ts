// Reads a cell as a number: French and American separators, currencies, percents, accounting negatives, blanks.

import { isBlankToken } from './blank-tokens';
import type { Lang } from './settings';

/** Which decimal separator a text shows: none (no separator, or one the convention decides), `.` or `,`. */
export const DECIMAL_NONE = 0;
export const DECIMAL_DOT = 1;
export const DECIMAL_COMMA = 2;
export type DecimalHint = typeof DECIMAL_NONE | typeof DECIMAL_DOT | typeof DECIMAL_COMMA;

export interface NumberRead {
  readonly kind: 'number';
  readonly value: number;
  /** ISO code of the currency written, '' if none. */
  readonly currency: string;
  /** Written with `%` (the value is the fraction). */
  readonly percent: boolean;
  /** The decimal separator the text proves (`1,234.5`, `12,50`, `1.234.567`), DECIMAL_NONE if it proves none. */
  readonly decimal: DecimalHint;
  /** A lone separator before three digits (`1,500`, `1.500`): the value depends on the convention, read in `lang`'s. */
  readonly ambiguous: boolean;
}

export type NumberParse = NumberRead | { readonly kind: 'blank' } | { readonly kind: 'error' };

export const NUMBER_BLANK: NumberParse = { kind: 'blank' };
export const NUMBER_ERROR: NumberParse = { kind: 'error' };

const SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR', $: 'USD', 'us$': 'USD', '£': 'GBP', '¥': 'JPY', '₹': 'INR', 'c$': 'CAD', 'ca$': 'CAD', 'a$': 'AUD',
  'au$': 'AUD', 'fr.': 'CHF', chf: 'CHF', '₣': 'CHF', 'fcfa': 'XOF', 'dh': 'MAD',
};
const ISO_CODES = new Set(
  'EUR USD GBP CHF CAD AUD NZD JPY CNY HKD SGD INR SEK NOK DKK PLN CZK HUF RON BGN MAD TND DZD XOF XAF BRL MXN ZAR RUB TRY AED SAR ILS KRW'.split(' '),
);

const PLAIN = /^-?\d+(?:\.\d+)?$/;
const PLAIN_INTEGER = /^-?\d+$/;
const DOT_GROUP = /^-?[1-9]\d{0,2}\.\d{3}$/;
const SPACES = /[\s\u00a0\u202f\u2009\u2007']+/g;
const CURRENCY_PREFIX = /^(€|\$|£|¥|₹|₣|us\$|c\$|ca\$|a\$|au\$|[a-z]{3}(?=[\s\d\-(]|$))\s*/i;
const CURRENCY_SUFFIX = /\s*(€|\$|£|¥|₹|₣|fr\.|fcfa|dh|[a-z]{3})$/i;
const TAX_SUFFIX = /\s*\bht$/i;
const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;
const DIGITS_AND_SEPARATORS = /^(?:\d|[.,](?=\d))[\d.,\s\u00a0\u202f\u2009\u2007']*$/;
const GROUPED = /^\d{1,3}(?:[\s\u00a0\u202f\u2009\u2007']\d{3})+(?:[.,]\d+)?$/;

function currencyCode(token: string): string {
  const lower = token.toLowerCase();
  const symbol = SYMBOLS[lower];
  if (symbol) return symbol;
  const upper = token.toUpperCase();
  return ISO_CODES.has(upper) ? upper : '';
}

function read(value: number, currency: string, percent: boolean, decimal: DecimalHint, ambiguous: boolean): NumberParse {
  // `1e400` or a 400-digit number overflow to Infinity: unreadable, never a sum that turns into "no value".
  if (!Number.isFinite(value)) return NUMBER_ERROR;
  return { kind: 'number', value, currency, percent, decimal, ambiguous };
}

/**
 * Reads a cell as a number. `lang` decides a lone separator followed by exactly three digits: `1,234` is 1234 in
 * English and 1.234 in French (and the reverse for `1.234`); such reads say `ambiguous` so that a column can decide
 * from its other cells (readNumberColumn). `12 %` gives 0.12 with `percent`; `(123)` gives -123.
 */
export function parseNumber(value: unknown, lang: Lang = 'en'): NumberParse {
  if (typeof value === 'number') return read(value, '', false, DECIMAL_NONE, false);
  if (value === null || value === undefined) return NUMBER_BLANK;
  if (typeof value !== 'string') return NUMBER_ERROR;
  const text = value.trim();
  if (PLAIN.test(text)) {
    if (PLAIN_INTEGER.test(text)) return read(Number(text), '', false, DECIMAL_NONE, false);
    if (!DOT_GROUP.test(text)) return read(Number(text), '', false, DECIMAL_DOT, false);
  }
  if (text === '' || isBlankToken(text)) return NUMBER_BLANK;
  return parseNumberText(text, lang);
}

function parseNumberText(input: string, lang: Lang): NumberParse {
  let s = input.replace(/\u2212/g, '-');
  let negative = false;
  let currency = '';
  let percent = false;
  if (s.charAt(0) === '(' && s.charAt(s.length - 1) === ')') {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  s = s.replace(TAX_SUFFIX, '');
  for (let pass = 0; pass < 2; pass++) {
    if (s.charAt(0) === '-' || s.charAt(0) === '+') {
      if (s.charAt(0) === '-') negative = !negative;
      s = s.slice(1).trim();
    }
    const prefix = CURRENCY_PREFIX.exec(s);
    if (prefix && !currency) {
      currency = currencyCode(prefix[1]);
      if (!currency) return NUMBER_ERROR;
      s = s.slice(prefix[0].length);
    }
  }
  if (s.charAt(s.length - 1) === '%') {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  if (s.charAt(s.length - 1) === '-') {
    negative = !negative;
    s = s.slice(0, -1).trim();
  }
  const suffix = CURRENCY_SUFFIX.exec(s);
  if (suffix) {
    if (currency) return NUMBER_ERROR;
    currency = currencyCode(suffix[1]);
    if (!currency) return NUMBER_ERROR;
    s = s.slice(0, s.length - suffix[0].length);
  }
  if (s.charAt(s.length - 1) === '-' && !negative) {
    negative = true;
    s = s.slice(0, -1).trim();
  }
  if (percent && currency) return NUMBER_ERROR;
  const magnitude = readMagnitude(s, lang);
  if (Number.isNaN(magnitude)) return NUMBER_ERROR;
  let result = negative ? -magnitude : magnitude;
  if (percent) result /= 100;
  return shown === AMBIGUOUS ? read(result, currency, percent, DECIMAL_NONE, true) : read(result, currency, percent, shown, false);
}

/** What the last readMagnitude call learnt of the decimal separator (a hint, or AMBIGUOUS). */
const AMBIGUOUS = 3 as DecimalHint;
let shown: DecimalHint = DECIMAL_NONE;

const hintOf = (sep: string): DecimalHint => (sep === ',' ? DECIMAL_COMMA : DECIMAL_DOT);

/** The unsigned number written with digits and separators only, or NaN; sets `shown`. */
function readMagnitude(s: string, lang: Lang): number {
  shown = DECIMAL_NONE;
  if (SCIENTIFIC.test(s)) return Number(s);
  if (!DIGITS_AND_SEPARATORS.test(s)) return Number.NaN;
  const spaced = /[\s\u00a0\u202f\u2009\u2007']/.test(s);
  if (spaced) {
    if (!GROUPED.test(s)) return Number.NaN;
    s = s.replace(SPACES, '');
  }
  const commas = count(s, ',');
  const dots = count(s, '.');
  if (commas === 0 && dots === 0) return Number(s);
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (count(s, decimal) !== 1) return Number.NaN;
    const [whole, fraction] = s.split(decimal);
    shown = hintOf(decimal);
    return groupedWhole(whole, group) + Number('0.' + fraction);
  }
  const sep = commas > 0 ? ',' : '.';
  const n = commas + dots;
  if (n > 1) {
    shown = hintOf(sep === ',' ? '.' : ',');
    return groupedWhole(s, sep);
  }
  const at = s.indexOf(sep);
  const after = s.length - at - 1;
  // `1,500`: a group separator in one convention, a decimal one in the other (spaces as groups settle it).
  const undecided = after === 3 && at >= 1 && at <= 3 && s.charAt(0) !== '0' && !spaced;
  const localeDecimal = lang === 'fr' ? ',' : '.';
  if (undecided) shown = AMBIGUOUS;
  else if (after > 0) shown = hintOf(sep);
  if (undecided && sep !== localeDecimal) return Number(s.replace(sep, ''));
  if (after === 0) return Number.NaN;
  return Number((at === 0 ? '0' : s.slice(0, at)) + '.' + s.slice(at + 1));
}

/** `1,234,567` with `,` as group separator → 1234567; NaN unless every group after the first has three digits. */
function groupedWhole(s: string, group: string): number {
  const parts = s.split(group);
  if (parts[0].length < 1 || parts[0].length > 3) return Number.NaN;
  for (let i = 1; i < parts.length; i++) if (parts[i].length !== 3) return Number.NaN;
  return Number(parts.join(''));
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
