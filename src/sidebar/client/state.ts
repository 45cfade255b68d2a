// The page's state and every change a user can make to it; pure functions, tested without a browser.

import type { EntityId } from '../../model/entities';
import { detectHeaderRow, matchFields } from '../../model/header-match';
import { normalizeText } from '../../model/normalize';
import type { Draft, DraftEntity, DraftSettings, EntityPreview, FixView, LoadResult, ProblemView, SheetView } from '../protocol';

export interface MutableEntity {
  sheet: string;
  headerRow: number;
  fields: Record<string, string>;
  fallbacks: Record<string, readonly string[]>;
}

export interface Status {
  readonly kind: 'info' | 'success' | 'error';
  readonly text: string;
}

export interface UiState {
  readonly load: LoadResult;
  entities: Partial<Record<EntityId, MutableEntity>>;
  settings: DraftSettings;
  suggested: Partial<Record<EntityId, Set<string>>>;
  /** Confidence of each suggestion (`deals.amount` → 0.92), shown beside its badge. */
  confidence: Record<string, number>;
  previews: Partial<Record<EntityId, EntityPreview>>;
  problems: readonly ProblemView[];
  dirty: boolean;
  saving: boolean;
  status: Status | null;
  /** Ids of the <details> blocks the user opened, kept open across renders. */
  open: Set<string>;
}

export function initialState(load: LoadResult): UiState {
  const entities: Partial<Record<EntityId, MutableEntity>> = {};
  for (const [id, e] of Object.entries(load.draft.entities) as [EntityId, DraftEntity][]) {
    entities[id] = { sheet: e.sheet, headerRow: e.headerRow, fields: { ...e.fields }, fallbacks: { ...e.fallbacks } };
  }
  const suggested: Partial<Record<EntityId, Set<string>>> = {};
  for (const [id, fields] of Object.entries(load.suggested) as [EntityId, string[]][]) suggested[id] = new Set(fields);
  return {
    load,
    entities,
    settings: { ...load.draft.settings, wonLabels: [...load.draft.settings.wonLabels], lostLabels: [...load.draft.settings.lostLabels] },
    suggested,
    confidence: { ...(load.confidence ?? {}) },
    previews: {},
    problems: load.problems,
    dirty: !load.saved && Object.keys(entities).length > 0,
    saving: false,
    status: null,
    open: new Set<string>(),
  };
}

export function sheetView(state: UiState, name: string): SheetView | undefined {
  return state.load.sheets.find((s) => s.name === name);
}

/** The distinct non-blank header texts of `sheet` at `headerRow`, in column order. */
export function headerOptions(sheet: SheetView | undefined, headerRow: number): string[] {
  const out: string[] = [];
  for (const cell of sheet?.rows[headerRow - 1] ?? []) {
    const text = cell.trim();
    if (text !== '' && !out.includes(text)) out.push(text);
  }
  return out;
}

/** The header of `headers` the server would read for `saved` (same text once normalised, as resolveColumns compares). */
export function findHeader(headers: readonly string[], saved: string): string | undefined {
  if (headers.includes(saved)) return saved;
  const key = normalizeText(saved);
  return key === '' ? undefined : headers.find((h) => normalizeText(h) === key);
}

function suggestFields(state: UiState, entity: EntityId, sheet: SheetView | undefined, headerRow: number): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of matchFields(entity, sheet?.rows[headerRow - 1] ?? [])) {
    if (m.header === '') continue;
    fields[m.field] = m.header;
    state.confidence[`${entity}.${m.field}`] = m.score;
  }
  return fields;
}

/** Points an entity at a sheet (or at none, with ''), detecting the header row and suggesting every field. */
export function chooseSheet(state: UiState, entity: EntityId, sheetName: string): void {
  state.dirty = true;
  delete state.previews[entity];
  if (sheetName === '') {
    delete state.entities[entity];
    delete state.suggested[entity];
    return;
  }
  const sheet = sheetView(state, sheetName);
  const headerRow = sheet ? detectHeaderRow(sheet.rows) : 1;
  const fields = suggestFields(state, entity, sheet, headerRow);
  state.entities[entity] = { sheet: sheetName, headerRow, fields, fallbacks: {} };
  state.suggested[entity] = new Set(Object.keys(fields));
}

/** Moves the header row; fields whose header is still there are kept, the others suggested again. */
export function chooseHeaderRow(state: UiState, entity: EntityId, headerRow: number): void {
  const e = state.entities[entity];
  if (!e) return;
  state.dirty = true;
  e.headerRow = headerRow;
  const sheet = sheetView(state, e.sheet);
  const headers = headerOptions(sheet, headerRow);
  const kept: Record<string, string> = {};
  for (const [field, header] of Object.entries(e.fields)) if (findHeader(headers, header) !== undefined) kept[field] = header;
  const suggestions = suggestFields(state, entity, sheet, headerRow);
  const used = new Set(Object.values(kept).map((h) => findHeader(headers, h)));
  const marks = state.suggested[entity] ?? new Set<string>();
  for (const [field, header] of Object.entries(suggestions)) {
    if (kept[field] === undefined && !used.has(header)) {
      kept[field] = header;
      used.add(header);
      marks.add(field);
    }
  }
  for (const field of [...marks]) if (kept[field] === undefined) marks.delete(field);
  state.suggested[entity] = marks;
  const fallbacks: Record<string, readonly string[]> = {};
  for (const [field, extra] of Object.entries(e.fallbacks)) if (kept[field] === e.fields[field]) fallbacks[field] = extra;
  e.fields = kept;
  e.fallbacks = fallbacks;
}

/** Sets one field to a header ('' unmaps it); the user's choice is no longer a suggestion. */
export function chooseField(state: UiState, entity: EntityId, field: string, header: string): void {
  const e = state.entities[entity];
  if (!e) return;
  state.dirty = true;
  if (header === '') delete e.fields[field];
  else e.fields[field] = header;
  delete e.fallbacks[field];
  state.suggested[entity]?.delete(field);
}

/** Applies a fix offered for a saved mapping that no longer fits, and drops that problem from the list. */
export function applyFix(state: UiState, fix: FixView): void {
  state.problems = state.problems.filter((p) => p.fix !== fix);
  const e = state.entities[fix.entity];
  if (!e) return;
  if (fix.kind === 'header') {
    chooseField(state, fix.entity, fix.field, fix.header);
    return;
  }
  e.sheet = fix.sheet;
  chooseHeaderRow(state, fix.entity, e.headerRow);
  delete state.previews[fix.entity];
}

/** Splits the comma-separated text of a stage-label box. */
export function splitLabels(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The draft as sent to the server: plain JSON, fields with no header left out. */
export function toDraft(state: UiState): Draft {
  const entities: Partial<Record<EntityId, DraftEntity>> = {};
  for (const [id, e] of Object.entries(state.entities) as [EntityId, MutableEntity][]) {
    const fields: Record<string, string> = {};
    for (const [field, header] of Object.entries(e.fields)) if (header !== '') fields[field] = header;
    const fallbacks: Record<string, readonly string[]> = {};
    for (const [field, extra] of Object.entries(e.fallbacks)) if (field in fields) fallbacks[field] = extra;
    entities[id] = { sheet: e.sheet, headerRow: e.headerRow, fields, ...(Object.keys(fallbacks).length > 0 ? { fallbacks } : {}) };
  }
  const lookups = state.load.draft.lookups;
  return { entities, settings: { ...state.settings }, ...(lookups ? { lookups } : {}) };
}

/** `{name}` placeholders of a page text replaced. */
export function fmt(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
