// Turns the table-form arguments (whole ranges with headers, a period, a filter) into the engine's input.

import { UserError } from '../i18n';
import { segmentFieldOf, segmentFields } from '../kpi/segment';
import type { KpiInput, Period, Segment } from '../kpi/types';
import { isDateObject } from '../model/is-date';
import type { SavedConfig } from '../model/config';
import type { EntityId } from '../model/entities';
import type { Day } from '../model/days';
import { type IdentifiedTable, identifyTable, looksLikeTable } from '../model/identify-table';
import { parseTable } from '../model/parse-table';
import { fillFromFallbacks } from '../model/split-columns';
import { parsePeriod } from '../model/period';
import type { Lang, Settings } from '../model/settings';
import type { Table } from '../model/table';
import { isBlank } from './arguments';

export interface FunctionContext {
  readonly config: SavedConfig | null;
  readonly settings: Settings;
  readonly lang: Lang;
  /** Reads a whole sheet by name (read-only; custom functions may): the related table of a saved lookup. */
  readonly readSheet?: (name: string) => unknown[][] | null;
  /** Today in the spreadsheet's zone (the clock read at the boundary): dates far past it are left out as implausible. */
  readonly today?: Day;
}

/** Leading arguments that are tables (a header row of text), then the rest. */
export function splitTableArgs(args: readonly unknown[]): { tables: unknown[][][]; rest: unknown[] } {
  let i = 0;
  while (i < args.length && looksLikeTable(args[i])) i++;
  return { tables: args.slice(0, i) as unknown[][][], rest: args.slice(i) };
}

/** A table argument once identified: its entity, its cells (fallback columns filled in) and its field columns. */
export interface FoundTable {
  readonly entity: EntityId;
  readonly values: readonly (readonly unknown[])[];
  readonly columns: Readonly<Record<string, number>>;
  readonly headerRow: number;
  /** Columns detection considered for a field and refused (a `CLOSED` yes/no column for the close date). */
  readonly considered?: IdentifiedTable['considered'];
}

/** Identifies each table argument; an unknown table is an error that shows its headers. */
export function identifyTableArgs(fn: string, tables: readonly unknown[][][], ctx: FunctionContext, wanted?: readonly EntityId[]): FoundTable[] {
  const seen = new Set<EntityId>();
  return tables.map((values, i) => {
    const remaining = wanted?.filter((e) => !seen.has(e));
    const found = identifyTable(values, ctx.config, remaining && remaining.length > 0 ? remaining : undefined) ?? identifyTable(values, ctx.config);
    if (!found) {
      const headers = (values.find((row) => row.some((v) => !isBlank(v))) ?? []).filter((v) => !isBlank(v)).slice(0, 6).map(String);
      throw new UserError('err_table_unrecognised', { fn, index: i + 1, headers: headers.join(', ') });
    }
    seen.add(found.entity);
    const filled = fillFromFallbacks(values, found.columns, found.fallbacks, found.headerRow);
    return { entity: found.entity, values: filled, columns: found.columns, headerRow: found.headerRow, considered: found.considered };
  });
}

/** Parses identified tables (a later table of the same entity wins), only the fields in `only` when given. */
export function parseTableArgs(found: readonly FoundTable[], ctx: FunctionContext, only?: ReadonlySet<string>): KpiInput {
  const parsed: Partial<Record<EntityId, Table>> = {};
  for (const f of found) {
    const sheet = ctx.config?.entities[f.entity]?.sheet ?? '';
    parsed[f.entity] = parseTable(f.entity, sheet, f.values, f.columns, { headerRow: f.headerRow, settings: ctx.settings, only, today: ctx.today });
  }
  return { tables: parsed, settings: ctx.settings };
}

/** Identifies and parses each table argument; an unknown table is an error that shows its headers. */
export function tablesFromArgs(fn: string, tables: readonly unknown[][][], ctx: FunctionContext, wanted?: readonly EntityId[]): KpiInput {
  return parseTableArgs(identifyTableArgs(fn, tables, ctx, wanted), ctx);
}

const DATE_TEXT = /^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*$/;
const isDateLike = (v: unknown) => isDateObject(v) || typeof v === 'number' || (typeof v === 'string' && DATE_TEXT.test(v));

/** Period (one value, or start and end dates) then an optional field and value. */
export function periodAndSegment(fn: string, rest: readonly unknown[], settings: Settings): { period?: Period; segment?: Segment } {
  if (rest.length === 0 || isBlank(rest[0])) return {};
  let i = 1;
  let period: Period;
  if (rest.length > 1 && isDateLike(rest[0]) && isDateLike(rest[1])) {
    period = parsePeriod(rest[0], settings, rest[1]);
    i = 2;
  } else period = parsePeriod(rest[0], settings);
  if (rest.length <= i || isBlank(rest[i])) return { period };
  const field = segmentFieldOf(String(rest[i]));
  if (!field) throw new UserError('err_bad_segment_field', { fn, field: String(rest[i]), known: segmentFields().join(', ') });
  if (rest.length <= i + 1 || isBlank(rest[i + 1])) throw new UserError('err_segment_value_missing', { fn, field: String(rest[i]) });
  return { period, segment: { field, value: String(rest[i + 1]) } };
}
