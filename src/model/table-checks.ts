// Checks across a parsed table: duplicated ids, closes before creation, future dates (flagged); implausible ones left out.

import type { IssueCollector } from './column-issues';
import { lastPlausibleDay } from './date-outliers';
import { type Day, dayKey } from './days';
import { repeatedPositions } from './duplicates';
import type { EntityId } from './entities';
import { type Column, STAGE_OPEN } from './table';

/** Date fields that may legitimately lie ahead (planned targets, scheduled churn). */
const FUTURE_ALLOWED: Readonly<Partial<Record<EntityId, readonly string[]>>> = {
  targets: ['date'],
  customers: ['end'],
  subscriptions: ['end'],
};

// Imported binding copied to a module constant: hot loops read a local, never a module getter (tsx, jest).
const OPEN = STAGE_OPEN;

/** A deal open longer than this (ten years) has a wrong creation or close date: its creation date is left out. */
export const MAX_CYCLE_DAYS = 3653;

export function checkTable(
  entity: EntityId,
  columns: Readonly<Record<string, Column | undefined>>,
  rowIndex: Int32Array,
  today: Day | undefined,
  issues: IssueCollector,
): void {
  const id = columns.id;
  if (id && id.type === 'text' && entity !== 'complaints') {
    for (const i of repeatedPositions(id.values)) issues.add('id', 'duplicate_id', rowIndex[i] + 1, false);
  }
  const stage = columns.stage;
  for (const [field, column] of Object.entries(columns)) {
    if (column?.type !== 'date' || FUTURE_ALLOWED[entity]?.includes(field)) continue;
    // Expected close dates of open deals may lie ahead; without a stage column every close date counts as one.
    const open = entity === 'deals' && field === 'closed' && stage?.type === 'stage' ? stage.values : null;
    leaveOutImplausible(field, column.values, open, rowIndex, today, issues);
  }
  const created = columns.created;
  const closed = columns.closed;
  if (entity === 'deals' && created?.type === 'date' && closed?.type === 'date') {
    for (let i = 0; i < rowIndex.length; i++) {
      const span = closed.values[i] - created.values[i];
      if (span < 0) issues.add('closed', 'close_before_create', rowIndex[i] + 1, false);
      else if (span > MAX_CYCLE_DAYS) {
        created.values[i] = Number.NaN;
        issues.add('created', 'implausible_cycle', rowIndex[i] + 1, true);
      }
    }
  }
  if (today === undefined) return;
  for (const [field, column] of Object.entries(columns)) {
    if (column?.type !== 'date' || FUTURE_ALLOWED[entity]?.includes(field)) continue;
    const openStage = entity === 'deals' && field === 'closed' ? (stage?.type === 'stage' ? stage.values : null) : undefined;
    if (openStage === null) continue; // expected close dates of deals without a stage column: nothing to tell
    const days = column.values;
    for (let i = 0; i < rowIndex.length; i++) {
      if (days[i] > today && !(openStage && openStage[i] === OPEN)) {
        issues.add(field, 'future_date', rowIndex[i] + 1, false);
      }
    }
  }
}

/** Days past the column's last plausible one (see lastPlausibleDay) become NaN, listed as `implausible_future_date`. */
function leaveOutImplausible(
  field: string,
  days: Float64Array,
  open: Uint8Array | null,
  rowIndex: Int32Array,
  today: Day | undefined,
  issues: IssueCollector,
): void {
  let skip: Uint8Array | null = null;
  if (open) {
    skip = new Uint8Array(open.length);
    for (let i = 0; i < open.length; i++) skip[i] = open[i] === OPEN ? 1 : 0;
  }
  const last = lastPlausibleDay(days, skip, today);
  if (last === Number.POSITIVE_INFINITY) return;
  for (let i = 0; i < days.length; i++) {
    if (days[i] > last && !skip?.[i]) {
      days[i] = Number.NaN;
      issues.add(field, 'implausible_future_date', rowIndex[i] + 1, true, dayKey(last));
    }
  }
}
