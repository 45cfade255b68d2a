// Pipeline & forecast block: open and weighted amounts by stage, coverage of the month's and quarter's remaining target.

import { t } from '../i18n';
import { weightedOpenAt } from '../kpi/measures/forecast';
import { firstDayOfMonth, monthKey, monthOfDay } from '../model/days';
import type { Lang } from '../model/settings';

const monthKeyOf = (day: number): string => monthKey(monthOfDay(day));
import { type Calc, ratio } from './model-calc';
import type { Figure, Num } from './model-types';
import type { ComparisonPeriods } from './periods';
import { formatValue } from './text-format';

export interface StageLine {
  readonly stage: string;
  readonly count: Num;
  readonly amount: Num;
  readonly weighted: Num;
}

export interface PipelineView {
  /** Deals open at the end of the month, by stage (the sheet's order of first appearance). */
  readonly stages: readonly StageLine[];
  readonly weighted: Figure;
  /** Coverage of the month's remaining target (catalog `coverage`) and of the fiscal quarter's (derived). */
  readonly coverageMonth: Figure | null;
  readonly coverageQuarter: Num;
  readonly forecast: Figure;
  /** `Couverture : 1,8× le reste du mois · 2,3× le reste du trimestre` — or why there is none. */
  readonly coverageText: string;
}

const ratioText = (n: number | null, lang: Lang) => (n === null ? '—' : `${formatValue(n, 'ratio', lang, '').replace(/[.,]?0+$/, '')}×`);

export function buildPipeline(calc: Calc, p: ComparisonPeriods, lang: Lang, allowed: ReadonlySet<string>): PipelineView | null {
  const deals = calc.input.tables.deals;
  if (!deals || !allowed.has('weighted_pipeline')) return null;
  const open = weightedOpenAt(deals, p.month.end);
  const closedSince = t(lang, 'dash_stage_closed_since');
  const stages = open.byStage.map((s) => ({
    stage: s.stage || closedSince,
    count: { value: s.count, unit: 'count' as const },
    amount: { value: s.amount, unit: 'currency' as const },
    weighted: { value: s.weighted, unit: 'currency' as const },
  }));
  const weighted = calc.figure('weighted_pipeline', p.month);
  const coverageMonth = allowed.has('pipeline_coverage') ? calc.figure('pipeline_coverage', p.month) : null;
  // A quarter's target only when the targets table reaches its last month (else the sum would be a part of it).
  const lastMonth = { ...p.quarter, key: '', start: p.quarter.end - 1 };
  const quarterTarget = calc.target('revenue', { key: monthKeyOf(lastMonth.start), start: firstDayOfMonth(monthOfDay(lastMonth.start)), end: p.quarter.end }) ? calc.target('revenue', p.quarter) : null;
  const qtdRevenue = calc.figure('revenue', p.qtd).value ?? 0;
  const remaining = quarterTarget?.value !== undefined && quarterTarget?.value !== null ? quarterTarget.value - qtdRevenue : null;
  const coverageQuarter: Num = { value: remaining !== null && remaining > 0 ? ratio(weighted.value, remaining) : null, unit: 'ratio' };
  let coverageText = '';
  if (coverageMonth || quarterTarget) {
    const month = coverageMonth?.value ?? null;
    const reachedMonth = coverageMonth && month === null && calc.result('pipeline_coverage', p.month).notes?.includes('target_reached');
    const monthText = t(lang, 'dash_coverage_month', { value: reachedMonth ? t(lang, 'dash_coverage_reached') : ratioText(month, lang) });
    const quarter = remaining !== null && remaining <= 0 ? t(lang, 'dash_coverage_reached') : ratioText(coverageQuarter.value, lang);
    coverageText = remaining === null ? monthText : `${monthText} · ${t(lang, 'dash_coverage_quarter', { value: quarter, q: p.quarterNumber })}`;
  }
  return { stages, weighted, coverageMonth, coverageQuarter, forecast: calc.figure('sales_forecast', p.month), coverageText };
}
