// The sidebar page: loads the state from the server, renders it, previews changes and saves the mapping.

import type { EntityId } from '../../model/entities';
import { sidebarMessages } from '../../i18n/messages/sidebar';
import type { DraftSettings, FixView } from '../protocol';
import { chooseBusinessHours, chooseWorkday } from './business-hours';
import { h, replaceKeepingFocus } from './dom';
import { renderPage, type PageHandlers } from './render-page';
import { call, onBusyChange } from './rpc';
import { applyFix, chooseField, chooseHeaderRow, chooseSheet, chooseStageOutcome, initialState, toDraft, type UiState } from './state';

const PREVIEW_DELAY_MS = 350;
const ALL = '*';

let state: UiState | null = null;
const timers: Record<string, ReturnType<typeof setTimeout>> = {};
const sequence: Record<string, number> = {};

function root(): HTMLElement {
  return document.getElementById('app') as HTMLElement;
}

/** Texts before the server answered: the browser's language decides (one of the two). */
function bootText(key: 'sb_loading' | 'sb_no_connection' | 'sb_retry'): string {
  const lang = (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  return sidebarMessages[key][lang];
}

function fallback(): string {
  return state ? state.load.texts.sb_no_connection : bootText('sb_no_connection');
}

function render(): void {
  if (state) replaceKeepingFocus(root(), renderPage(state, handlers));
}

/** Asks the server for a preview of one entity (or all) after a short pause; late answers of older requests are ignored. */
function requestPreview(entity: EntityId | null, delay = PREVIEW_DELAY_MS): void {
  const key = entity ?? ALL;
  clearTimeout(timers[key]);
  timers[key] = setTimeout(() => {
    if (!state) return;
    const mine = (sequence[key] ?? 0) + 1;
    sequence[key] = mine;
    call('sidebarPreview', fallback(), toDraft(state), entity)
      .then((result) => {
        if (!state || sequence[key] !== mine) return;
        for (const p of result.entities) if (state.entities[p.entity]) state.previews[p.entity] = p;
        render();
      })
      .catch((error: Error) => {
        if (!state) return;
        state.status = { kind: 'error', text: state.load.texts.sb_error.replace('{message}', error.message) };
        render();
      });
  }, delay);
}

function changed(entity: EntityId | null): void {
  if (!state) return;
  state.status = null;
  render();
  if (entity === null || state.entities[entity]) requestPreview(entity);
}

function save(): void {
  if (!state || state.saving) return;
  const s = state;
  s.saving = true;
  s.status = { kind: 'info', text: s.load.texts.sb_saving };
  render();
  call('sidebarSave', fallback(), toDraft(s))
    .then((result) => {
      s.saving = false;
      s.dirty = false;
      s.problems = result.problems;
      s.status = { kind: 'success', text: result.message };
      render();
    })
    .catch((error: Error) => {
      s.saving = false;
      s.status = { kind: 'error', text: s.load.texts.sb_error.replace('{message}', error.message) };
      render();
    });
}

const handlers: PageHandlers = {
  sheet(entity, name) {
    if (!state) return;
    chooseSheet(state, entity, name);
    changed(entity);
  },
  headerRow(entity, row) {
    if (!state) return;
    chooseHeaderRow(state, entity, row);
    changed(entity);
  },
  field(entity, field, header) {
    if (!state) return;
    chooseField(state, entity, field, header);
    changed(entity);
  },
  toggle(id, open) {
    if (!state) return;
    if (open) state.open.add(id);
    else state.open.delete(id);
  },
  fix(fix: FixView) {
    if (!state) return;
    applyFix(state, fix);
    state.status = { kind: 'info', text: state.load.texts.sb_fix_applied };
    render();
    requestPreview(fix.entity);
  },
  stageOutcome(label, outcome, builtIn) {
    if (!state) return;
    chooseStageOutcome(state, label, outcome, builtIn);
    changed('deals');
  },
  settings(patch: Partial<DraftSettings>) {
    if (!state) return;
    state.settings = { ...state.settings, ...patch };
    state.dirty = true;
    changed(null);
  },
  businessHours(patch) {
    if (!state) return;
    chooseBusinessHours(state, patch);
    state.status = null;
    render();
  },
  workday(day, on) {
    if (!state) return;
    chooseWorkday(state, day, on);
    state.status = null;
    render();
  },
  save,
};

function load(): void {
  replaceKeepingFocus(root(), [h('p', { class: 'loading', role: 'status' }, bootText('sb_loading'))]);
  call('sidebarLoad', bootText('sb_no_connection'))
    .then((result) => {
      state = initialState(result);
      document.documentElement.lang = result.lang;
      render();
      if (Object.keys(state.entities).length > 0) requestPreview(null, 0);
    })
    .catch((error: Error) => {
      replaceKeepingFocus(root(), [
        h('p', { class: 'status error', role: 'alert' }, error.message),
        h('button', { type: 'button', id: 'retry', class: 'primary', onclick: load }, bootText('sb_retry')),
      ]);
    });
}

onBusyChange((busy) => {
  document.body.setAttribute('aria-busy', busy ? 'true' : 'false');
  document.body.classList.toggle('busy', busy);
});

load();
