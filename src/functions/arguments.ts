// Reads custom-function arguments as Sheets passes them: scalars, 2-D ranges, '' for blanks, Date objects, numbers as text.

import { UserError } from '../i18n';
import { parseNumber } from '../model/coerce-number';
import type { Lang } from '../model/settings';

export const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined;
export const is2D = (v: unknown): v is unknown[][] => Array.isArray(v) && (v.length === 0 || Array.isArray(v[0]));

export interface Summed {
  readonly total: number;
  /** Cells that held a number (0 means the argument was blank or an empty range). */
  readonly count: number;
}

/**
 * Sums a number or a range; blank cells are left out, numbers written as text in the workbook's convention
 * (`"10 000,00 €"`, `"12 %"`) are read as the table forms read them, any other text is an error naming the argument.
 */
export function sumArgument(fn: string, index: number, param: string, arg: unknown, lang: Lang = 'en'): Summed {
  let total = 0;
  let count = 0;
  const add = (v: unknown) => {
    if (isBlank(v)) return;
    if (typeof v === 'number' || typeof v === 'string') {
      const parsed = parseNumber(v, lang);
      if (parsed.kind === 'blank') return;
      if (parsed.kind === 'number') {
        total += parsed.value;
        count++;
        return;
      }
    }
    throw new UserError('err_not_a_number', { fn, index, param, value: String(v).slice(0, 40) });
  };
  if (Array.isArray(arg)) {
    for (const row of arg) {
      if (Array.isArray(row)) for (const v of row) add(v);
      else add(row);
    }
  } else add(arg);
  return { total, count };
}

/** Drops trailing blank arguments (an empty optional cell reference passes ''), keeping at least `keep`. */
export function trimTrailingBlanks(args: readonly unknown[], keep = 0): unknown[] {
  let end = args.length;
  while (end > keep && isBlank(args[end - 1])) end--;
  return args.slice(0, end);
}
