// Fields some CRMs split over two columns (Pipedrive's close date is "Won time" or "Lost time"): the extra columns.

import type { EntityId } from './entities';
import type { FieldMatch } from './header-match';
import { type Phrase, toPhrase } from './header-phrase';

/**
 * For a field, groups of header words of which a CRM fills exactly one per row. When the field is matched to a
 * column naming one member of a group, the columns naming the other members are read where that cell is blank.
 */
const SPLIT_FIELDS: Partial<Record<EntityId, Readonly<Record<string, readonly (readonly string[])[]>>>> = {
  deals: {
    closed: [
      ['won time', 'lost time'],
      ['won date', 'lost date'],
      ['date won', 'date lost'],
      ['date de gain', 'date de perte'],
      ['date gagne', 'date perdu'],
    ],
  },
};

let groupCache: Map<string, Phrase[][]> | null = null;

function groupsFor(entity: EntityId, field: string): Phrase[][] {
  if (!groupCache) groupCache = new Map();
  const key = `${entity}.${field}`;
  let groups = groupCache.get(key);
  if (!groups) {
    groups = (SPLIT_FIELDS[entity]?.[field] ?? []).map((g) => g.map(toPhrase));
    groupCache.set(key, groups);
  }
  return groups;
}

function contains(header: Phrase, words: Phrase): boolean {
  const h = ` ${header.core.join(' ')} `;
  return words.core.length > 0 && h.includes(` ${words.core.join(' ')} `);
}

/**
 * Extra columns to read for matched fields that the export splits in two: field id → 0-based columns, in order.
 * Columns already matched to another field are never taken.
 */
export function splitColumns(entity: EntityId, headers: readonly unknown[], matches: readonly FieldMatch[]): Record<string, number[]> {
  const used = new Set(matches.map((m) => m.column));
  const phrases = headers.map(toPhrase);
  const out: Record<string, number[]> = {};
  for (const m of matches) {
    for (const group of groupsFor(entity, m.field)) {
      const own = group.findIndex((words) => contains(phrases[m.column], words));
      if (own < 0) continue;
      const extra: number[] = [];
      group.forEach((words, i) => {
        if (i === own) return;
        const column = phrases.findIndex((p, c) => !used.has(c) && contains(p, words));
        if (column >= 0) {
          extra.push(column);
          used.add(column);
        }
      });
      if (extra.length > 0) out[m.field] = extra;
      break;
    }
  }
  return out;
}

function isBlankCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * The values with each blank cell of a split field filled from its fallback columns, data rows only (after
 * `headerRow`, 1-based). Rows are copied only where a cell changes; the input is left as it was. Call it before
 * parsing a table whose mapping has `fallbacks`.
 */
export function fillFromFallbacks(
  values: readonly (readonly unknown[])[],
  columns: Readonly<Record<string, number>>,
  fallbacks: Readonly<Record<string, readonly number[]>> | undefined,
  headerRow: number,
): readonly (readonly unknown[])[] {
  const pairs = Object.entries(fallbacks ?? {}).filter(([f, extra]) => columns[f] !== undefined && extra.length > 0);
  if (pairs.length === 0) return values;
  const out = values.slice();
  for (let r = Math.max(0, headerRow); r < out.length; r++) {
    let row: unknown[] | null = null;
    for (const [field, extra] of pairs) {
      const main = columns[field];
      if (!isBlankCell(out[r][main])) continue;
      const from = extra.find((c) => !isBlankCell(out[r][c]));
      if (from === undefined) continue;
      if (!row) row = out[r].slice();
      row[main] = out[r][from];
      out[r] = row;
    }
  }
  return out;
}
