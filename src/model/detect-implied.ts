// Columns a table implies without having them: a table of won deals only (a won date, no stage) and a quota table
// with no metric column (its targets are revenue targets).

import type { EntityId } from './entities';
import { type Phrase, phraseScore, toPhrase } from './header-phrase';

/** Close-date headers that say every row was won (Olist's `won_date`, Pipedrive's `Won time`, `Date de signature`). */
const WON_DATE_HEADERS = [
  'won date', 'won time', 'date won', 'won at', 'date de gain', 'date gagne', 'date de signature', 'signe le', 'signee le',
  'signed on', 'signed at', 'date signature',
];

let wonPhrases: readonly Phrase[] | null = null;

/** Whether a close-date header names the day a deal was won (not closed either way). */
export function namesWonDate(header: unknown): boolean {
  if (!wonPhrases) wonPhrases = WON_DATE_HEADERS.map(toPhrase);
  const phrase = toPhrase(header);
  return wonPhrases.some((w) => phraseScore(phrase, w) >= 0.9);
}

export type ImpliedColumn = 'won_only' | 'revenue_target';

/**
 * The column a table implies, if any: `won_only` for deals with a close date named as a won date and no stage
 * column (every row is a won deal), `revenue_target` for targets with a target column and no metric column.
 */
export function impliedColumn(
  entity: EntityId,
  columns: Readonly<Record<string, number>>,
  headerCells: readonly unknown[] | undefined,
): ImpliedColumn | null {
  const has = (field: string) => Number.isInteger(columns[field]) && columns[field] >= 0;
  if (entity === 'deals' && !has('stage') && has('closed') && namesWonDate(headerCells?.[columns.closed])) return 'won_only';
  if (entity === 'targets' && !has('metric') && has('target')) return 'revenue_target';
  return null;
}
