// Finds a table's header row, or notices it has none: a first row of data (`Closed Lost`, 2000, a date) is no header.

import { newDateScan, scanDate } from './coerce-date';
import { parseNumber } from './coerce-number';
import { detectHeaderRow } from './header-match';
import { isDateObject } from './is-date';

/** Rows below a candidate header in which its texts are looked for (a data label repeats in its column; a header not). */
const RECUR_ROWS = 30;

const utcDay = (ms: number) => Math.floor(ms / 86400000);

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A number, a date or a yes/no value, typed or written as text: what data cells hold and header cells do not. */
function isValueCell(v: unknown, scan = newDateScan()): boolean {
  if (typeof v === 'number' || typeof v === 'boolean' || isDateObject(v)) return true;
  if (typeof v !== 'string') return false;
  const text = v.trim();
  if (parseNumber(text).kind === 'number') return true;
  const kind = scanDate(text, utcDay, scan).kind;
  return kind === 'day' || kind === 'pair';
}

/**
 * Whether row `r` (0-based) reads as data: at least half of its cells (and two) are numbers or dates, or texts that
 * recur in the same column below (stage labels, owners).
 */
export function looksLikeDataRow(values: readonly (readonly unknown[])[], r: number): boolean {
  const row = values[r] ?? [];
  const scan = newDateScan();
  let cells = 0;
  let dataLike = 0;
  const last = Math.min(values.length, r + 1 + RECUR_ROWS);
  row.forEach((v, c) => {
    if (isBlank(v)) return;
    cells++;
    if (isValueCell(v, scan)) {
      dataLike++;
      return;
    }
    const text = String(v).trim();
    for (let k = r + 1; k < last; k++) {
      const below = values[k]?.[c];
      if (typeof below === 'string' && below.trim() === text) {
        dataLike++;
        return;
      }
    }
  });
  return cells > 0 && dataLike >= Math.max(2, Math.ceil(cells / 2));
}

export interface HeaderRow {
  /** 1-based row of the header; when `found` is false, the row the data starts on. */
  readonly row: number;
  /** False when the range has no header row: its first rows already hold data. */
  readonly found: boolean;
}

/** The header row among the first ten (see `detectHeaderRow`), or the notice that the table starts with data. */
export function findHeaderRow(values: readonly (readonly unknown[])[]): HeaderRow {
  const row = detectHeaderRow(values);
  if (values.length === 0 || !looksLikeDataRow(values, row - 1)) return { row, found: true };
  let first = 0;
  while (first < values.length && (values[first] ?? []).every(isBlank)) first++;
  return { row: first + 1, found: false };
}
