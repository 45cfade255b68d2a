// A deal table's outcome: the stage column read with the vocabulary, won/closed flags (IsWon, IsClosed, Bitrix CLOSED)
// filling in or confirming it, and every label still unknown reported with examples instead of counted as open.

import { BlankTokens, isTextBlankToken } from './blank-tokens';
import type { IssueCollector } from './column-issues';
import { type StageLabels, stageReader, stageText } from './coerce-stage';
import { type Column, STAGE_LOST, STAGE_OPEN, STAGE_UNKNOWN, STAGE_WON } from './table';

type Cells = readonly (readonly unknown[])[];

/** Deal fields holding yes/no outcome flags, read with the stage. */
export const OUTCOME_FLAGS: readonly string[] = ['is_won', 'is_closed'];
/** How many distinct unknown labels an issue quotes. */
const EXAMPLES = 5;

/**
 * Reads the stage cells: open, won, lost, or STAGE_UNKNOWN for a label known nowhere; placeholders (`NULL`, `\N`,
 * `(none)`) are blanks (open), counted as `read_as_blank`.
 */
export function readStageColumn(
  rows: Cells,
  col: number,
  rowIndex: Int32Array,
  settings: StageLabels,
  field: string,
  issues: IssueCollector,
): Uint8Array {
  const read = stageReader(settings);
  const stages = new Uint8Array(rowIndex.length);
  const blank = read('');
  const tokens = new BlankTokens();
  for (let i = 0; i < rowIndex.length; i++) {
    const v = rows[rowIndex[i]][col];
    if (typeof v === 'string' && isTextBlankToken(v.trim())) {
      stages[i] = blank;
      tokens.add(v.trim());
      issues.add(field, 'read_as_blank', rowIndex[i] + 1, false);
    } else stages[i] = read(v);
  }
  if (tokens.seen.length > 0) issues.setDetail(field, 'read_as_blank', tokens.detail);
  return stages;
}

function flagValues(columns: Readonly<Record<string, Column | undefined>>, field: string): Uint8Array | undefined {
  const c = columns[field];
  return c && c.type === 'flag' ? c.values : undefined;
}

/** The outcome the flags tell for row i: won, lost, open, or unknown when they cannot tell (IsWon = no alone). */
function flagOutcome(won: Uint8Array | undefined, closed: Uint8Array | undefined, i: number): number {
  if (won && won[i] === 1) return STAGE_WON;
  if (!closed) return STAGE_UNKNOWN;
  if (closed[i] === 0) return STAGE_OPEN;
  return won ? STAGE_LOST : STAGE_UNKNOWN;
}

/** `"Foo" (12), "Bar" (3), …`: the most frequent labels of the rows listed, with their counts. */
function examples(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, EXAMPLES);
  const text = top.map(([label, n]) => `“${label.length > 40 ? `${label.slice(0, 39)}…` : label}” (${n})`).join(', ');
  return counts.size > EXAMPLES ? `${text}, …` : text;
}

/**
 * Completes the deals' `stage` column once every column is read: flags resolve unknown labels and are checked against
 * known ones (a contradiction is flagged, the stage kept); without a stage column, flags make one (header of the flag);
 * rows left unknown are reported (blocking: they count as neither won, lost nor open).
 */
export function finishStages(
  columns: Record<string, Column | undefined>,
  headers: Record<string, string>,
  rows: Cells,
  stageCol: number | undefined,
  flagCols: Readonly<Record<string, number>>,
  rowIndex: Int32Array,
  issues: IssueCollector,
): void {
  const won = flagValues(columns, 'is_won');
  const closed = flagValues(columns, 'is_closed');
  const existing = columns.stage;
  let stages: Uint8Array;
  let labelOf: (i: number) => string;
  if (existing && existing.type === 'stage') {
    stages = existing.values;
    labelOf = (i) => stageText(rows[rowIndex[i]][stageCol ?? -1]);
    if (won || closed) {
      const conflicts: number[] = [];
      for (let i = 0; i < stages.length; i++) {
        const f = flagOutcome(won, closed, i);
        if (f === STAGE_UNKNOWN || f === stages[i]) continue;
        if (stages[i] === STAGE_UNKNOWN || labelOf(i) === '') stages[i] = f;
        else conflicts.push(i);
      }
      const detail = examples(conflicts.map(labelOf));
      for (const i of conflicts) issues.add('stage', 'stage_flag_conflict', rowIndex[i] + 1, false, detail);
    }
  } else if (won || closed) {
    stages = new Uint8Array(rowIndex.length);
    for (let i = 0; i < stages.length; i++) stages[i] = flagOutcome(won, closed, i);
    const header = headers[won ? 'is_won' : 'is_closed'];
    columns.stage = { type: 'stage', header, values: stages };
    headers.stage = header;
    const flagText = (f: string, i: number) => `${headers[f]} = ${stageText(rows[rowIndex[i]][flagCols[f]]) || '—'}`;
    labelOf = (i) => [won ? flagText('is_won', i) : '', closed ? flagText('is_closed', i) : ''].filter(Boolean).join(', ');
  } else return;
  const unknown: number[] = [];
  for (let i = 0; i < stages.length; i++) if (stages[i] === STAGE_UNKNOWN) unknown.push(i);
  if (!unknown.length) return;
  const detail = examples(unknown.map(labelOf));
  for (const i of unknown) issues.add('stage', 'unknown_stage', rowIndex[i] + 1, true, detail);
}

/** The distinct stage labels of a column with their counts, most frequent first (the sidebar's ticking list). */
export function distinctStageLabels(values: readonly unknown[], limit = 50): { label: string; rows: number }[] {
  const counts = new Map<string, { label: string; rows: number }>();
  for (const v of values) {
    const label = stageText(v);
    if (label === '') continue;
    const entry = counts.get(label);
    if (entry) entry.rows++;
    else counts.set(label, { label, rows: 1 });
  }
  return [...counts.values()].sort((a, b) => b.rows - a.rows || a.label.localeCompare(b.label)).slice(0, limit);
}
