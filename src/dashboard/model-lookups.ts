// The dashboard's "by sector", "by region" tables: one keyed table per column brought by a related table (lookup).

import { t } from '../i18n';
import { kpiById } from '../kpi/catalog';
import { keyCodes } from '../kpi/keys';
import { joinedFields, unsegmentedEntities } from '../kpi/lookup-join';
import { computableKpis } from '../kpi/requirements';
import type { Period } from '../kpi/types';
import type { Lang } from '../model/settings';
import type { Calc } from './model-calc';
import { MAX_KEYS } from './model-tables';
import type { KeyedTable, Num } from './model-types';

/** A keyed table with its section title (`By sector (accounts)`). */
export interface RelatedTableView {
  readonly title: string;
  /** Canonical segment field of the column (`accounts.sector`). */
  readonly field: string;
  readonly table: KeyedTable;
}

/** KPIs shown per value, when every table they read has the column. */
const COLUMNS = [
  { id: 'revenue', header: 'dash_rep_revenue' },
  { id: 'deals_won', header: 'dash_rep_won' },
  { id: 'win_rate', header: 'dash_rep_win_rate' },
  { id: 'sales_cycle', header: 'dash_rep_cycle' },
] as const;

/**
 * One table per joined column with at least two values: a row per value (most revenue first, rows without any value
 * left out), the KPIs computed on the segment `column = value`. Values past MAX_KEYS are counted in `more`.
 */
export function buildRelatedTables(calc: Calc, period: Period, lang: Lang): RelatedTableView[] {
  const ok = new Set(computableKpis(calc.input.tables).map((d) => d.id));
  const views: RelatedTableView[] = [];
  for (const [field, { header, entities }] of joinedFields(calc.input)) {
    const columns = COLUMNS.filter((c) => {
      const def = kpiById(c.id);
      return ok.has(c.id) && def !== undefined && unsegmentedEntities(def, calc.input, field).length === 0;
    });
    const table = calc.input.tables[entities[0]];
    const keys = (table ? (keyCodes(table, field)?.labels ?? []) : []).filter((k) => k !== '');
    if (columns.length === 0 || keys.length < 2) continue;
    const shown = keys.slice(0, MAX_KEYS);
    const rows = shown
      .map((key) => ({ key, cells: columns.map((c) => calc.figure(c.id, period, 'value', { field, value: key })) as Num[] }))
      .filter((row) => row.cells.some((c) => c.value !== null));
    const score = (cells: readonly Num[]) => cells[0]?.value ?? -Infinity;
    rows.sort((a, b) => score(b.cells) - score(a.cells));
    const [related, column] = header.split(' · ');
    views.push({
      title: t(lang, 'dash_section_related', { column: column ?? header, table: related ?? '' }),
      field,
      table: {
        headers: [column ?? header, ...columns.map((c) => t(lang, c.header))],
        units: columns.map((c) => calc.unit(c.id)),
        rows,
        more: keys.length - shown.length,
      },
    });
  }
  return views;
}
