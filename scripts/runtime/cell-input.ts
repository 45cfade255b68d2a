// How Sheets stores a value written by setValue(s): formulas for `=`, `+`, `-`, `@` input, text escapes, numbers.

import { dayFromCivil, isValidCivil } from '../../src/model/days';
import { midnightIn } from '../../src/model/timezone';
import { type CellValue, isDateLike } from './cell-value';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface StoredCell {
  value: CellValue;
  formula: string;
}

/**
 * Parses one written value as Sheets parses typed input. `'x` stores the text `x`; a cell formatted `@` stores
 * strings exactly; `=...` is a formula; `+`/`-`/`@` followed by anything that is not a plain number is a formula
 * too (Sheets shows #ERROR! for `+33 6 12`); a plain number string becomes a number, `12%` becomes 0.12,
 * `TRUE`/`FALSE` booleans and `YYYY-MM-DD` a date at midnight in the spreadsheet zone. Other text (including
 * locale dates such as `15/03/2024`, which real Sheets may also parse) is kept as text.
 */
export function parseInput(input: unknown, numberFormat: string, timeZone = 'UTC'): StoredCell {
  if (input === null || input === undefined || input === '') return { value: '', formula: '' };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : '#NUM!', formula: '' };
  if (typeof input === 'boolean') return { value: input, formula: '' };
  if (isDateLike(input)) return { value: new Date(input.getTime()), formula: '' };
  const text = typeof input === 'string' ? input : String(input);
  if (numberFormat === '@') return { value: text, formula: '' };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) return { value: Number(trimmed), formula: '' };
  if (PERCENT.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100, formula: '' };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: '' };
  const iso = ISO_DATE.exec(trimmed);
  if (iso && isValidCivil(Number(iso[1]), Number(iso[2]), Number(iso[3]))) {
    return { value: midnightIn(timeZone, dayFromCivil(Number(iso[1]), Number(iso[2]), Number(iso[3]))), formula: '' };
  }
  if (text.length > 1 && (text[0] === '+' || text[0] === '-' || text[0] === '@')) {
    return { value: '', formula: `=${text}` };
  }
  return { value: text, formula: '' };
}
