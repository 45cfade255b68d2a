// Reads a related table (accounts, sales teams, products) for a lookup: its key column and the columns it brings, as codes.

import { dayKey } from './days';
import { isDateObject } from './is-date';
import { type Lookup, lookupFieldName } from './lookup';
import { normalizeText } from './normalize';
import type { DerivedColumn } from './table';

/**
 * One column a related table brings: a code per related row (-1 for blank), the spelling and normalised value per
 * code, its header as written in the related sheet and its canonical segment field (`accounts.sector`).
 */
export interface RelatedColumn extends DerivedColumn {
  readonly name: string;
}

export interface RelatedTable {
  readonly sheet: string;
  readonly key: string;
  /** Normalised key → row of the related table (the first row when a key is repeated). */
  readonly rowOf: ReadonlyMap<string, number>;
  readonly columns: readonly RelatedColumn[];
  /** Keys found on more than one row (first ones only): the first row's values are used. */
  readonly repeatedKeys: readonly string[];
  /** Headers of the lookup (key or brought column) not found on the header row. */
  readonly missing: readonly string[];
}

/** The text of a cell as a person reads it (dates as `YYYY-MM-DD` in UTC: related tables hold labels, not instants). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (isDateObject(v)) return Number.isNaN(v.getTime()) ? '' : dayKey(Math.floor(v.getTime() / 86400000));
  return String(v);
}

const REPEATED_EXAMPLES = 5;

/**
 * Reads the related table of `lookup` from the whole sheet `values` (as `getValues` returns it). Headers are compared
 * normalised; a missing key header gives a table with no rows and `missing` naming it.
 */
export function readRelated(lookup: Lookup, values: readonly (readonly unknown[])[]): RelatedTable {
  const headers = (values[lookup.headerRow - 1] ?? []).map((h) => normalizeText(cellText(h)));
  const find = (header: string) => headers.indexOf(normalizeText(header));
  const keyCol = find(lookup.key);
  const missing = [lookup.key, ...lookup.columns].filter((h) => find(h) < 0);
  const rowOf = new Map<string, number>();
  const repeated: string[] = [];
  const rows: number[] = [];
  if (keyCol >= 0) {
    for (let r = lookup.headerRow; r < values.length; r++) {
      const key = normalizeText(cellText(values[r]?.[keyCol]));
      if (!key) continue;
      if (rowOf.has(key)) {
        if (repeated.length < REPEATED_EXAMPLES && !repeated.includes(key)) repeated.push(cellText(values[r][keyCol]));
        continue;
      }
      rowOf.set(key, rows.length);
      rows.push(r);
    }
  }
  const columns: RelatedColumn[] = [];
  for (const header of lookup.columns) {
    const col = find(header);
    if (col < 0 || col === keyCol) continue;
    const codes = new Int32Array(rows.length);
    const labels: string[] = [];
    const norms: string[] = [];
    const codeOf = new Map<string, number>();
    const codeOfRaw = new Map<unknown, number>(); // label columns repeat a few values: each is normalised once
    rows.forEach((r, i) => {
      const raw = values[r][col];
      let code = codeOfRaw.get(raw);
      if (code === undefined) {
        const text = cellText(raw);
        const norm = normalizeText(text);
        code = norm ? codeOf.get(norm) : -1;
        if (code === undefined) {
          code = labels.length;
          codeOf.set(norm, code);
          labels.push(text);
          norms.push(norm);
        }
        if (typeof raw !== 'object') codeOfRaw.set(raw, code);
      }
      codes[i] = code;
    });
    columns.push({ header: String(header).trim(), name: lookupFieldName(lookup.sheet, header), codes, labels, norms });
  }
  return { sheet: lookup.sheet, key: lookup.key, rowOf, columns, repeatedKeys: repeated, missing };
}
