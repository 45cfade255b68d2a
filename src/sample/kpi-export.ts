// Every KPI for every month the data covers, plus the data quality, as plain JSON (for kpis.json of `npm start`).

import { keyCodes } from '../kpi/keys';
import { joinedFields, type LookupReport, unsegmentedEntities } from '../kpi/lookup-join';
import { kpiById } from '../kpi/catalog';
import { type MissingFields, missingFields } from '../kpi/missing';
import { MAX_MONTHS, monthlyTable, monthAsPeriod, monthsCovered } from '../kpi/monthly';
import { computeKpi } from '../kpi/compute';
import type { KpiInput, KpiResult } from '../kpi/types';
import { type MonthIndex, monthKey } from '../model/days';
import type { EntityId } from '../model/entities';
import { shownText } from '../model/shown-text';
import type { IssueKind } from '../model/table';
import { shownDuration } from '../dashboard/duration';
import { type ChangeJson, comparisonsJson } from '../dashboard/export-comparisons';

export interface KpiRow {
  readonly id: string;
  readonly period: string;
  /** null when the KPI has no value for the period (`why` says why). */
  readonly value: number | null;
  /** null for the whole team; `{ field: 'owner', value: 'Camille Martin' }` for one rep. */
  readonly segment: { readonly field: string; readonly value: string } | null;
  readonly used: number;
  readonly skipped: number;
  readonly skippedBy?: Readonly<Record<string, number>>;
  readonly why?: string;
  /** KPIs in hours (lead response time): the value as the dashboard shows it, in hours below 48 h, else in days. */
  readonly display?: { readonly value: number; readonly unit: 'hours' | 'days' };
  /** For the team's KPIs of the chosen month: previous month, same month last year, QTD and YTD values. */
  readonly comparisons?: Readonly<Record<'previous' | 'lastYear' | 'qtd' | 'ytd', number | null>>;
  /** Each comparison's change and its kind: `pt` (points) for rates, `%` (a fraction) for amounts and counts. */
  readonly changes?: Readonly<Record<'previous' | 'lastYear' | 'qtd' | 'ytd', ChangeJson>>;
}

export interface TableQualityJson {
  readonly entity: EntityId;
  readonly sheet: string;
  readonly rowsRead: number;
  readonly rows: number;
  readonly blankRows: number;
  readonly issues: readonly {
    field: string;
    header: string;
    kind: IssueKind;
    count: number;
    rows: readonly number[];
    blocking: boolean;
    /** Kind-specific detail: examples of unknown stage labels, the main currency, the day/month order. */
    detail?: string;
  }[];
}

export interface KpiExport {
  readonly month: string;
  readonly months: readonly string[];
  readonly kpis: readonly KpiRow[];
  readonly dataQuality: {
    readonly tables: readonly TableQualityJson[];
    readonly problems: readonly string[];
    /** One entry per related table joined: rows matched, blank and not found (with examples and sheet rows). */
    readonly lookups: readonly LookupReport[];
  };
  /** KPIs the tables cannot compute and what to map for them: entity, fields (ids), KPI ids, closest columns. */
  readonly missing: readonly MissingFields[];
  /** Set when the data spans more than MAX_MONTHS months: only the most recent are exported. */
  readonly monthsCapped?: { readonly limit: number; readonly dataFirstMonth: string; readonly monthsLeftOut: number };
}

/** KPIs also given per rep for the chosen month. */
export const PER_REP_KPIS = ['revenue', 'deals_won', 'win_rate', 'sales_cycle', 'target_attainment'];
/** KPIs also given per value of each related table's column (`accounts.sector`) for the chosen month. */
export const PER_LOOKUP_KPIS = ['revenue', 'deals_won', 'deals_lost', 'win_rate', 'sales_cycle'];

function row(id: string, period: string, r: KpiResult, segment: KpiRow['segment']): KpiRow {
  const value = r.value !== null && Number.isFinite(r.value) ? r.value : null;
  const shown = value !== null && kpiById(id)?.unit === 'hours' ? shownDuration(value) : null;
  return {
    id,
    period,
    value,
    // The segment as shown: a 5 MB owner name is written as its first 256 characters.
    segment: segment && { field: segment.field, value: shownText(segment.value) },
    used: r.used,
    skipped: r.skipped,
    ...(r.skippedBy ? { skippedBy: { ...r.skippedBy } } : {}),
    ...(value === null && r.why ? { why: shownText(r.why) } : {}),
    ...(shown ? { display: { value: Math.round(shown.value * 10) / 10, unit: shown.unit } } : {}),
  };
}

function quality(input: KpiInput, problems: readonly string[], lookups: readonly LookupReport[]): KpiExport['dataQuality'] {
  const tables: TableQualityJson[] = [];
  for (const [entity, table] of Object.entries(input.tables) as [EntityId, NonNullable<KpiInput['tables'][EntityId]>][]) {
    tables.push({
      entity,
      sheet: shownText(table.sheet),
      rowsRead: table.rowsRead,
      rows: table.size,
      blankRows: Math.max(0, table.rowsRead - table.size),
      issues: table.issues.map((i) => ({
        field: i.field,
        header: shownText(i.header),
        kind: i.kind,
        count: i.count,
        rows: [...i.rows],
        blocking: i.blocking,
        ...(i.detail === undefined ? {} : { detail: shownText(i.detail) }),
      })),
    });
  }
  return { tables, problems: problems.map((p) => shownText(p, 1024)), lookups: [...lookups] };
}

/** Rows per value of each joined column, for the KPIs every table they read can be segmented by it. */
function lookupRows(input: KpiInput, period: ReturnType<typeof monthAsPeriod>): KpiRow[] {
  const out: KpiRow[] = [];
  for (const [field, { entities }] of joinedFields(input)) {
    const ids = PER_LOOKUP_KPIS.filter((id) => {
      const def = kpiById(id);
      return def && unsegmentedEntities(def, input, field).length === 0;
    });
    const table = input.tables[entities[0]];
    const labels = table ? (keyCodes(table, field)?.labels ?? []) : [];
    for (const value of labels) {
      if (value === '') continue;
      const segment = { field, value };
      for (const id of ids) out.push(row(id, period.key, computeKpi(id, input, period, segment), segment));
    }
  }
  return out;
}

/**
 * The export for `month` (default: the last month covered, as defaultMonth); every catalog KPI for each month,
 * team-wide; per rep and per value of each related table's column (`{ field: 'accounts.sector', value: 'retail' }`) for that month.
 */
export function buildKpiExport(
  input: KpiInput,
  month: MonthIndex | null,
  problems: readonly string[] = [],
  lookups: readonly LookupReport[] = [],
): KpiExport {
  const months = monthsCovered(input);
  const all = monthsCovered(input, undefined, Number.POSITIVE_INFINITY);
  const chosen = month ?? (months.length > 0 ? months[months.length - 1] : null);
  const kpis: KpiRow[] = [];
  for (const { month: m, results } of monthlyTable(input, months)) {
    for (const id of Object.keys(results)) {
      const r = row(id, monthKey(m), results[id], null);
      kpis.push(m === chosen ? { ...r, ...comparisonsJson(id, input, m, r.value) } : r);
    }
  }
  if (chosen !== null) {
    const period = monthAsPeriod(chosen);
    const deals = input.tables.deals;
    const owners = deals ? (keyCodes(deals, 'owner')?.labels ?? []) : [];
    for (const owner of owners) {
      const segment = { field: 'owner', value: owner };
      for (const id of PER_REP_KPIS) kpis.push(row(id, period.key, computeKpi(id, input, period, segment), segment));
    }
    kpis.push(...lookupRows(input, period));
  }
  return {
    month: chosen === null ? '' : monthKey(chosen),
    months: months.map(monthKey),
    kpis,
    dataQuality: quality(input, problems, lookups),
    missing: missingFields(input.tables),
    ...(all.length > months.length ? { monthsCapped: { limit: MAX_MONTHS, dataFirstMonth: monthKey(all[0]), monthsLeftOut: all.length - months.length } } : {}),
  };
}
