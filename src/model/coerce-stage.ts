// Reads a deal stage label as open, won, lost or unknown: the built-in vocabulary plus the workbook's own labels.

import { UserError } from '../i18n';
import type { Settings } from './settings';
import { stageKey } from './stage-key';
import { LOST_LABELS, OPEN_LABELS, WON_LABELS } from './stage-vocabulary';
import { STAGE_LOST, STAGE_OPEN, STAGE_UNKNOWN, STAGE_WON } from './table';

export { stageKey } from './stage-key';
export { LOST_LABELS, OPEN_LABELS, WON_LABELS } from './stage-vocabulary';

export type Stage = typeof STAGE_OPEN | typeof STAGE_WON | typeof STAGE_LOST | typeof STAGE_UNKNOWN;
export type Outcome = 'won' | 'lost' | 'open';

/** The settings a stage reader needs: the labels the workbook marked won, lost or open (open ones optional). */
export type StageLabels = Pick<Settings, 'wonLabels' | 'lostLabels'> & { readonly openLabels?: readonly string[] };

const OUTCOME_STAGE: Readonly<Record<Outcome, Stage>> = { won: STAGE_WON, lost: STAGE_LOST, open: STAGE_OPEN };
let builtIn: Map<string, Outcome> | undefined;

function builtInOutcomes(): Map<string, Outcome> {
  if (!builtIn) {
    builtIn = new Map();
    for (const label of OPEN_LABELS) builtIn.set(stageKey(label), 'open');
    for (const label of WON_LABELS) builtIn.set(stageKey(label), 'won');
    for (const label of LOST_LABELS) builtIn.set(stageKey(label), 'lost');
  }
  return builtIn;
}

/** What the built-in vocabulary says of a label, or undefined when it does not know it. */
export function builtInOutcome(label: string): Outcome | undefined {
  const key = stageKey(label);
  return key === '' ? 'open' : builtInOutcomes().get(key);
}

/** A workbook label listed under two outcomes (`Lost` both won and lost), as first written; undefined when none. */
export function conflictingStageLabel(settings: StageLabels): string | undefined {
  const seen = new Map<string, Outcome>();
  const lists: [Outcome, readonly string[]][] = [['won', settings.wonLabels], ['lost', settings.lostLabels], ['open', settings.openLabels ?? []]];
  for (const [outcome, labels] of lists) {
    for (const label of labels) {
      const key = stageKey(label);
      if (key === '') continue;
      const before = seen.get(key);
      if (before !== undefined && before !== outcome) return label.trim();
      seen.set(key, outcome);
    }
  }
  return undefined;
}

/** The workbook's labels by key; throws `err_stage_label_conflict` naming a label given two outcomes. */
function customOutcomes(settings: StageLabels): Map<string, Outcome> {
  const conflict = conflictingStageLabel(settings);
  if (conflict !== undefined) throw new UserError('err_stage_label_conflict', { label: conflict });
  const custom = new Map<string, Outcome>();
  for (const label of settings.openLabels ?? []) custom.set(stageKey(label), 'open');
  for (const label of settings.lostLabels) custom.set(stageKey(label), 'lost');
  for (const label of settings.wonLabels) custom.set(stageKey(label), 'won');
  return custom;
}

/** What a label means for this workbook: its own labels first, then the built-in vocabulary; undefined if unknown. */
export function outcomeOf(label: string, settings: StageLabels): Outcome | undefined {
  const key = stageKey(label);
  if (key === '') return 'open';
  return customOutcomes(settings).get(key) ?? builtInOutcomes().get(key);
}

/** The text of a stage cell: strings trimmed, numbers and booleans as written, anything else blank. */
export function stageText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * A function reading stage cells with the workbook's labels (which win over the built-in ones): blank is open, a
 * label known nowhere is STAGE_UNKNOWN. Results are memoised per distinct cell text, so a million rows with a few
 * labels cost a few lookups. Throws `err_stage_label_conflict` when the settings give a label two outcomes.
 */
export function stageReader(settings: StageLabels): (value: unknown) => Stage {
  const custom = customOutcomes(settings);
  const known = builtInOutcomes();
  const memo = new Map<string, Stage>();
  return (value) => {
    const text = typeof value === 'string' ? value : stageText(value);
    let stage = memo.get(text);
    if (stage === undefined) {
      const key = stageKey(text);
      const outcome = key === '' ? 'open' : (custom.get(key) ?? known.get(key));
      stage = outcome === undefined ? STAGE_UNKNOWN : OUTCOME_STAGE[outcome];
      if (memo.size < 10000) memo.set(text, stage);
    }
    return stage;
  };
}

/** One stage cell (for single values; use `stageReader` for columns). */
export function parseStage(value: unknown, settings: StageLabels): Stage {
  return stageReader(settings)(value);
}
