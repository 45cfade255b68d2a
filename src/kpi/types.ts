// The shape of a KPI catalog entry and of its results: one declaration per KPI, everything else derived.

import type { Day } from '../model/days';
import type { EntityId } from '../model/entities';
import type { Settings } from '../model/settings';
import type { Table } from '../model/table';

export type Unit = 'currency' | 'rate' | 'hours' | 'days' | 'months' | 'count' | 'ratio';
export type Better = 'up' | 'down' | 'neutral';
export interface Text {
  readonly fr: string;
  readonly en: string;
}

/** A period: days from `start` (inclusive) to `end` (exclusive). `key` is how the user wrote it, normalised. */
export interface Period {
  readonly key: string;
  readonly start: Day;
  readonly end: Day;
}

/** Restricts every table that has the field to rows whose value equals `value` (case- and accent-insensitive). */
export interface Segment {
  readonly field: string;
  readonly value: string;
}

/** A set of fields of one entity that a KPI needs. */
export interface Need {
  readonly entity: EntityId;
  readonly fields: readonly string[];
}

export interface KpiInput {
  readonly tables: Readonly<Partial<Record<EntityId, Table>>>;
  readonly settings: Settings;
}

/** One row of a KPI's breakdown (per rep, per reason, per sector, ...). */
export interface BreakdownRow {
  readonly key: string;
  readonly value: number | null;
  readonly count: number;
  readonly share?: number | null;
  /** Which family the row belongs to when a breakdown mixes several (`customers` / `prospects` for by_sector). */
  readonly group?: string;
}

export interface KpiResult {
  /** null when the KPI has no value (zero denominator, no data); `why` then says why. */
  readonly value: number | null;
  readonly why?: NoValueReason;
  /** Rows that entered the computation, and rows left out with the reason. */
  readonly used: number;
  readonly skipped: number;
  readonly skippedBy?: Readonly<Record<string, number>>;
  /** Numerator and denominator where the KPI is a ratio, so a dashboard can show how it was obtained. */
  readonly numerator?: number;
  readonly denominator?: number;
  readonly breakdown?: readonly BreakdownRow[];
  /** Assumptions the computation made, as codes with a `kpi_note_<code>` message (e.g. `margin_rate_assumed`). */
  readonly notes?: readonly string[];
  /** With `why: 'missing_table' | 'missing_field'`: the entity and the fields to map to unlock the KPI. */
  readonly missing?: Need;
}

/** `all_skipped`: the period has rows, but every one was left out (e.g. won deals without an amount). */
export type NoValueReason = 'zero_denominator' | 'no_rows' | 'all_skipped' | 'missing_table' | 'missing_field' | 'no_target' | 'previous_empty';

/** What an arithmetic argument must be; breaking a rule is an error that names the argument. */
export interface ParamRules {
  /** 'interval': a billing interval written as text (`month`, `year`, `3 months`), read as months per interval. */
  readonly kind?: 'number' | 'interval';
  /** May be left out (trailing parameters only); `fallback` is used then. */
  readonly optional?: { readonly fallback: number };
  /** Smallest value accepted (0 for counts and amounts that cannot be negative). */
  readonly min?: number;
  /** A rate written as a fraction: above 1 is refused as a likely slip (80 typed for 80 %). */
  readonly fraction?: boolean;
  /** Another parameter this one is a part of, so cannot exceed (lost customers ≤ customers at the start). */
  readonly atMost?: string;
}

export interface ArithmeticParam extends ParamRules {
  /** Parameter name (snake_case English, shown in autocomplete). */
  readonly name: string;
  readonly doc: Text;
}

/** Parameters that together are a part of another: `plus` summed, less `minus`, cannot exceed `atMost`. */
export interface ArithmeticBound {
  readonly plus: readonly string[];
  readonly minus?: readonly string[];
  readonly atMost: string;
}

export interface ArithmeticForm {
  /** Parameter names with FR/EN descriptions and the rules their values follow. */
  readonly params: readonly ArithmeticParam[];
  /** Pure math on the summed arguments; returns null when the result is undefined (zero denominator). */
  readonly compute: (...args: number[]) => number | null;
  /** Parameters whose value 0 leaves no value (the denominator): the message names those that are 0. */
  readonly zero?: readonly string[];
  /** Sums of parameters bounded by another (contraction + churned ≤ mrr_start), checked after each parameter's rules. */
  readonly bounds?: readonly ArithmeticBound[];
}

export interface KpiDef {
  readonly id: string;
  /** Custom-function name, upper snake case (`WIN_RATE`). */
  readonly fn: string;
  readonly label: Text;
  readonly description: Text;
  readonly unit: Unit;
  readonly better: Better;
  /** Alternatives: the first whose tables and fields are all present is used. */
  readonly needs: readonly (readonly Need[])[];
  readonly compute: (input: KpiInput, period: Period, segment?: Segment) => KpiResult;
  readonly arithmetic?: ArithmeticForm;
  /** The custom function returns the breakdown as a table (a header row, then one row per key) instead of the value. */
  readonly spills?: boolean;
  /** Where published sources use another convention than DESIGN's, and which one this KPI follows (for the docs). */
  readonly note?: Text;
  /** A worked example for the docs, in formula syntax (`=CAC(10000, 50)` → `200`). */
  readonly example: { readonly formula: string; readonly result: string };
}
