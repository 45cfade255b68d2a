// Where each KPI goes on the dashboard, by id: the headline band, a section, folded into another tile, or a table.

import type { Settings } from '../model/settings';

/** Sections in reading order (data quality closes the tab). */
export const SECTION_IDS = ['sales', 'pipeline', 'acquisition', 'customers', 'activity'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The headline band, in order: a manager's first five numbers. */
export const HEADLINE_KPIS = ['revenue', 'deals_won', 'win_rate', 'pipeline', 'new_customers'] as const;

/** Section of each KPI id (ids not yet in the catalog are harmless: a tile needs the catalog entry and its data). */
export const SECTION_OF: Readonly<Record<string, SectionId>> = {
  revenue: 'sales', deals_won: 'sales', deals_lost: 'sales', win_rate: 'sales', aov: 'sales', sales_cycle: 'sales',
  margin: 'sales', margin_rate: 'sales', markup_rate: 'sales', quotes_sent: 'sales',
  pipeline: 'pipeline', weighted_pipeline: 'pipeline', pipeline_coverage: 'pipeline', sales_forecast: 'pipeline', pipeline_velocity: 'pipeline',
  leads: 'acquisition', qualified_leads: 'acquisition', qualification_rate: 'acquisition', lead_to_opportunity: 'acquisition',
  conversion_rate: 'acquisition', cac: 'acquisition', lead_response_time: 'acquisition', lead_response_business_hours: 'acquisition',
  new_customers: 'customers', churn: 'customers', customer_lifetime: 'customers', ltv: 'customers', ltv_cac: 'customers',
  cac_payback: 'customers', repeat_purchase_rate: 'customers', complaint_rate: 'customers', annual_churn: 'customers',
  mrr: 'customers', mrr_movements: 'customers', nrr: 'customers', grr: 'customers', revenue_churn: 'customers',
  net_revenue_churn: 'customers', quick_ratio: 'customers', arpa: 'customers',
  meetings: 'activity', response_rate: 'activity', email_open_rate: 'activity',
};

/**
 * KPIs that repeat another tile, shown inside it instead of on their own: growth is the revenue tile's change,
 * attainment its target line, retention 1 − churn, loss rate 1 − win rate, ARR 12 × MRR, coverage the pipeline's notes.
 */
export const FOLDED_INTO: Readonly<Record<string, string>> = {
  growth: 'revenue',
  target_attainment: 'revenue',
  retention_rate: 'churn',
  loss_rate: 'win_rate',
  arr: 'mrr',
  pipeline_coverage: 'pipeline',
};

/** KPIs shown as tables or charts rather than tiles (their catalog entries spill a breakdown). */
export const TABLE_KPIS: readonly string[] = ['sales_per_rep', 'lost_reasons', 'by_sector', 'mrr_movements'];

/** KPIs the settings leave off the tab: one lead response time, elapsed (business hours off) or in business hours (on). */
export function hiddenBySettings(settings: Settings): ReadonlySet<string> {
  return new Set([settings.businessHours?.on ? 'lead_response_time' : 'lead_response_business_hours']);
}
