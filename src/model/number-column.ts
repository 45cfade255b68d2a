// Reads a whole number or amount column: fast path for numbers, the decimal convention and currency decided per column.

import { BlankTokens } from './blank-tokens';
import { DECIMAL_COMMA, DECIMAL_DOT, type NumberParse, parseNumber } from './coerce-number';
import type { IssueCollector } from './column-issues';
import type { Lang } from './settings';

// Module constants: global lookups are slow in hot loops under some hosts (vm sandboxes such as jest's).
const NAN = Number.NaN;
const isFiniteNumber = Number.isFinite;
const DOT = DECIMAL_DOT;
const COMMA = DECIMAL_COMMA;
const MAX = 1e15;

/** Distinct number texts remembered per column. */
const MEMO_LIMIT = 100000;

/**
 * Magnitudes from which a number is taken for a typo or an overflow (`1e400`, a pasted 20-digit id) rather than an
 * amount or a count: a thousand billion, beyond any sales figure a spreadsheet holds.
 */
export const MAX_MAGNITUDE = MAX;

/**
 * Values of the cells `values[rowIndex[i]][col]`, NaN for blanks and unreadable text (an `unreadable_number` issue).
 * Placeholders (`\N`, `NULL`, `N/A`, `-`) are blanks, counted (`read_as_blank`); magnitudes of MAX_MAGNITUDE or more
 * are left out (`implausible_number`). A lone separator before three digits (`1,500`) is read in the decimal
 * convention the column's other cells show (`2,500.00`, `12,50`), else the locale's. For amounts, a percent is
 * unreadable (`percent_in_amount`); a currency written on fewer rows than the main one makes those rows NaN
 * (`mixed_currencies`), and a main currency other than the workbook's leaves its rows out (`foreign_currency`):
 * both blocking. Negatives are flagged.
 */
export function readNumberColumn(
  values: readonly (readonly unknown[])[],
  col: number,
  rowIndex: Int32Array,
  lang: Lang,
  amount: boolean,
  workbookCurrency: string,
  field: string,
  issues: IssueCollector,
): Float64Array {
  const n = rowIndex.length;
  const out = new Float64Array(n);
  const currencies: string[] = [];
  const tally: number[] = [];
  let currencyOf: Uint8Array | null = null;
  const memo = new Map<string, NumberParse>();
  let dots = 0;
  let commas = 0;
  const ambiguous: number[] = [];
  const tokens = new BlankTokens();
  for (let i = 0; i < n; i++) {
    const v = values[rowIndex[i]][col];
    if (typeof v === 'number') {
      if (isFiniteNumber(v) && v < MAX && v > -MAX) {
        out[i] = v;
        continue;
      }
      out[i] = NAN;
      issues.add(field, isFiniteNumber(v) ? 'implausible_number' : 'unreadable_number', rowIndex[i] + 1, true);
      continue;
    }
    if (v === '' || v === null || v === undefined) {
      out[i] = NAN;
      continue;
    }
    let parsed = typeof v === 'string' ? memo.get(v) : undefined;
    if (!parsed) {
      parsed = parseNumber(v, lang);
      if (typeof v === 'string' && memo.size < MEMO_LIMIT) memo.set(v, parsed);
    }
    out[i] = NAN;
    if (parsed.kind === 'number') {
      const row = rowIndex[i] + 1;
      if (parsed.value >= MAX || parsed.value <= -MAX) {
        issues.add(field, 'implausible_number', row, true);
        continue;
      }
      if (amount && parsed.percent) {
        issues.add(field, 'percent_in_amount', row, true);
        continue;
      }
      out[i] = parsed.value;
      if (parsed.decimal === DOT) dots++;
      else if (parsed.decimal === COMMA) commas++;
      else if (parsed.ambiguous) ambiguous.push(i);
      if (parsed.currency) {
        let code = currencies.indexOf(parsed.currency);
        if (code < 0) {
          code = currencies.push(parsed.currency) - 1;
          tally.push(0);
        }
        tally[code]++;
        if (!currencyOf) currencyOf = new Uint8Array(n);
        if (code < 255) currencyOf[i] = code + 1;
      }
    } else if (parsed.kind === 'error') {
      issues.add(field, 'unreadable_number', rowIndex[i] + 1, true);
    } else if (typeof v === 'string' && v.trim() !== '') {
      tokens.add(v.trim());
      issues.add(field, 'read_as_blank', rowIndex[i] + 1, false);
    }
  }
  if (tokens.seen.length > 0) issues.setDetail(field, 'read_as_blank', tokens.detail);
  if (ambiguous.length > 0) rereadAmbiguous(values, col, rowIndex, out, ambiguous, lang, dots, commas, field, issues);
  if (currencyOf) checkCurrencies(out, currencyOf, currencies, tally, rowIndex, workbookCurrency, field, issues);
  if (amount) {
    for (let i = 0; i < n; i++) if (out[i] < 0) issues.add(field, 'negative_amount', rowIndex[i] + 1, false);
  }
  return out;
}

/**
 * `1,500`-like cells read in the locale's convention: read again in the other one when the column's other cells
 * show it more often (`$2,500.00` beside `$1,500` under fr_FR: 1500, not 1.5); flagged when the column shows both.
 */
function rereadAmbiguous(
  values: readonly (readonly unknown[])[],
  col: number,
  rowIndex: Int32Array,
  out: Float64Array,
  ambiguous: readonly number[],
  lang: Lang,
  dots: number,
  commas: number,
  field: string,
  issues: IssueCollector,
): void {
  const localeComma = lang === 'fr';
  const comma = commas > dots || (commas === dots && localeComma);
  if (comma !== localeComma) {
    const other: Lang = lang === 'fr' ? 'en' : 'fr';
    for (const i of ambiguous) {
      const parsed = parseNumber(values[rowIndex[i]][col], other);
      out[i] = parsed.kind === 'number' ? parsed.value : NAN;
    }
  }
  if (dots > 0 && commas > 0) {
    for (const i of ambiguous) issues.add(field, 'ambiguous_decimal', rowIndex[i] + 1, false, comma ? 'comma' : 'dot');
  }
}

/**
 * Leaves out the rows written in another currency than the workbook's (or, without one, than the column's main one):
 * `mixed_currencies` when the main currency is the reference, `foreign_currency` (detail `USD/EUR`) when the column
 * is mostly in another one. Amounts are never converted, nor shown in a currency they were not written in.
 */
function checkCurrencies(
  out: Float64Array,
  currencyOf: Uint8Array,
  currencies: readonly string[],
  tally: readonly number[],
  rowIndex: Int32Array,
  workbookCurrency: string,
  field: string,
  issues: IssueCollector,
): void {
  let main = 0;
  for (let c = 1; c < currencies.length; c++) {
    if (tally[c] > tally[main] || (tally[c] === tally[main] && currencies[c] === workbookCurrency)) main = c;
  }
  const reference = workbookCurrency !== '' ? workbookCurrency : currencies[main];
  if (currencies.length === 1 && currencies[0] === reference) return;
  const mainIsReference = currencies[main] === reference;
  for (let i = 0; i < out.length; i++) {
    const code = currencyOf[i];
    if (code === 0) continue;
    const currency = currencies[code - 1];
    if (currency === reference) continue;
    out[i] = NAN;
    if (mainIsReference) issues.add(field, 'mixed_currencies', rowIndex[i] + 1, true, reference);
    else issues.add(field, 'foreign_currency', rowIndex[i] + 1, true, `${currency}/${reference}`);
  }
}
