// Builds the dashboard model of one month: header lines, KPI tiles, 12-month trend, breakdown tables, data quality.

import { t } from '../i18n';
import { monthlyTable, monthsCovered } from '../kpi/monthly';
import { computableKpis } from '../kpi/requirements';
import type { KpiInput } from '../kpi/types';
import { dayKey, type MonthIndex, monthKey } from '../model/days';
import { entityDef, type EntityId } from '../model/entities';
import { monthPeriod, previousPeriod } from '../model/period';
import type { Lang, Settings } from '../model/settings';
import { monthName, tabName } from './formats';
import { Calc, change, ratio } from './model-calc';
import { buildRelatedTables } from './model-lookups';
import { buildQuality } from './model-quality';
import { buildChannels, buildFunnel, buildLostReasons, buildReps } from './model-tables';
import type { DashboardModel, ModelContext, Tile, Trend } from './model-types';

/** KPIs charted from the trend table, in this order, when the data allows them (pairs: amount then rate, one chart each). */
export const CHART_KPIS = ['revenue', 'win_rate', 'new_customers', 'churn'] as const;
/** Further KPIs listed in the trend table (not charted). */
const TREND_EXTRA = ['deals_won', 'leads'] as const;
export const TREND_MONTHS = 12;

function buildTiles(calc: Calc, month: MonthIndex, lang: Lang): Tile[] {
  const period = monthPeriod(month);
  const previous = previousPeriod(period);
  return computableKpis(calc.input.tables)
    .filter((def) => !def.spills)
    .map((def) => {
      const r = calc.result(def.id, period);
      const value = calc.figure(def.id, period);
      const prev = calc.figure(def.id, previous);
      const target = def.id === 'target_attainment' ? null : calc.target(def.id, period);
      return {
        id: def.id,
        label: def.label[lang],
        unit: def.unit,
        better: def.better,
        value,
        previous: prev,
        change: change(value.value, prev.value),
        target,
        attainment: target ? ratio(value.value, target.value) : null,
        used: r.used,
        skipped: r.skipped,
        skippedBy: r.skippedBy ?? {},
      };
    });
}

function buildTrend(calc: Calc, month: MonthIndex, lang: Lang): Trend {
  const covered = monthsCovered(calc.input);
  const first = Math.max(month - TREND_MONTHS + 1, covered.length > 0 ? Math.min(covered[0], month) : month);
  const months: MonthIndex[] = [];
  for (let m = first; m <= month; m++) months.push(m);
  const allowed = new Set(computableKpis(calc.input.tables).map((d) => d.id));
  const ids = [...CHART_KPIS, ...TREND_EXTRA].filter((id) => allowed.has(id));
  const rows = monthlyTable(calc.input, months, ids);
  for (const row of rows) {
    for (const id of ids) {
      const result = row.results[id];
      if (result) calc.remember(id, monthPeriod(row.month), result);
    }
  }
  const columns = ids.map((id) => ({
    id,
    label: computableKpis(calc.input.tables).find((d) => d.id === id)?.label[lang] ?? id,
    unit: calc.unit(id),
    figures: months.map((m) => calc.figure(id, monthPeriod(m))),
  }));
  return { months, columns };
}

function sourcesLine(input: KpiInput, lang: Lang): string {
  const items = (Object.keys(input.tables) as EntityId[]).flatMap((entity) => {
    const table = input.tables[entity];
    if (!table) return [];
    return [t(lang, 'dash_source_item', { entity: entityDef(entity).label[lang], sheet: table.sheet, rows: table.size })];
  });
  return t(lang, 'dash_sources', { sources: items.length > 0 ? items.join(' · ') : t(lang, 'dash_no_sources') });
}

/**
 * Every figure of the monthly dashboard of `month`, computed with the KPI engine. Pure: the same input gives
 * the same model; `context.generatedAt` is the only clock reading and comes from the caller.
 */
export function buildDashboardModel(
  input: KpiInput,
  month: MonthIndex,
  lang: Lang,
  settings: Settings = input.settings,
  context: ModelContext = {},
): DashboardModel {
  const calc = new Calc(input);
  const period = monthPeriod(month);
  const tiles = buildTiles(calc, month, lang);
  const trend = buildTrend(calc, month, lang);
  return {
    lang,
    month,
    tabName: tabName(month, lang),
    title: t(lang, 'dash_title', { period: monthName(month, lang) }),
    periodLine: t(lang, 'dash_period', { start: dayKey(period.start), end: dayKey(period.end - 1), key: monthKey(month) }),
    generatedLine: t(lang, 'dash_generated', { when: context.generatedAt ?? '' }),
    ...(context.scheduleNote ? { scheduleLine: context.scheduleNote } : {}),
    sourcesLine: sourcesLine(input, lang),
    tiles,
    trend,
    funnel: buildFunnel(calc, period, lang),
    lostReasons: buildLostReasons(calc, period, lang),
    reps: buildReps(calc, period, lang),
    channels: buildChannels(calc, period, lang),
    related: buildRelatedTables(calc, period, lang),
    quality: buildQuality(input, tiles, lang, context.problems ?? []),
    currency: settings.currency,
    figures: calc.figures,
  };
}
