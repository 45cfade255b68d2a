// The comparison key of a stage label: compacted text without CRM pipeline prefix nor sort numbers or percentages.

import { compactText } from './normalize';

/** Bitrix24 pipeline prefix (`C2:WON`), sort numbers (`6 - Closed Won`) and probabilities (`Won 100%`). */
const PIPELINE_PREFIX = /^\s*c\d+\s*:/i;
const EDGE_NUMBERS = /^\d+|\d+$/g;

/** `"6 - Closed Won"`, `"closedwon"`, `"C2:WON"` → `"closedwon"`, `"closedwon"`, `"won"`; all-digit labels stay. */
export function stageKey(label: string): string {
  const compact = compactText(label.replace(PIPELINE_PREFIX, ''));
  return compact.replace(EDGE_NUMBERS, '') || compact;
}
