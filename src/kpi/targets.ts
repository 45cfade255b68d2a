// Targets for dashboards: the target of a KPI for a period, team-wide or for one rep.

import { KPI_CATALOG } from './catalog';
import { readTarget } from './target-metrics';
import type { KpiInput, Period } from './types';

/** The target set for `kpiId` in `period` (team, or `owner`'s); null when the targets table names none. */
export function targetFor(input: KpiInput, kpiId: string, period: Period, owner?: string): number | null {
  return readTarget(input, kpiId, period, owner, KPI_CATALOG);
}
