// Proposes lookups from the sheets' contents: a mapped text column whose values are mostly keys of another sheet.

import type { SavedConfig } from './config';
import { resolveColumns } from './config-columns';
import { ENTITY_IDS, fieldDef } from './entities';
import { detectHeaderRow } from './header-match';
import type { Lookup } from './lookup';
import { cellText } from './lookup-related';
import { normalizeText } from './normalize';

type Values = readonly (readonly unknown[])[];

export interface SheetSample {
  readonly name: string;
  /** The sheet's first rows (a few hundred are enough). */
  readonly values: Values;
}

/** Share of a column's distinct values that must be keys of the related sheet. */
export const MIN_COVERAGE = 0.8;
/** A key column repeats almost no value. */
const MIN_UNIQUE = 0.95;
/** A column brought for segments: filled on at least half the rows, with a few repeated labels, not numbers. */
const MIN_FILLED = 0.5;
const MAX_LABELS = 50;
const MAX_LABEL_SHARE = 0.6;
const MAX_COLUMNS = 8;
/** Dashboard tabs this add-on writes (`KPI 2024-03`): never a related table. */
const OWN_OUTPUT_SHEET = /^kpi \d{4}/i;
const NUMBER_TEXT = /^[\s\d.,%€$£+-]*\d[\s\d.,%€$£+-]*$/;

/** Distinct normalised texts of column `col` below the header row. */
export function distinctKeys(values: Values, headerRow: number, col: number): Set<string> {
  const out = new Set<string>();
  for (let r = headerRow; r < values.length; r++) {
    const norm = normalizeText(cellText(values[r]?.[col]));
    if (norm) out.add(norm);
  }
  return out;
}

/** Share of `keys` found in a column, when that column is a key (non-blank values nearly all distinct). */
function keyCoverage(values: Values, headerRow: number, col: number, keys: ReadonlySet<string>): number {
  let filled = 0;
  const seen = new Set<string>();
  for (let r = headerRow; r < values.length; r++) {
    const norm = normalizeText(cellText(values[r]?.[col]));
    if (!norm) continue;
    filled++;
    seen.add(norm);
  }
  if (seen.size < 2 || seen.size < MIN_UNIQUE * filled) return 0;
  let found = 0;
  for (const k of keys) if (seen.has(k)) found++;
  return found < 2 ? 0 : found / keys.size;
}

/** The column of `values` whose keys cover most of `keys` (at least MIN_COVERAGE), or null. */
export function findKeyColumn(values: Values, headerRow: number, keys: ReadonlySet<string>): { col: number; coverage: number } | null {
  if (keys.size < 2) return null;
  const width = (values[headerRow - 1] ?? []).length;
  let best: { col: number; coverage: number } | null = null;
  for (let col = 0; col < width; col++) {
    const coverage = keyCoverage(values, headerRow, col, keys);
    if (coverage >= MIN_COVERAGE && (!best || coverage > best.coverage)) best = { col, coverage };
  }
  return best;
}

/** Whether a column suits a segment: mostly filled, a few repeated text labels (not numbers, not dates). */
export function isLabelColumn(values: Values, headerRow: number, col: number): boolean {
  let rows = 0;
  let filled = 0;
  let numeric = 0;
  const labels = new Set<string>();
  for (let r = headerRow; r < values.length; r++) {
    const row = values[r];
    if (!row || row.every((v) => cellText(v) === '')) continue;
    rows++;
    const v = row[col];
    const text = cellText(v);
    if (!text) continue;
    filled++;
    if (typeof v !== 'string' || NUMBER_TEXT.test(text)) numeric++;
    labels.add(normalizeText(text));
  }
  if (filled < MIN_FILLED * rows || numeric > filled / 2) return false;
  return labels.size >= 2 && labels.size <= Math.min(MAX_LABELS, Math.max(2, MAX_LABEL_SHARE * filled));
}

/** Headers of the label columns of a related sheet, key column excepted. */
export function labelColumns(values: Values, headerRow: number, keyCol: number): string[] {
  const headers = values[headerRow - 1] ?? [];
  const out: string[] = [];
  headers.forEach((h, col) => {
    const header = cellText(h);
    if (col === keyCol || !header || out.length >= MAX_COLUMNS || !isLabelColumn(values, headerRow, col)) return;
    if (!out.some((o) => normalizeText(o) === normalizeText(header))) out.push(header);
  });
  return out;
}

/**
 * Lookups proposed for `config`: for each mapped text field of each mapped entity (ids included), the other sheet
 * holding a key column that covers most of its values, with that sheet's label columns. The related sheet may itself
 * be mapped (customers as the related table of deals.customer) or not (an accounts, sales-teams or products sheet).
 */
export function detectLookups(sheets: readonly SheetSample[], config: SavedConfig): Lookup[] {
  const lookups: Lookup[] = [];
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const headerRows = new Map<string, number>();
  const headerRowOf = (s: SheetSample) => {
    let row = headerRows.get(s.name);
    if (row === undefined) {
      row = detectHeaderRow(s.values);
      headerRows.set(s.name, row);
    }
    return row;
  };
  for (const entity of ENTITY_IDS) {
    const mapping = config.entities[entity];
    const own = mapping && byName.get(mapping.sheet);
    if (!mapping || !own) continue;
    const { columns } = resolveColumns(mapping, own.values[mapping.headerRow - 1] ?? []);
    for (const [field, col] of Object.entries(columns)) {
      if (fieldDef(entity, field)?.type !== 'text') continue;
      const keys = distinctKeys(own.values, mapping.headerRow, col);
      let best: { lookup: Lookup; coverage: number } | null = null;
      for (const other of sheets) {
        if (other.name === mapping.sheet || OWN_OUTPUT_SHEET.test(other.name.trim())) continue;
        const headerRow = headerRowOf(other);
        const key = findKeyColumn(other.values, headerRow, keys);
        if (!key || (best && key.coverage <= best.coverage)) continue;
        const brought = labelColumns(other.values, headerRow, key.col);
        if (brought.length === 0) continue;
        const keyHeader = cellText(other.values[headerRow - 1]?.[key.col]);
        best = { lookup: { entity, field, sheet: other.name, headerRow, key: keyHeader, columns: brought }, coverage: key.coverage };
      }
      if (best) lookups.push(best.lookup);
    }
  }
  return lookups;
}
