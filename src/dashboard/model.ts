// Builds the dashboard model of one month: headline band, sections of tiles, pipeline, trend, tables, data quality.

import { t } from '../i18n';
import { kpiById } from '../kpi/catalog';
import { monthlyTable, monthsCovered } from '../kpi/monthly';
import { whatIsMissing } from '../kpi/needs';
import { computableKpis } from '../kpi/requirements';
import { KPI_CATALOG } from '../kpi/catalog';
import type { KpiInput } from '../kpi/types';
import type { MonthIndex } from '../model/days';
import { entityDef, type EntityId, fieldDef } from '../model/entities';
import { monthPeriod } from '../model/period';
import type { Lang, Settings } from '../model/settings';
import { monthName, tabName } from './formats';
import { Calc } from './model-calc';
import { buildRelatedTables } from './model-lookups';
import { buildMrrBridge } from './model-mrr';
import { buildPipeline } from './model-pipeline';
import { buildQuality } from './model-quality';
import { buildChannels, buildFunnel, buildLostReasons, buildReps } from './model-tables';
import { buildTile, type Tile, type TileContext } from './model-tiles';
import type { DashboardModel, Headline, Locked, ModelContext, Section, Trend } from './model-types';
import { comparisonPeriods } from './periods';
import { FOLDED_INTO, HEADLINE_KPIS, hiddenBySettings, SECTION_IDS, SECTION_OF, TABLE_KPIS } from './sections';
import { formatDayRange, plural } from './text-format';

/** KPIs of the trend table, in this order, when the data allows them; the revenue target joins revenue. */
export const CHART_KPIS = ['revenue', 'win_rate', 'new_customers', 'churn'] as const;
const TREND_EXTRA = ['deals_won', 'leads'] as const;
export const TREND_MONTHS = 12;

function buildTrend(calc: Calc, month: MonthIndex, lang: Lang): Trend {
  const covered = monthsCovered(calc.input);
  const first = Math.max(month - TREND_MONTHS + 1, covered.length > 0 ? Math.min(covered[0], month) : month);
  const months: MonthIndex[] = [];
  for (let m = first; m <= month; m++) months.push(m);
  const allowed = new Set(computableKpis(calc.input.tables).map((d) => d.id));
  const ids = [...CHART_KPIS, ...TREND_EXTRA].filter((id) => allowed.has(id));
  for (const row of monthlyTable(calc.input, months, ids)) {
    for (const id of ids) {
      const result = row.results[id];
      if (result) calc.remember(id, monthPeriod(row.month), result);
    }
  }
  const columns: Trend['columns'][number][] = ids.map((id) => ({
    id,
    label: kpiById(id)?.label[lang] ?? id,
    unit: calc.unit(id),
    figures: months.map((m) => calc.figure(id, monthPeriod(m))),
  }));
  // The revenue target beside revenue, when any month has one (the chart draws it as a line).
  const targets = ids.includes('revenue') ? months.map((m) => calc.target('revenue', monthPeriod(m))) : [];
  if (targets.some((f) => f !== null)) {
    const figures = months.map((m, i) => targets[i] ?? { kpiId: 'revenue', period: monthPeriod(m).key, field: 'target' as const, value: null, unit: 'currency' as const });
    columns.splice(1, 0, { id: 'revenue_target', label: t(lang, 'dash_trend_target'), unit: 'currency', figures });
  }
  return { months, columns };
}

function sourcesLine(input: KpiInput, lang: Lang): string {
  const items = (Object.keys(input.tables) as EntityId[]).flatMap((entity) => {
    const table = input.tables[entity];
    if (!table) return [];
    return [t(lang, 'dash_source_item', { entity: entityDef(entity).label[lang], sheet: table.sheet, rows: plural(lang, 'dash_rows', table.size) })];
  });
  return t(lang, 'dash_sources', { sources: items.length > 0 ? items.join(' · ') : t(lang, 'dash_no_sources') });
}

function summaryLine(input: KpiInput, lang: Lang): string {
  const tables = Object.values(input.tables).filter((table) => table !== undefined);
  const rows = tables.reduce((n, table) => n + table.size, 0);
  return t(lang, 'dash_sources_short', { tables: plural(lang, 'dash_tables', tables.length), rows: plural(lang, 'dash_rows', rows) });
}

/** Catalog KPIs the mapped columns do not allow, each with the fields that would unlock it. */
function lockedKpis(input: KpiInput, allowed: ReadonlySet<string>, hidden: ReadonlySet<string>, lang: Lang): Locked[] {
  return KPI_CATALOG.filter((def) => !allowed.has(def.id) && !hidden.has(def.id) && !(def.id in FOLDED_INTO)).map((def) => {
    const { missing } = whatIsMissing(def.needs, input.tables);
    const entity = entityDef(missing.entity).label[lang];
    const fields = missing.fields.map((f) => fieldDef(missing.entity, f)?.label[lang] ?? f).join(', ');
    return { id: def.id, label: def.label[lang], unlock: fields ? `${entity} › ${fields}` : entity };
  });
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
  const periods = comparisonPeriods(month, settings.fiscalYearStart || 1);
  const hidden = hiddenBySettings(settings);
  const computable = computableKpis(input.tables).filter((def) => !hidden.has(def.id));
  const allowed = new Set(computable.map((d) => d.id));
  const ctx: TileContext = { calc, periods, lang, currency: settings.currency, allowed };
  const trend = buildTrend(calc, month, lang);
  const headlineTiles = HEADLINE_KPIS.filter((id) => allowed.has(id)).map((id) => buildTile(ctx, kpiById(id)!));
  const pipeline = buildPipeline(calc, periods, lang, allowed);
  const headline: Headline = { tiles: headlineTiles, notes: pipeline?.coverageText ? { pipeline: pipeline.coverageText } : {} };
  const shown = new Set<string>(HEADLINE_KPIS);
  const sections: Section[] = SECTION_IDS.map((id) => ({
    id,
    title: t(lang, `dash_section_${id}`),
    tiles: computable
      .filter((def) => SECTION_OF[def.id] === id && !shown.has(def.id) && !(def.id in FOLDED_INTO) && !TABLE_KPIS.includes(def.id))
      .map((def) => buildTile(ctx, def)),
  })).filter((s) => s.tiles.length > 0 || (s.id === 'pipeline' && pipeline !== null));
  // KPIs in no section (added to the catalog since) still get a tile, in the Sales section.
  const placed = new Set([...shown, ...Object.keys(SECTION_OF), ...Object.keys(FOLDED_INTO), ...TABLE_KPIS]);
  const strays = computable.filter((def) => !placed.has(def.id) && !def.spills).map((def) => buildTile(ctx, def));
  if (strays.length > 0) {
    const sales = sections.find((s) => s.id === 'sales');
    if (sales) (sales as { tiles: readonly Tile[] }).tiles = [...sales.tiles, ...strays];
    else sections.unshift({ id: 'sales', title: t(lang, 'dash_section_sales'), tiles: strays });
  }
  const tiles = [...headlineTiles, ...sections.flatMap((s) => s.tiles)];
  const period = periods.month;
  return {
    lang,
    month,
    tabName: tabName(month, lang),
    title: t(lang, 'dash_title', { period: monthName(month, lang) }),
    periodLine: t(lang, 'dash_period', { range: formatDayRange(period.start, period.end - 1, lang) }),
    generatedLine: t(lang, 'dash_generated', { when: context.generatedAt ?? '' }),
    ...(context.scheduleNote ? { scheduleLine: context.scheduleNote } : {}),
    sourcesLine: sourcesLine(input, lang),
    summaryLine: summaryLine(input, lang),
    // The schedule's failure line is the notice the layout shows under the title.
    notice: context.notice ?? context.scheduleNote?.replace(/^⚠\s*/, '') ?? null,
    headline,
    sections,
    locked: lockedKpis(input, allowed, hidden, lang),
    pipeline,
    tiles,
    trend,
    funnel: buildFunnel(calc, period, lang),
    lostReasons: buildLostReasons(calc, period, lang),
    reps: buildReps(calc, period, lang),
    channels: buildChannels(calc, period, lang),
    mrrBridge: buildMrrBridge(calc, period, lang, allowed),
    related: buildRelatedTables(calc, period, lang),
    quality: buildQuality(input, tiles, lang, context.problems ?? []),
    currency: settings.currency,
    fiscalYearStart: settings.fiscalYearStart || 1,
    figures: calc.figures,
  };
}
