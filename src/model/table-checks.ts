// Checks across a parsed table that only flag rows: duplicated ids, deals closed before creation, future dates.

import type { IssueCollector } from './column-issues';
import type { Day } from './days';
import { repeatedPositions } from './duplicates';
import type { EntityId } from './entities';
import { type Column, STAGE_OPEN } from './table';

/** Date fields that may legitimately lie ahead (planned targets, scheduled churn). */
const FUTURE_ALLOWED: Readonly<Partial<Record<EntityId, readonly string[]>>> = {
  targets: ['date'],
  customers: ['end'],
};

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
  const created = columns.created;
  const closed = columns.closed;
  if (entity === 'deals' && created?.type === 'date' && closed?.type === 'date') {
    for (let i = 0; i < rowIndex.length; i++) {
      if (closed.values[i] < created.values[i]) issues.add('closed', 'close_before_create', rowIndex[i] + 1, false);
    }
  }
  if (today === undefined) return;
  const stage = columns.stage;
  for (const [field, column] of Object.entries(columns)) {
    if (column?.type !== 'date' || FUTURE_ALLOWED[entity]?.includes(field)) continue;
    const openStage = entity === 'deals' && field === 'closed' ? (stage?.type === 'stage' ? stage.values : null) : undefined;
    if (openStage === null) continue; // expected close dates of deals without a stage column: nothing to tell
    const days = column.values;
    for (let i = 0; i < rowIndex.length; i++) {
      if (days[i] > today && !(openStage && openStage[i] === STAGE_OPEN)) {
        issues.add(field, 'future_date', rowIndex[i] + 1, false);
      }
    }
  }
}
