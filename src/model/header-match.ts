// Matches sheet headers to entity fields by synonyms (exact first, then contained), confirmed by the columns' contents.

import type { ColumnSample } from './detect-content';
import { isDateObject } from './is-date';
import { ENTITIES, type EntityDef, type EntityId, entityDef } from './entities';
import { ENTITY_HINTS } from './entity-hints';
import { headerText, indexOfRun, type Phrase, phraseScore, toPhrase } from './header-phrase';

export { headerText, type Phrase, phraseScore, toPhrase } from './header-phrase';

export interface FieldMatch {
  readonly field: string;
  /** 0-based column of the header. */
  readonly column: number;
  /** The header as written in the sheet (trimmed). */
  readonly header: string;
  /** 1 for an exact synonym, lower for a synonym contained in the header (or the header in a synonym). */
  readonly score: number;
}

/** Pairs scoring below this are never proposed. */
export const MATCH_THRESHOLD = 0.55;

/** Synonyms that are a second choice (an expected date; half of a date split in two columns), with their weight. */
const WEAK_SYNONYMS: Readonly<Record<string, number>> = {
  'expected close date': 0.8,
  'est close date': 0.8,
  'estimated close date': 0.8,
  'date de cloture prevue': 0.8,
  'fecha de cierre esperada': 0.8,
  'date won': 0.95,
  // Salesforce's ExpectedRevenue is the amount times the probability; Odoo's is the amount.
  'expected revenue': 0.9,
  'won time': 0.95,
  'won date': 0.95,
  'date de gain': 0.95,
};

const synonymCache = new Map<EntityId, readonly { phrase: Phrase; weight: number }[][]>();

function synonymsOf(entity: EntityDef): readonly { phrase: Phrase; weight: number }[][] {
  let cached = synonymCache.get(entity.id);
  if (!cached) {
    cached = entity.fields.map((field) =>
      field.synonyms.map((s) => {
        const phrase = toPhrase(s);
        return { phrase, weight: WEAK_SYNONYMS[phrase.text] ?? 1 };
      }),
    );
    synonymCache.set(entity.id, cached);
  }
  return cached;
}

const indexCache = new Map<EntityId, Map<string, number[]>>();

/** Word of a synonym (and `=` + its one-word form) → the fields having such a synonym, to skip hopeless pairs. */
function tokenIndex(entity: EntityDef): Map<string, number[]> {
  let index = indexCache.get(entity.id);
  if (index) return index;
  const built = new Map<string, number[]>();
  const add = (key: string, f: number) => {
    const list = built.get(key);
    if (!list) built.set(key, [f]);
    else if (list[list.length - 1] !== f) list.push(f);
  };
  synonymsOf(entity).forEach((synonyms, f) => {
    for (const { phrase } of synonyms) {
      add(`=${phrase.compact}`, f);
      for (const word of phrase.core) add(word, f);
    }
  });
  indexCache.set(entity.id, built);
  index = built;
  return index;
}

/** Best score of a header against the synonyms of field number `fieldIndex` of `entity`. */
export function fieldScore(entity: EntityDef, fieldIndex: number, header: Phrase): number {
  let best = 0;
  for (const syn of synonymsOf(entity)[fieldIndex]) {
    const score = phraseScore(header, syn.phrase) * syn.weight;
    if (score > best) best = score;
  }
  return best;
}

/** Candidate (field, column) pairs whose header fits, best first; cached per header row (ranges are re-read often). */
type Pair = { readonly f: number; readonly c: number; readonly score: number };
const pairCache = new Map<string, readonly Pair[]>();
const PAIR_CACHE_SIZE = 512;

function candidatePairs(entity: EntityDef, phrases: readonly Phrase[]): readonly Pair[] {
  const key = `${entity.id}\u0001${phrases.map((p) => p.text).join('\u0002')}`;
  let pairs = pairCache.get(key);
  if (pairs) return pairs;
  const out: Pair[] = [];
  const index = tokenIndex(entity);
  phrases.forEach((p, c) => {
    if (p.text === '') return;
    // Only fields with a synonym sharing a word with the header (or its one-word form) can score above zero.
    const fields = new Set<number>(index.get(`=${p.compact}`) ?? []);
    for (const word of p.core) for (const f of index.get(word) ?? []) fields.add(f);
    for (const f of fields) {
      const score = fieldScore(entity, f, p);
      if (score >= MATCH_THRESHOLD) out.push({ f, c, score });
    }
  });
  out.sort((a, b) => b.score - a.score || a.f - b.f || a.c - b.c);
  if (pairCache.size >= PAIR_CACHE_SIZE) pairCache.clear();
  pairCache.set(key, out);
  pairs = out;
  return pairs;
}

/** A column whose header fits a field but whose contents do not (a Y/N `CLOSED` column for the close date). */
export interface RejectedMatch {
  readonly field: string;
  readonly column: number;
  readonly header: string;
  readonly reason: 'no_dates' | 'no_numbers' | 'not_labels';
}

/**
 * Matches pre-normalised headers: best pairs first, each field and each column used at most once. With a sample of
 * the rows, each pair's score is weighed by how well the column's contents fit the field, and a column whose
 * contents cannot hold the field (no dates for a date) is refused and listed in `rejected`.
 */
export function matchWithContent(
  entity: EntityDef,
  phrases: readonly Phrase[],
  headers: readonly unknown[],
  sample?: ColumnSample,
): { matches: FieldMatch[]; rejected: RejectedMatch[] } {
  const rejected: RejectedMatch[] = [];
  let pairs = candidatePairs(entity, phrases);
  if (sample) {
    const weighed: Pair[] = [];
    for (const pair of pairs) {
      const type = entity.fields[pair.f].type;
      const fit = sample.fit(type, pair.c);
      if (fit > 0) weighed.push({ f: pair.f, c: pair.c, score: pair.score * fit });
      else {
        const reason = sample.refusal(type, pair.c) || 'not_labels';
        rejected.push({ field: entity.fields[pair.f].id, column: pair.c, header: headerText(headers[pair.c]), reason });
      }
    }
    pairs = weighed.sort((a, b) => b.score - a.score || a.f - b.f || a.c - b.c);
  }
  const usedFields = new Set<number>();
  const usedColumns = new Set<number>();
  const out: FieldMatch[] = [];
  for (const pair of pairs) {
    if (usedFields.has(pair.f) || usedColumns.has(pair.c)) continue;
    usedFields.add(pair.f);
    usedColumns.add(pair.c);
    out.push({ field: entity.fields[pair.f].id, column: pair.c, header: headerText(headers[pair.c]), score: round(pair.score) });
  }
  const found = new Set(out.map((m) => m.field));
  return { matches: out.sort((a, b) => a.column - b.column), rejected: rejected.filter((r) => !found.has(r.field)) };
}

/** Refused columns grouped by field id, keys prefixed (`deals.` gives `deals.closed`). */
export function rejectedByField(rejected: readonly RejectedMatch[], prefix = ''): Record<string, RejectedMatch[]> {
  const out: Record<string, RejectedMatch[]> = {};
  for (const r of rejected) {
    const key = prefix + r.field;
    const list = out[key] ?? [];
    list.push(r);
    out[key] = list;
  }
  return out;
}

/** Matches pre-normalised headers by their text only (see `matchWithContent`). */
export function matchPhrases(entity: EntityDef, phrases: readonly Phrase[], headers: readonly unknown[], sample?: ColumnSample): FieldMatch[] {
  return matchWithContent(entity, phrases, headers, sample).matches;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Which column holds each field of `entity`, from the header texts; fields with no good header are left out. */
export function matchFields(entity: EntityId, headers: readonly unknown[], sample?: ColumnSample): FieldMatch[] {
  return matchPhrases(entityDef(entity), headers.map(toPhrase), headers, sample);
}

/** Sum of the match scores: how much of an entity a header row describes. */
export function totalScore(matches: readonly FieldMatch[]): number {
  let sum = 0;
  for (const m of matches) sum += m.score;
  return sum;
}

/** How strongly a row reads as a header row: best entity score, minus a little for each number or date cell. */
function headerRowScore(row: readonly unknown[]): number {
  const phrases = row.map(toPhrase);
  let best = 0;
  for (const entity of ENTITIES) best = Math.max(best, totalScore(matchPhrases(entity, phrases, row)));
  let valueCells = 0;
  for (const cell of row) if (typeof cell === 'number' || isDateObject(cell)) valueCells++;
  return best - 0.25 * valueCells;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * The 1-based header row among the first ten: the one whose text cells best match field synonyms. A title row above
 * the header or merged header cells (which come as `''`) do not disturb it. With no match, the first non-blank row.
 */
export function detectHeaderRow(values: readonly (readonly unknown[])[]): number {
  let bestRow = 0;
  let bestScore = 0;
  let firstNonBlank = -1;
  const rows = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const row = values[r] ?? [];
    if (firstNonBlank < 0 && row.some((v) => v !== '' && v !== null && v !== undefined)) firstNonBlank = r;
    const score = headerRowScore(row);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      bestRow = r;
    }
  }
  if (bestScore > 0) return bestRow + 1;
  return firstNonBlank >= 0 ? firstNonBlank + 1 : 1;
}

/** 1 when the sheet name is one of the entity's sheet names, 0.6 when it contains one, else 0 (plurals ignored). */
export function sheetNameScore(entity: EntityDef, sheetName: string): number {
  const name = toPhrase(sheetName).core.map(singular);
  if (name.length === 0) return 0;
  let best = 0;
  for (const candidate of entity.sheetNames) {
    const words = toPhrase(candidate).core.map(singular);
    const at = indexOfRun(name, words);
    if (at >= 0) best = Math.max(best, words.length === name.length ? 1 : 0.6);
  }
  return best;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Fields many entities share: alone they do not say which entity a sheet holds. */
const SHARED_FIELDS = new Set(['owner', 'source', 'sector', 'product', 'customer', 'channel']);

const hintCache = new Map<EntityId, readonly Phrase[]>();

/** How many headers hint at the entity without naming one of its fields. */
function hintCount(entity: EntityId, phrases: readonly Phrase[]): number {
  let hints = hintCache.get(entity);
  if (!hints) {
    hints = (ENTITY_HINTS[entity] ?? []).map(toPhrase);
    hintCache.set(entity, hints);
  }
  let n = 0;
  for (const p of phrases) if (p.text !== '' && hints.some((h) => phraseScore(p, h) >= 0.75)) n++;
  return n;
}

/** Raw evidence that a sheet holds `entity`: field scores, sheet name, and a little for the share of fields found. */
export function entityEvidence(
  entity: EntityDef,
  sheetName: string,
  phrases: readonly Phrase[],
  headers: readonly unknown[],
  sample?: ColumnSample,
) {
  const { matches, rejected } = matchWithContent(entity, phrases, headers, sample);
  const fields = totalScore(matches);
  const name = sheetNameScore(entity, sheetName);
  const raw = fields + 1.5 * name + (0.5 * matches.length) / entity.fields.length + 0.5 * hintCount(entity.id, phrases);
  // A field of its own (owner, source... are everybody's), and two fields, or one with the sheet's name, or the one
  // header of a one-column range (`=LEADS(Leads!B:B)`).
  const own = matches.some((m) => !SHARED_FIELDS.has(m.field));
  const oneColumn = matches.length === 1 && phrases.filter((p) => p.text !== '').length === 1;
  const plausible = own && (matches.length >= 2 || (name > 0 && fields > 0) || oneColumn);
  return { matches, rejected, raw, plausible, confidence: Math.min(1, raw / (Math.min(entity.fields.length, 4) + 1)) };
}

/** The entity a sheet most likely holds, from its name and header row, with a confidence from 0 to 1; null if none. */
export function suggestEntity(sheetName: string, headers: readonly unknown[]): { entity: EntityId; score: number } | null {
  const phrases = headers.map(toPhrase);
  let best: { entity: EntityId; raw: number; score: number } | null = null;
  for (const entity of ENTITIES) {
    const ev = entityEvidence(entity, sheetName, phrases, headers);
    if (ev.plausible && (!best || ev.raw > best.raw)) best = { entity: entity.id, raw: ev.raw, score: round(ev.confidence) };
  }
  return best && { entity: best.entity, score: best.score };
}
