// Finds saved mappings that no longer fit the workbook (sheet or header renamed/removed) and suggests the fix.

import { t } from '../i18n';
import type { EntityMapping, SavedConfig } from './config';
import { resolveColumns } from './config-columns';
import { ENTITY_IDS, type EntityId, entityDef, fieldDef } from './entities';
import { entityEvidence, fieldScore } from './header-match';
import { headerText, phraseScore, toPhrase } from './header-phrase';
import type { Lang } from './settings';
import { textSimilarity } from './text-similarity';

export interface ConfigProblem {
  /** `sheet_missing`: the sheet is gone or renamed; `header_missing`: a mapped header is gone or renamed;
   *  `header_duplicate`: a mapped header appears twice (the first column is read). */
  readonly kind: 'sheet_missing' | 'header_missing' | 'header_duplicate';
  readonly entity: EntityId;
  /** The field concerned (header problems only). */
  readonly field?: string;
  /** The sheet of the saved mapping. */
  readonly sheet: string;
  /** The sheet name or header text that is no longer found (or is duplicated). */
  readonly missing: string;
  /** The sheet name or header text to use instead, when one fits. */
  readonly suggestion?: string;
}

export interface SheetHeaders {
  readonly name: string;
  readonly headers: readonly unknown[];
}

const SUGGEST_MIN = 0.5;

/** The header of `headers` (not in `taken`) that best replaces `old` for `field`, or undefined. */
function suggestHeader(entity: EntityId, field: string, old: string, headers: readonly unknown[], taken: Set<number>) {
  const def = entityDef(entity);
  const fieldIndex = def.fields.findIndex((f) => f.id === field);
  const oldPhrase = toPhrase(old);
  let best: { header: string; score: number } | undefined;
  headers.forEach((h, c) => {
    const header = headerText(h);
    if (header === '' || taken.has(c)) return;
    const p = toPhrase(header);
    const bySynonym = fieldIndex >= 0 ? fieldScore(def, fieldIndex, p) : 0;
    const score = Math.max(bySynonym, textSimilarity(old, header), phraseScore(p, oldPhrase), phraseScore(oldPhrase, p));
    if (score >= SUGGEST_MIN && (!best || score > best.score)) best = { header, score };
  });
  return best?.header;
}

/** The sheet (not used by another mapping) whose headers best fit a mapping whose sheet is gone. */
function suggestSheet(entity: EntityId, mapping: EntityMapping, sheets: readonly SheetHeaders[], taken: Set<string>) {
  const wanted = Object.values(mapping.fields);
  let best: { name: string; score: number } | undefined;
  for (const sheet of sheets) {
    if (taken.has(sheet.name)) continue;
    const found = wanted.length === 0 ? 0 : Object.keys(resolveColumns(mapping, sheet.headers).columns).length / wanted.length;
    const phrases = sheet.headers.map(toPhrase);
    const ev = entityEvidence(entityDef(entity), sheet.name, phrases, sheet.headers);
    const score = Math.max(found, ev.plausible ? ev.confidence : 0);
    if (score >= SUGGEST_MIN && (!best || score > best.score)) best = { name: sheet.name, score };
  }
  return best?.name;
}

/** Every way the saved mappings no longer fit the given sheets (each with its header row), with suggested fixes. */
export function checkConfig(config: SavedConfig, sheets: readonly SheetHeaders[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const taken = new Set<string>();
  for (const id of ENTITY_IDS) {
    const m = config.entities[id];
    if (m && byName.has(m.sheet)) taken.add(m.sheet);
  }
  for (const entity of ENTITY_IDS) {
    const mapping = config.entities[entity];
    if (!mapping) continue;
    const sheet = byName.get(mapping.sheet);
    if (!sheet) {
      const suggestion = suggestSheet(entity, mapping, sheets, taken);
      problems.push({ kind: 'sheet_missing', entity, sheet: mapping.sheet, missing: mapping.sheet, ...(suggestion ? { suggestion } : {}) });
      continue;
    }
    const resolved = resolveColumns(mapping, sheet.headers);
    const usedColumns = new Set(Object.values(resolved.columns));
    for (const field of resolved.missing) {
      const old = mapping.fields[field];
      const suggestion = suggestHeader(entity, field, old, sheet.headers, usedColumns);
      problems.push({ kind: 'header_missing', entity, field, sheet: mapping.sheet, missing: old, ...(suggestion ? { suggestion } : {}) });
    }
    for (const header of resolved.duplicates) {
      const field = Object.keys(mapping.fields).find((f) => mapping.fields[f] === header);
      problems.push({ kind: 'header_duplicate', entity, ...(field ? { field } : {}), sheet: mapping.sheet, missing: header });
    }
  }
  return problems;
}

/** One sentence telling a person what is wrong and what to do, in their language. */
export function describeProblem(lang: Lang, p: ConfigProblem): string {
  const entity = entityDef(p.entity).label[lang];
  const field = p.field ? (fieldDef(p.entity, p.field)?.label[lang] ?? p.field) : '';
  const params = { entity, field, sheet: p.sheet, missing: p.missing, suggestion: p.suggestion ?? '' };
  if (p.kind === 'sheet_missing') {
    return t(lang, p.suggestion ? 'config_sheet_missing_suggest' : 'config_sheet_missing', params);
  }
  if (p.kind === 'header_missing') {
    return t(lang, p.suggestion ? 'config_header_missing_suggest' : 'config_header_missing', params);
  }
  return t(lang, 'config_header_duplicate', params);
}
