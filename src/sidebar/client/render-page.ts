// Renders the whole page: intro, saved-mapping problems, entity cards, settings and the sticky Save bar.

import type { EntityId } from '../../model/entities';
import type { DraftSettings, FixView, SidebarTexts } from '../protocol';
import { type Child, h, select } from './dom';
import { absentCard, type CardHandlers, presentCard } from './render-entity';
import { type HoursHandlers, hoursBlock } from './render-hours';
import { fmt, type UiState } from './state';

export interface PageHandlers extends CardHandlers, HoursHandlers {
  fix(fix: FixView): void;
  settings(patch: Partial<DraftSettings>): void;
  save(): void;
}

function problemsBlock(state: UiState, tx: SidebarTexts, on: PageHandlers): Child {
  if (state.problems.length === 0) return null;
  return h(
    'section',
    { class: 'problems', 'aria-labelledby': 'problems-title' },
    h('h2', { id: 'problems-title' }, tx.sb_problems_title),
    h(
      'ul',
      null,
      ...state.problems.map((p, i) =>
        h(
          'li',
          null,
          h('span', null, p.text),
          p.fix && p.fixLabel ? h('button', { type: 'button', id: `fix-${i}`, class: 'link', onclick: () => on.fix(p.fix!) }, p.fixLabel) : null,
        ),
      ),
    ),
  );
}

/** The related tables found by matching ids (read-only): which column of which table brings which columns. */
function relatedBlock(state: UiState, tx: SidebarTexts): Child {
  if (state.load.lookups.length === 0) return null;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'related-title' },
    h('h2', { id: 'related-title' }, tx.sb_related_title),
    h('p', { class: 'muted' }, tx.sb_related_intro),
    h('ul', null, ...state.load.lookups.map((line) => h('li', null, line))),
  );
}

function settingsBlock(state: UiState, tx: SidebarTexts, on: PageHandlers): Child {
  const s = state.settings;
  const months = tx.sb_months.split(',');
  const details = h(
    'details',
    { id: 'settings', class: 'card', ontoggle: (ev) => on.toggle('settings', (ev.target as HTMLDetailsElement).open) },
    h('summary', null, h('h2', null, tx.sb_settings)),
    h('label', { for: 'currency' }, tx.sb_currency),
    h('input', {
      id: 'currency',
      type: 'text',
      value: s.currency,
      maxlength: 3,
      autocomplete: 'off',
      onchange: (ev) => on.settings({ currency: (ev.target as HTMLInputElement).value.trim().toUpperCase() }),
    }),
    h('label', { for: 'fiscal' }, tx.sb_fiscal_start),
    select(
      { id: 'fiscal', onchange: (ev) => on.settings({ fiscalYearStart: Number((ev.target as HTMLSelectElement).value) }) },
      months.map((m, i): [string, string] => [String(i + 1), m]),
      String(s.fiscalYearStart),
    ),
    hoursBlock(state, tx, on),
    h('p', { class: 'muted' }, fmt(tx.sb_locale_tz, { locale: state.load.locale, timeZone: state.load.timeZone })),
  );
  if (state.open.has('settings')) details.open = true;
  return details;
}

function footer(state: UiState, tx: SidebarTexts, on: PageHandlers): HTMLElement {
  const status = state.status ?? (state.dirty ? { kind: 'info' as const, text: tx.sb_unsaved } : null);
  return h(
    'div',
    { class: 'footer' },
    h('p', { id: 'status', class: `status ${status ? status.kind : ''}`, role: 'status', 'aria-live': 'polite' }, status ? status.text : ''),
    h('button', { type: 'button', id: 'save', class: 'primary', disabled: state.saving, 'aria-disabled': state.saving ? 'true' : null, onclick: () => on.save() }, state.saving ? tx.sb_saving : tx.sb_save),
  );
}

/** Everything inside the page's root element, for the current state. */
export function renderPage(state: UiState, on: PageHandlers): Child[] {
  const tx = state.load.texts;
  const present = state.load.entities.filter((e) => state.entities[e.id as EntityId]);
  const absent = state.load.entities.filter((e) => !state.entities[e.id as EntityId]);
  return [
    h('main', { id: 'main' },
      h('h1', null, tx.sb_title),
      h('p', { class: 'intro' }, state.load.saved ? tx.sb_intro_saved : tx.sb_intro),
      state.load.notice ? h('p', { class: 'notice' }, state.load.notice) : null,
      state.load.sheets.length === 0 ? h('p', { class: 'notice' }, tx.sb_no_sheets) : null,
      problemsBlock(state, tx, on),
      present.length > 0 ? h('h2', { class: 'group' }, tx.sb_present) : null,
      ...present.map((e) => presentCard(state, tx, e, state.entities[e.id]!, on)),
      relatedBlock(state, tx),
      absent.length > 0 ? h('h2', { class: 'group' }, tx.sb_absent) : null,
      ...absent.map((e) => absentCard(state, tx, e, on)),
      settingsBlock(state, tx, on),
    ),
    footer(state, tx, on),
  ];
}
