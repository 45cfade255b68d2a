// The comparisons of each KPI of a month as plain JSON (kpis.json, the digest): values and changes with their kind.

import { computeKpi } from '../kpi/compute';
import { kpiById } from '../kpi/catalog';
import type { KpiInput, Period } from '../kpi/types';
import type { MonthIndex } from '../model/days';
import { type ChangeKind, changeOf } from './comparisons';
import { COMPARISON_KEYS, type ComparisonKey } from './model-tiles';
import { comparisonPeriods } from './periods';

export interface ChangeJson {
  /** Points for rates (1.6 = +1.6 pt), a fraction for amounts and counts (0.125 = +12.5 %); null without a base. */
  readonly value: number | null;
  readonly kind: ChangeKind;
}

export interface ComparisonsJson {
  /** previous month, same month last year, quarter-to-date and year-to-date values (null when none). */
  readonly comparisons: Readonly<Record<ComparisonKey, number | null>>;
  /** The month against the previous month and last year; QTD and YTD against the same days a year earlier. */
  readonly changes: Readonly<Record<ComparisonKey, ChangeJson>>;
}

const kpiValue = (id: string, input: KpiInput, period: Period): number | null => {
  const v = computeKpi(id, input, period).value;
  return v !== null && Number.isFinite(v) ? v : null;
};

/** The comparisons of KPI `id` for `month`, with the fiscal year of the input's settings. */
export function comparisonsJson(id: string, input: KpiInput, month: MonthIndex, value: number | null): ComparisonsJson {
  const def = kpiById(id);
  const p = comparisonPeriods(month, input.settings.fiscalYearStart || 1);
  const unit = def?.unit ?? 'count';
  const better = def?.better ?? 'up';
  const previous = kpiValue(id, input, p.previous);
  const lastYear = kpiValue(id, input, p.lastYear);
  const qtd = kpiValue(id, input, p.qtd);
  const ytd = kpiValue(id, input, p.ytd);
  const pairs: Record<ComparisonKey, [number | null, number | null]> = {
    previous: [value, previous],
    lastYear: [value, lastYear],
    qtd: [qtd, kpiValue(id, input, p.qtdLastYear)],
    ytd: [ytd, kpiValue(id, input, p.ytdLastYear)],
  };
  const changes = Object.fromEntries(
    COMPARISON_KEYS.map((key) => {
      const c = changeOf(pairs[key][0], pairs[key][1], unit, better);
      return [key, { value: c.value, kind: c.kind }];
    }),
  ) as Record<ComparisonKey, ChangeJson>;
  return { comparisons: { previous, lastYear, qtd, ytd }, changes };
}
