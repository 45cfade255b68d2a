// How Sheets stores a value written by setValue(s): formulas for `=`, `+`, `-`, `@` input, text escapes, numbers.

import { type CellValue, isDateLike } from './cell-value';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export interface StoredCell {
  value: CellValue;
  formula: string;
}

/**
 * Parses one written value as Sheets parses typed input. `'x` stores the text `x`; a cell formatted `@` stores
 * strings exactly; `=...` is a formula; `+`/`-`/`@` followed by anything that is not a plain number is a formula
 * too (Sheets shows #ERROR! for `+33 6 12`); a plain number string becomes a number.
 */
export function parseInput(input: unknown, numberFormat: string): StoredCell {
  if (input === null || input === undefined || input === '') return { value: '', formula: '' };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : '#NUM!', formula: '' };
  if (typeof input === 'boolean') return { value: input, formula: '' };
  if (isDateLike(input)) return { value: new Date(input.getTime()), formula: '' };
  const text = typeof input === 'string' ? input : String(input);
  if (numberFormat === '@') return { value: text, formula: '' };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
  if (PLAIN_NUMBER.test(text.trim())) return { value: Number(text.trim()), formula: '' };
  if (text.length > 1 && (text[0] === '+' || text[0] === '-' || text[0] === '@')) {
    return { value: '', formula: `=${text}` };
  }
  return { value: text, formula: '' };
}
