// Renders one entity card: sheet, header row, a drop-down per field with its badge and checks, and the preview.

import type { EntityId } from '../../model/entities';
import type { EntityView, FieldView, SidebarTexts } from '../protocol';
import { type Child, h, select } from './dom';
import { findHeader, fmt, headerOptions, type MutableEntity, sheetView, type UiState } from './state';

export interface CardHandlers {
  sheet(entity: EntityId, name: string): void;
  headerRow(entity: EntityId, row: number): void;
  field(entity: EntityId, field: string, header: string): void;
  toggle(id: string, open: boolean): void;
}

const LIST_LIMIT = 4;

/** `A, B, C…` with at most four names, so a hint stays on two lines in a 300 px sidebar. */
export function shortList(items: readonly string[]): string {
  return items.length <= LIST_LIMIT ? items.join(', ') : `${items.slice(0, LIST_LIMIT).join(', ')}…`;
}

function sheetOptions(state: UiState, tx: SidebarTexts, current: string): [string, string][] {
  const options: [string, string][] = [['', tx.sb_no_sheet]];
  for (const s of state.load.sheets) options.push([s.name, s.name]);
  if (current !== '' && !state.load.sheets.some((s) => s.name === current)) {
    options.push([current, fmt(tx.sb_not_found, { value: current })]);
  }
  return options;
}

function sheetSelect(state: UiState, tx: SidebarTexts, entity: EntityView, current: string, on: CardHandlers): Child[] {
  const id = `${entity.id}-sheet`;
  return [
    h('label', { for: id }, tx.sb_sheet),
    select({ id, onchange: (ev) => on.sheet(entity.id, (ev.target as HTMLSelectElement).value) }, sheetOptions(state, tx, current), current),
  ];
}

function rowOptions(state: UiState, tx: SidebarTexts, e: MutableEntity): [string, string][] {
  const sheet = sheetView(state, e.sheet);
  const count = Math.max(sheet ? sheet.rows.length : 0, e.headerRow);
  const options: [string, string][] = [];
  for (let r = 1; r <= count; r++) {
    const cells = headerOptions(sheet, r);
    const label = fmt(tx.sb_row_n, { n: r });
    const sample = cells.join(', ');
    const cut = sample.length > 40 ? `${sample.slice(0, 40)}…` : sample;
    options.push([String(r), sample === '' ? label : fmt(tx.sb_row_sample, { n: r, cells: cut })]);
  }
  return options;
}

function fieldRow(state: UiState, tx: SidebarTexts, entity: EntityView, e: MutableEntity, field: FieldView, on: CardHandlers): HTMLElement {
  const preview = state.previews[entity.id];
  const id = `${entity.id}-f-${field.id}`;
  const saved = e.fields[field.id] ?? '';
  const headers = headerOptions(sheetView(state, e.sheet), e.headerRow);
  const options: [string, string][] = [['', tx.sb_not_mapped], ...headers.map((x): [string, string] => [x, x])];
  const found = saved === '' ? '' : findHeader(headers, saved);
  if (found === undefined) options.push([saved, fmt(tx.sb_not_found, { value: saved })]);
  const current = found ?? saved;
  const suggested = current !== '' && state.suggested[entity.id]?.has(field.id) === true;
  const issues = preview ? preview.issues.filter((i) => i.field === field.id) : [];
  const hints: Child[] = issues.map((i) => h('li', { class: i.blocking ? 'issue blocking' : 'issue' }, i.text));
  if (current === '' && field.unlocks.length > 0) hints.push(h('li', { class: 'unlocks' }, fmt(tx.sb_unlocks, { kpis: shortList(field.unlocks) })));
  const hintId = `${id}-hint`;
  return h(
    'li',
    { class: `field${suggested ? ' is-suggested' : ''}${current === '' ? ' is-empty' : ''}${issues.length > 0 ? ' has-issue' : ''}` },
    h('label', { for: id }, field.label, suggested ? h('span', { class: 'badge' }, suggestedBadge(state, tx, entity.id, field.id)) : null),
    select(
      { id, 'aria-describedby': hints.length > 0 ? hintId : null, onchange: (ev) => on.field(entity.id, field.id, (ev.target as HTMLSelectElement).value) },
      options,
      current,
    ),
    hints.length > 0 ? h('ul', { id: hintId, class: 'hints' }, ...hints) : null,
  );
}

/** `suggested · 92% sure`: the badge of a suggested field, with the confidence of the suggestion when known. */
function suggestedBadge(state: UiState, tx: SidebarTexts, entity: EntityId, field: string): string {
  const confidence = state.confidence[`${entity}.${field}`];
  return confidence === undefined ? tx.sb_suggested : fmt(tx.sb_suggested_confidence, { pct: Math.round(Math.min(1, confidence) * 100) });
}

function previewBlock(state: UiState, tx: SidebarTexts, entity: EntityView, on: CardHandlers): Child {
  const preview = state.previews[entity.id];
  if (!preview) return h('p', { class: 'muted' }, tx.sb_working);
  const general = preview.issues.filter((i) => !entity.fields.some((f) => f.id === i.field));
  const id = `${entity.id}-preview`;
  const table =
    preview.rows.length === 0
      ? h('p', { class: 'muted' }, tx.sb_preview_empty)
      : h(
          'div',
          { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': `${tx.sb_preview} — ${entity.label}` },
          h(
            'table',
            null,
            h('caption', null, tx.sb_preview_caption),
            h('thead', null, h('tr', null, h('th', { scope: 'col' }, tx.sb_row_header), ...preview.columns.map((c) => h('th', { scope: 'col' }, c.label)))),
            h('tbody', null, ...preview.rows.map((r) => h('tr', null, h('th', { scope: 'row' }, r.row), ...r.cells.map((c) => h('td', null, c))))),
          ),
        );
  const details = h('details', { id, ontoggle: (ev) => on.toggle(id, (ev.target as HTMLDetailsElement).open) }, h('summary', null, tx.sb_preview), table);
  if (state.open.has(id)) details.open = true;
  const issueCount = preview.issues.length;
  return h(
    'div',
    { class: 'preview' },
    general.length > 0 ? h('ul', { class: 'hints' }, ...general.map((i) => h('li', { class: 'issue blocking' }, i.text))) : null,
    h('p', { class: 'checked' }, preview.checked, issueCount === 0 ? ` ${tx.sb_no_issue}` : ''),
    details,
  );
}

/** The card of an entity that has a sheet. */
export function presentCard(state: UiState, tx: SidebarTexts, entity: EntityView, e: MutableEntity, on_: CardHandlers): HTMLElement {
  const mapped = entity.fields.filter((f) => (e.fields[f.id] ?? '') !== '').length;
  const main = entity.fields.filter((f) => f.unlocks.length > 0);
  const other = entity.fields.filter((f) => f.unlocks.length === 0);
  const otherId = `${entity.id}-other`;
  const otherBlock =
    other.length === 0
      ? null
      : h(
          'details',
          { id: otherId, ontoggle: (ev) => on_.toggle(otherId, (ev.target as HTMLDetailsElement).open) },
          h('summary', null, fmt(tx.sb_other_fields, { n: other.length })),
          h('ul', { class: 'fields' }, ...other.map((f) => fieldRow(state, tx, entity, e, f, on_))),
        );
  if (otherBlock && (state.open.has(otherId) || other.some((f) => state.suggested[entity.id]?.has(f.id)))) otherBlock.open = true;
  const rowId = `${entity.id}-row`;
  return h(
    'section',
    { class: 'card', id: `card-${entity.id}`, 'aria-labelledby': `${entity.id}-title` },
    h('h3', { id: `${entity.id}-title` }, entity.label, ' ', h('span', { class: 'count' }, fmt(tx.sb_fields_mapped, { n: mapped, total: entity.fields.length }))),
    h(
      'div',
      { class: 'where' },
      ...sheetSelect(state, tx, entity, e.sheet, on_),
      h('label', { for: rowId }, tx.sb_header_row),
      select({ id: rowId, onchange: (ev) => on_.headerRow(entity.id, Number((ev.target as HTMLSelectElement).value)) }, rowOptions(state, tx, e), String(e.headerRow)),
    ),
    h('ul', { class: 'fields' }, ...main.map((f) => fieldRow(state, tx, entity, e, f, on_))),
    otherBlock,
    previewBlock(state, tx, entity, on_),
  );
}

/** The short card of an entity this spreadsheet does not have: what it would unlock, and a sheet picker. */
export function absentCard(state: UiState, tx: SidebarTexts, entity: EntityView, on_: CardHandlers): HTMLElement {
  const text = entity.unlocks.length > 0 ? fmt(tx.sb_entity_absent, { kpis: shortList(entity.unlocks) }) : tx.sb_entity_absent_plain;
  return h(
    'section',
    { class: 'card absent', id: `card-${entity.id}`, 'aria-labelledby': `${entity.id}-title` },
    h('h3', { id: `${entity.id}-title` }, entity.label),
    h('p', { class: 'muted' }, text),
    h('div', { class: 'where' }, ...sheetSelect(state, tx, entity, '', on_)),
  );
}
