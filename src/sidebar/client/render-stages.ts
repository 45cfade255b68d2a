// Renders the deals' stage values with a won / lost / open choice each, so the user says what every label means.

import type { SidebarTexts } from '../protocol';
import { type Child, h } from './dom';
import { fmt, type Outcome, type StageChoice, stageChoices, type UiState } from './state';

export interface StageHandlers {
  stageOutcome(label: string, outcome: Outcome, builtIn: Outcome | null): void;
}

const OUTCOMES: readonly Outcome[] = ['won', 'lost', 'open'];

function choiceRow(tx: SidebarTexts, choice: StageChoice, i: number, on: StageHandlers): HTMLElement {
  const names: Record<Outcome, string> = { won: tx.sb_outcome_won, lost: tx.sb_outcome_lost, open: tx.sb_outcome_open };
  const labelId = `stage-${i}-label`;
  const count = choice.rows > 0 ? fmt(tx.sb_stage_rows, { n: choice.rows }) : tx.sb_stage_saved_only;
  return h(
    'li',
    { class: `stage-choice${choice.outcome === null ? ' unknown' : ''}` },
    h('span', { id: labelId, class: 'stage-label' }, choice.label),
    h('span', { class: 'muted' }, ` ${count}`),
    choice.outcome === null ? h('span', { class: 'stage-hint' }, ` ${tx.sb_stage_choose}`) : null,
    h(
      'span',
      { role: 'radiogroup', 'aria-labelledby': labelId, class: 'outcomes' },
      ...OUTCOMES.map((outcome) => {
        const id = `stage-${i}-${outcome}`;
        return h(
          'label',
          { for: id, class: 'outcome' },
          h('input', {
            id,
            type: 'radio',
            name: `stage-${i}`,
            value: outcome,
            checked: choice.outcome === outcome,
            onchange: () => on.stageOutcome(choice.label, outcome, choice.builtIn),
          }),
          names[outcome],
        );
      }),
    ),
  );
}

/** The block under the deals' stage field (nothing before the first preview nor without values). */
export function stageBlock(state: UiState, tx: SidebarTexts, on: StageHandlers): Child {
  const choices = stageChoices(state);
  if (choices.length === 0) return null;
  const unknown = choices.filter((c) => c.outcome === null).length;
  return h(
    'div',
    { id: 'stage-values', class: 'stage-values' },
    h('p', { class: 'muted' }, tx.sb_stage_values, unknown > 0 ? h('strong', { class: 'stage-hint' }, ` ${fmt(tx.sb_stage_unknown_count, { n: unknown })}`) : null),
    h('ul', { class: 'stage-list' }, ...choices.map((c, i) => choiceRow(tx, c, i, on))),
  );
}
