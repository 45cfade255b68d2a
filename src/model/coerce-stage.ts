// Reads a deal stage label as open, won or lost: built-in French, English and CRM labels plus the workbook's own.

import { compactText } from './normalize';
import type { Settings } from './settings';
import { STAGE_LOST, STAGE_OPEN, STAGE_WON } from './table';

export type Stage = typeof STAGE_OPEN | typeof STAGE_WON | typeof STAGE_LOST;

/** Built-in labels, compared after `compactText` (so `Closed Won`, `closedwon`, `Closed/Won` are one label). */
export const WON_LABELS: readonly string[] = [
  'gagné', 'gagnée', 'gagnés', 'gagnées', 'gagne', 'signé', 'signée', 'signés', 'won', 'closed won', 'deal won', 'win',
  'conclu', 'conclue', 'vendu', 'vendue', 'commande', 'commandé', 'commandée', 'accepté', 'acceptée', 'fermé gagné',
  'fermée gagnée', 'clos gagné', 'clôturé gagné', 'clôturée gagnée', 'gagné signé', 'contrat signé', 'devis signé',
  'devis accepté', 'bon de commande', 'succès', 'success', 'sold', 'signed', 'booked',
];
export const LOST_LABELS: readonly string[] = [
  'perdu', 'perdue', 'perdus', 'perdues', 'lost', 'closed lost', 'deal lost', 'loss', 'abandonné', 'abandonnée',
  'abandon', 'refusé', 'refusée', 'refus', 'sans suite', 'classé sans suite', 'annulé', 'annulée', 'fermé perdu',
  'fermée perdue', 'clos perdu', 'clôturé perdu', 'clôturée perdue', 'échec', 'rejeté', 'rejetée', 'no go', 'declined',
  'rejected', 'cancelled', 'canceled', 'abandoned', 'disqualified', 'disqualifié', 'disqualifiée', 'closed lost to competition',
];

const LEADING_NUMBER = /^\d+/;

function compactLabel(label: string): string {
  return compactText(label).replace(LEADING_NUMBER, '');
}

const BUILT_IN = new Map<string, Stage>();
for (const label of WON_LABELS) BUILT_IN.set(compactLabel(label), STAGE_WON);
for (const label of LOST_LABELS) BUILT_IN.set(compactLabel(label), STAGE_LOST);

/**
 * A function reading stage cells with the workbook's extra labels (which win over the built-in ones);
 * results are memoised per distinct cell text, so a million rows with a few labels cost a few lookups.
 */
export function stageReader(settings: Pick<Settings, 'wonLabels' | 'lostLabels'>): (value: unknown) => Stage {
  const custom = new Map<string, Stage>();
  for (const label of settings.lostLabels) custom.set(compactLabel(label), STAGE_LOST);
  for (const label of settings.wonLabels) custom.set(compactLabel(label), STAGE_WON);
  const memo = new Map<string, Stage>();
  return (value) => {
    if (typeof value !== 'string') return STAGE_OPEN;
    let stage = memo.get(value);
    if (stage === undefined) {
      const key = compactLabel(value);
      stage = key === '' ? STAGE_OPEN : (custom.get(key) ?? BUILT_IN.get(key) ?? STAGE_OPEN);
      memo.set(value, stage);
    }
    return stage;
  };
}

/** One stage cell (for single values; use `stageReader` for columns). */
export function parseStage(value: unknown, settings: Pick<Settings, 'wonLabels' | 'lostLabels'>): Stage {
  return stageReader(settings)(value);
}
