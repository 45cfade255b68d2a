// Text columns as integer codes: each distinct normalised value gets a code (blank = -1), cached per (table, field).

import { normalizeText } from '../model/normalize';
import type { DerivedColumn, Table } from '../model/table';
import { textColumn } from '../model/table';
import { StringIndex } from './string-index';
import { innerMap } from './inner-map';

export interface KeyCodes {
  /** Code of each row's value, -1 when blank. */
  readonly codes: Int32Array;
  /** Display spelling of each code (the first one met, trimmed). */
  readonly labels: readonly string[];
  /** Normalised value of each code. */
  readonly norms: readonly string[];
  /** Code of a normalised value, undefined when no row has it. */
  readonly codeOf: (norm: string) => number | undefined;
}

const cache = new WeakMap<Table, Map<string, KeyCodes>>();

/** Distinct texts up to which a row's text is looked up by comparison rather than by hash. */
const SMALL = 8;

/** The key codes of a text column (or of a column joined from a related table), or undefined when the table has none. */
export function keyCodes(table: Table, field: string): KeyCodes | undefined {
  const values = textColumn(table, field);
  const derived = values ? undefined : table.derived?.[field];
  if (!values && !derived) return undefined;
  const byField = innerMap(cache, table);
  let kc = byField.get(field);
  if (!kc) {
    kc = values ? buildCodes(values) : fromDerived(derived as DerivedColumn);
    byField.set(field, kc);
  }
  return kc;
}

/** Key codes of a joined column: its codes as they are, with a lookup from normalised value to code. */
function fromDerived(column: DerivedColumn): KeyCodes {
  const index = new Map<string, number>();
  column.norms.forEach((norm, code) => {
    index.set(norm, code);
  });
  return { codes: column.codes, labels: column.labels, norms: column.norms, codeOf: (norm) => index.get(norm) };
}

/** Lets `to` (a copy of `from` with more columns) reuse the codes already built for `from`. */
export function shareKeyCodes(from: Table, to: Table): void {
  const byField = cache.get(from);
  if (byField && !cache.has(to)) cache.set(to, new Map(byField));
}

/**
 * Two passes: each row gets the number of its distinct raw text, then each distinct text is normalised once and
 * numbered among the normalised texts; codes and labels follow the order in which values first appear.
 */
function buildCodes(values: readonly string[]): KeyCodes {
  const n = values.length;
  const raws = new StringIndex();
  const codes = new Int32Array(n); // first each row's raw text number, then its code
  const strings = raws.strings;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    // while the column has at most SMALL distinct texts, a comparison with each finds the number without hashing
    let code = -1;
    if (strings.length <= SMALL) {
      for (let r = 0; r < strings.length; r++) {
        if (strings[r] === v) {
          code = r;
          break;
        }
      }
    }
    codes[i] = code >= 0 ? code : raws.add(v);
  }
  const codeOfRaw = new Int32Array(raws.size);
  const labels: string[] = [];
  const norms = new StringIndex();
  for (let r = 0; r < raws.size; r++) {
    const norm = normalizeText(raws.strings[r]);
    if (!norm) codeOfRaw[r] = -1;
    else {
      const code = norms.add(norm);
      if (code === labels.length) labels.push(raws.strings[r].trim());
      codeOfRaw[r] = code;
    }
  }
  for (let i = 0; i < n; i++) codes[i] = codeOfRaw[codes[i]];
  return { codes, labels, norms: norms.strings, codeOf: (norm) => norms.get(norm) };
}
