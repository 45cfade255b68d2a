// The KPI catalog: every KPI entry, checked once by the registry; lookups by id (or alias) and by function name.

import { normalizeText } from '../model/normalize';
import { createRegistry } from './registry';
import type { KpiDef } from './types';
import { aov, revenue, salesPerRep } from './defs/revenue';
import { conversionRate, dealsLost, dealsWon, salesCycle, winRate } from './defs/deals';
import { lossRate, lostReasons, quotesSent } from './defs/deal-details';
import { margin, marginRate, markupRate } from './defs/margin';
import { emailOpenRate, meetings, responseRate } from './defs/activities';
import { cac } from './defs/cac';
import { annualChurn, churn, customerLifetime, newCustomers, retentionRate } from './defs/customers';
import { cacPayback, ltv, ltvCac } from './defs/ltv';
import { growth } from './defs/growth';
import { targetAttainmentDef } from './defs/targets';
import { leadResponseBusinessHours, leadResponseTime, leadsCreated, leadToOpportunity, qualificationRate, qualifiedLeads } from './defs/leads';
import { complaintRate, repeatPurchaseRate } from './defs/orders';
import { pipeline, pipelineVelocity } from './defs/pipeline';
import { bySector } from './defs/sector';
import { arpa, arr, mrr, mrrMovements } from './defs/subscriptions';
import { grr, netRevenueChurn, nrr, quickRatio, revenueChurn } from './defs/revenue-retention';
import { coverage, forecast, weightedPipeline } from './defs/forecast';

const defs: KpiDef[] = [];

/** Catalog order = docs and dashboard order. */
defs.push(
  revenue, dealsWon, dealsLost, conversionRate, winRate, lossRate, salesCycle, aov, margin, marginRate, markupRate,
  cac, churn, annualChurn, retentionRate, customerLifetime, ltv, ltvCac, cacPayback, growth,
  targetAttainmentDef(() => defs), salesPerRep,
  leadsCreated, qualifiedLeads, qualificationRate, leadToOpportunity,
  responseRate, emailOpenRate, leadResponseTime, leadResponseBusinessHours, meetings, quotesSent, lostReasons, newCustomers, repeatPurchaseRate, complaintRate,
  mrr, arr, mrrMovements, nrr, grr, revenueChurn, netRevenueChurn, quickRatio, arpa,
  pipeline, pipelineVelocity, weightedPipeline, coverage, forecast, bySector,
);

const registry = createRegistry(defs);

export const KPI_CATALOG: readonly KpiDef[] = registry.all;

/** Other ids people may use (the DESIGN table's short forms). */
const ALIASES: Readonly<Record<string, string>> = {
  retention: 'retention_rate',
  clv: 'ltv',
  ca: 'revenue',
  coverage: 'pipeline_coverage',
  forecast: 'sales_forecast',
};

/** The entry of a KPI id (case- and accent-insensitive, aliases accepted), or undefined. */
export function kpiById(id: string): KpiDef | undefined {
  const norm = normalizeText(id).replace(/ /g, '_');
  return registry.byId(norm) ?? registry.byId(ALIASES[norm] ?? '');
}

/** The entry of a custom-function name (`WIN_RATE`, case-insensitive), or undefined. */
export function kpiByFn(fn: string): KpiDef | undefined {
  return registry.byFn(fn.trim());
}
