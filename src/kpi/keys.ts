// Text columns as integer codes: each distinct normalised value gets a code (blank = -1), cached per (table, field).

import { normalizeText } from '../model/normalize';
import type { Table } from '../model/table';
import { textColumn } from '../model/table';

export interface KeyCodes {
  /** Code of each row's value, -1 when blank. */
  readonly codes: Int32Array;
  /** Display spelling of each code (the first one met, trimmed). */
  readonly labels: readonly string[];
  /** Normalised value → code. */
  readonly byNorm: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Table, Map<string, KeyCodes>>();

/** The key codes of a text column, or undefined when the table has no such text column. */
export function keyCodes(table: Table, field: string): KeyCodes | undefined {
  const values = textColumn(table, field);
  if (!values) return undefined;
  let byField = cache.get(table);
  if (!byField) {
    byField = new Map();
    cache.set(table, byField);
  }
  let kc = byField.get(field);
  if (!kc) {
    kc = buildCodes(values);
    byField.set(field, kc);
  }
  return kc;
}

function buildCodes(values: readonly string[]): KeyCodes {
  const codes = new Int32Array(values.length);
  const labels: string[] = [];
  const byNorm = new Map<string, number>();
  const byRaw = new Map<string, number>();
  for (let i = 0; i < values.length; i++) {
    const raw = values[i];
    let code = byRaw.get(raw);
    if (code === undefined) {
      const norm = normalizeText(raw);
      if (!norm) code = -1;
      else {
        code = byNorm.get(norm);
        if (code === undefined) {
          code = labels.length;
          labels.push(raw.trim());
          byNorm.set(norm, code);
        }
      }
      byRaw.set(raw, code);
    }
    codes[i] = code;
  }
  return { codes, labels, byNorm };
}
