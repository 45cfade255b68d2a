// A parsed table: typed columns (days, numbers, texts, stages, flags) plus the row-level issues found.

import type { Day } from './days';
import type { EntityId } from './entities';

export const STAGE_OPEN = 0;
export const STAGE_WON = 1;
export const STAGE_LOST = 2;
/** A label that reads as neither won, lost nor a known open stage: reported, left out of won/lost/open counts. */
export const STAGE_UNKNOWN = 3;

export type Column =
  | { readonly type: 'date'; readonly header: string; readonly values: Float64Array } // day number, NaN = blank/unreadable
  | { readonly type: 'amount' | 'number'; readonly header: string; readonly values: Float64Array } // NaN = blank/unreadable
  | { readonly type: 'text'; readonly header: string; readonly values: readonly string[] } // '' = blank
  | StageColumn
  | { readonly type: 'flag'; readonly header: string; readonly values: Uint8Array }; // 1 = yes, 0 = no/blank

/** A stage column: open/won/lost per row, and the label as written (first spelling of each, trimmed) for breakdowns by stage. */
export interface StageColumn {
  readonly type: 'stage';
  readonly header: string;
  readonly values: Uint8Array; // STAGE_*
  /** Code of each row's label in `labels`, -1 when blank. */
  readonly labelCodes?: Int32Array;
  readonly labels?: readonly string[];
}

export type IssueKind =
  | 'unreadable_number'
  | 'unreadable_date'
  | 'ambiguous_day_month'
  | 'negative_amount'
  | 'mixed_currencies'
  | 'close_before_create'
  | 'future_date'
  | 'duplicate_id'
  | 'two_digit_year'
  | 'contradictory_day_month'
  | 'read_as_blank'
  | 'implausible_number'
  | 'percent_in_amount'
  | 'ambiguous_decimal'
  | 'foreign_currency'
  | 'implausible_early_date'
  | 'implausible_future_date'
  | 'implausible_cycle'
  | 'unknown_stage'
  | 'stage_flag_conflict'
  // Not problems but readings the person should know of (model/detect-implied.ts).
  | 'won_only'
  | 'revenue_target';

/** A problem found in one column, with the sheet rows concerned (first rows only, and the total). */
export interface FieldIssue {
  readonly entity: EntityId;
  readonly sheet: string;
  readonly field: string;
  readonly header: string;
  readonly kind: IssueKind;
  readonly rows: readonly number[];
  readonly count: number;
  /** Whether the rows concerned were left out of every KPI (true) or only flagged (false). */
  readonly blocking: boolean;
  /**
   * Kind-specific detail: the order used (`dmy`/`mdy`) for day/month issues, the main currency for mixed ones, `USD/EUR`
   * (written/workbook) for foreign ones, the placeholders seen (`\N, NULL`) for blanks, `comma`/`dot` for decimals,
   * the last plausible day (`YYYY-MM-DD`) for implausible future dates.
   */
  readonly detail?: string;
}

/** A text column brought from a related table (a lookup), already as codes: one per row, -1 when unknown or blank. */
export interface DerivedColumn {
  /** How a person reads it: `accounts · sector`. */
  readonly header: string;
  readonly codes: Int32Array;
  /** Display spelling and normalised value of each code. */
  readonly labels: readonly string[];
  readonly norms: readonly string[];
}

export interface Table {
  readonly entity: EntityId;
  readonly sheet: string;
  /** Number of data rows kept (fully blank rows are dropped). */
  readonly size: number;
  /** 1-based sheet row of each kept row, for messages. */
  readonly rowNumbers: Int32Array;
  readonly columns: Readonly<Record<string, Column | undefined>>;
  readonly issues: readonly FieldIssue[];
  /** Data rows read, blank rows included (for data-quality reports). */
  readonly rowsRead: number;
  /** Columns of related tables joined to this one, by canonical segment field (`accounts.sector`). */
  readonly derived?: Readonly<Record<string, DerivedColumn | undefined>>;
  /** Every header of the sheet's header row as written (trimmed; '' for blanks), to suggest columns for missing fields. */
  readonly headers?: readonly string[];
}

export function dateColumn(table: Table, field: string): Float64Array | undefined {
  const c = table.columns[field];
  return c && c.type === 'date' ? c.values : undefined;
}

export function numberColumn(table: Table, field: string): Float64Array | undefined {
  const c = table.columns[field];
  return c && (c.type === 'amount' || c.type === 'number') ? c.values : undefined;
}

export function textColumn(table: Table, field: string): readonly string[] | undefined {
  const c = table.columns[field];
  return c && c.type === 'text' ? c.values : undefined;
}

export function stageColumn(table: Table, field: string): Uint8Array | undefined {
  const c = table.columns[field];
  return c && c.type === 'stage' ? c.values : undefined;
}

/** The stage labels of a stage column (code per row, -1 blank), when the parser kept them. */
export function stageLabels(table: Table, field: string): { readonly codes: Int32Array; readonly labels: readonly string[] } | undefined {
  const c = table.columns[field];
  return c && c.type === 'stage' && c.labelCodes && c.labels ? { codes: c.labelCodes, labels: c.labels } : undefined;
}

export function flagColumn(table: Table, field: string): Uint8Array | undefined {
  const c = table.columns[field];
  return c && c.type === 'flag' ? c.values : undefined;
}

export type { Day };
