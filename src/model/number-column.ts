// Reads a whole number or amount column: fast path for numbers, currencies tallied to catch a mixed minority.

import { type NumberParse, parseNumber } from './coerce-number';
import type { IssueCollector } from './column-issues';
import type { Lang } from './settings';

// Module constants: global lookups are slow in hot loops under some hosts (vm sandboxes such as jest's).
const NAN = Number.NaN;
const isFiniteNumber = Number.isFinite;

/** Distinct number texts remembered per column. */
const MEMO_LIMIT = 100000;

/**
 * Values of the cells `values[rowIndex[i]][col]`, NaN for blanks and unreadable text (an `unreadable_number` issue).
 * For amounts, a currency written on fewer rows than the main one makes those rows NaN (`mixed_currencies`,
 * blocking; the main currency is the most written one, the workbook's on a tie), and negatives are flagged.
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
  for (let i = 0; i < n; i++) {
    const v = values[rowIndex[i]][col];
    if (typeof v === 'number') {
      if (isFiniteNumber(v)) {
        out[i] = v;
        continue;
      }
      out[i] = NAN;
      issues.add(field, 'unreadable_number', rowIndex[i] + 1, true);
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
    if (parsed.kind === 'number') {
      out[i] = parsed.value;
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
    } else {
      out[i] = NAN;
      if (parsed.kind === 'error') issues.add(field, 'unreadable_number', rowIndex[i] + 1, true);
    }
  }
  if (currencyOf && currencies.length > 1) {
    let main = 0;
    for (let c = 1; c < currencies.length; c++) {
      if (tally[c] > tally[main] || (tally[c] === tally[main] && currencies[c] === workbookCurrency)) main = c;
    }
    for (let i = 0; i < n; i++) {
      const code = currencyOf[i];
      if (code !== 0 && code !== main + 1) {
        out[i] = NAN;
        issues.add(field, 'mixed_currencies', rowIndex[i] + 1, true, currencies[main]);
      }
    }
  }
  if (amount) {
    for (let i = 0; i < n; i++) if (out[i] < 0) issues.add(field, 'negative_amount', rowIndex[i] + 1, false);
  }
  return out;
}
