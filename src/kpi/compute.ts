// Computes one KPI for a period and optional segment: checks the KPI's needs first, then runs its pure compute.

import { UserError } from '../i18n';
import { kpiById } from './catalog';
import { chosen, whatIsMissing } from './needs';
import { noValue, Tally } from './result';
import type { KpiDef, KpiInput, KpiResult, Period, Segment } from './types';
import { innerMap } from './inner-map';

/**
 * Results already computed for an input, per definition: an input's tables never change once parsed, so a run that
 * asks the same KPI, period and segment twice (kpis.json and the dashboard, a month and its comparisons) computes it
 * once. Held as long as the input is.
 */
const memo = new WeakMap<KpiInput, Map<KpiDef, Map<string, KpiResult>>>();

/** Runs `def` after checking its needs: a missing table or field gives `value: null` with `why` and `missing`. */
export function computeDef(def: KpiDef, input: KpiInput, period: Period, segment?: Segment): KpiResult {
  const byDef = innerMap(memo, input);
  const known = innerMap(byDef, def);
  const key = `${period.key}\u0000${period.start}\u0000${period.end}${segment ? `\u0000${segment.field}\u0000${segment.value}` : ''}`;
  let result = known.get(key);
  if (!result) {
    result = computeOnce(def, input, period, segment);
    known.set(key, result);
  }
  return result;
}

function computeOnce(def: KpiDef, input: KpiInput, period: Period, segment?: Segment): KpiResult {
  if (chosen(input, def.needs) === -1) {
    const { why, missing } = whatIsMissing(def.needs, input.tables);
    return { ...noValue(why, new Tally()), missing };
  }
  return def.compute(input, period, segment);
}

/** The KPI `id` (or alias) over `period`, optionally restricted to a segment; throws a UserError for an unknown id. */
export function computeKpi(id: string, input: KpiInput, period: Period, segment?: Segment): KpiResult {
  const def = kpiById(id);
  if (!def) throw new UserError('kpi_unknown', { id });
  return computeDef(def, input, period, segment);
}
