// Reads custom-function arguments as Sheets passes them: scalars, 2-D ranges, '' for blanks, Date objects.

import { UserError } from '../i18n';

export const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined;
export const is2D = (v: unknown): v is unknown[][] => Array.isArray(v) && (v.length === 0 || Array.isArray(v[0]));

/** Sums a number or a range; blanks are ignored, text is an error naming the argument. */
export function sumArgument(fn: string, index: number, param: string, arg: unknown): number {
  let total = 0;
  const add = (v: unknown) => {
    if (isBlank(v)) return;
    if (typeof v === 'number' && Number.isFinite(v)) {
      total += v;
      return;
    }
    if (typeof v === 'boolean') throw new UserError('err_not_a_number', { fn, index, param, value: String(v) });
    throw new UserError('err_not_a_number', { fn, index, param, value: String(v).slice(0, 40) });
  };
  if (Array.isArray(arg)) {
    for (const row of arg) {
      if (Array.isArray(row)) for (const v of row) add(v);
      else add(row);
    }
  } else add(arg);
  return total;
}

/** Drops trailing blank arguments (an empty optional cell reference passes ''). */
export function trimTrailingBlanks(args: readonly unknown[]): unknown[] {
  let end = args.length;
  while (end > 0 && isBlank(args[end - 1])) end--;
  return args.slice(0, end);
}
