// Monthly sources a compiled KPI reads: rows of a table grouped by the month of a date, customer flows, first rows per key.

import type { EntityId } from '../model/entities';

/**
 * `rows`: the table's rows whose `date` is set, grouped by its month.
 * `flow`: every valid customer (start set, end blank or not before start) against every month (active at start, ...).
 * `first`: the earliest-dated row of each key (blank keys are their own), grouped by the month of that date.
 * `span`: one row, the first and last day of the table's data (as the engine's `kpi/span.ts`), joined to every month.
 * `running`: the rows whose `date` falls before the end of each month (running totals: additive aggregates only).
 * `movements`: the subscriptions' MRR movements of each month (`sql/subscriptions.ts`), every column at once.
 */
export type SourceKind = 'rows' | 'flow' | 'first' | 'span' | 'running' | 'movements';

export interface Source {
  readonly kind: SourceKind;
  readonly table: EntityId;
  readonly date: string;
  /** For `first`: the key column, and whether only won deals count. */
  readonly key?: string;
  readonly wonOnly?: boolean;
}

export const STAGE_SQL = { open: 0, won: 1, lost: 2 } as const;

export const rows = (table: EntityId, date: string): Source => ({ kind: 'rows', table, date });
export const flow: Source = { kind: 'flow', table: 'customers', date: 'start' };
export const first = (table: EntityId, key: string, date: string, wonOnly = false): Source => ({ kind: 'first', table, date, key, wonOnly });

export const movements: Source = { kind: 'movements', table: 'subscriptions', date: 'start' };

export const running = (table: EntityId, date: string): Source => ({ kind: 'running', table, date });

export const span = (table: EntityId): Source => ({ kind: 'span', table, date: '' });

/** Date fields that never extend a table's span (planned end dates, targets), as in the engine. */
export const FORWARD_DATES: Readonly<Partial<Record<EntityId, readonly string[]>>> = { customers: ['end'], targets: ['date'], subscriptions: ['end'] };

/** The span aggregates of a table: its first and last day (NULL when it has no date). */
export const spanAggregates = (table: EntityId): Aggregate[] => [
  { source: span(table), name: `span_first_${table}`, sql: () => '' },
  { source: span(table), name: `span_last_${table}`, sql: () => '' },
];

/** A stable name for the common table expression of a source. */
export function sourceName(s: Source): string {
  if (s.kind === 'span') return `span_${s.table}`;
  return s.kind === 'first' ? `first_${s.table}_${s.key}_${s.date}${s.wonOnly ? '_won' : ''}` : `${s.kind}_${s.table}_${s.date}`;
}

/** What an aggregate's SQL is written with: quoted columns of the source's table, day differences, folded text. */
export interface SqlContext {
  col(field: string): string;
  days(from: string, to: string): string;
  fold(text: string): string;
}

type Cond = (x: SqlContext) => string;

/** An aggregate computed by a source for each month. */
export interface Aggregate {
  readonly source: Source;
  readonly name: string;
  readonly sql: (x: SqlContext) => string;
}

/** `COUNT` of the month's rows matching `when` (all rows without it). */
export const countWhere = (source: Source, name: string, when?: Cond): Aggregate => ({
  source,
  name,
  sql: (x) => (when ? `SUM(CASE WHEN ${when(x)} THEN 1 ELSE 0 END)` : 'COUNT(*)'),
});

/** `SUM` of a value over the month's rows matching `when` (NULL values ignored, NULL when none). */
export const sumWhere = (source: Source, name: string, value: (x: SqlContext) => string, when: Cond): Aggregate => ({
  source,
  name,
  sql: (x) => `SUM(CASE WHEN ${when(x)} THEN ${value(x)} END)`,
});
