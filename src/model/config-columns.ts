// Finds the mapped headers of a saved entity mapping in a header row: field id → 0-based column.

import type { EntityMapping } from './config';
import { normalizeText } from './normalize';

export interface ResolvedColumns {
  /** Field id → 0-based column. */
  readonly columns: Record<string, number>;
  /** Field ids whose header is not in the row. */
  readonly missing: string[];
  /** Mapped headers found more than once (the first one is used). */
  readonly duplicates: string[];
  /** Field id → extra 0-based columns read where the main one is blank. */
  readonly fallbacks: Record<string, number[]>;
}

/** Finds the mapped headers in a header row, comparing normalised text; with a duplicated header the first wins. */
export function resolveColumns(mapping: EntityMapping, headers: readonly unknown[]): ResolvedColumns {
  const first = new Map<string, number>();
  const seen = new Set<string>();
  const repeated = new Set<string>();
  headers.forEach((h, c) => {
    const key = typeof h === 'string' ? normalizeText(h) : '';
    if (key === '') return;
    if (first.has(key)) repeated.add(key);
    else first.set(key, c);
  });
  const columns: Record<string, number> = {};
  const missing: string[] = [];
  const duplicates: string[] = [];
  for (const [field, header] of Object.entries(mapping.fields)) {
    const key = normalizeText(header);
    const column = first.get(key);
    if (column === undefined) {
      missing.push(field);
      continue;
    }
    columns[field] = column;
    if (repeated.has(key) && !seen.has(key)) duplicates.push(header);
    seen.add(key);
  }
  const fallbacks: Record<string, number[]> = {};
  for (const [field, extra] of Object.entries(mapping.fallbacks ?? {})) {
    if (!(field in columns)) continue;
    const found = extra.map((h) => first.get(normalizeText(h))).filter((c): c is number => c !== undefined);
    if (found.length > 0) fallbacks[field] = found;
  }
  return { columns, missing, duplicates, fallbacks };
}
