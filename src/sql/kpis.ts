// The KPIs that compile to SQL: per catalog entry, one implementation per alternative of its `needs` (same order).

import type { EntityId } from '../model/entities';
import { SUBSCRIPTION_KPIS } from './subscriptions';
import { type Aggregate, countWhere, first, flow, rows, running, type SqlContext, spanAggregates, STAGE_SQL, sumWhere } from './sources';

/** A month's value from the aggregates: `a(name)` is an aggregate (NULL when the month has no rows), `n` the same as 0. */
export interface ValueContext {
  a(name: string): string;
  n(name: string): string;
}

/** What the query has at hand: whether a field of an entity is available, and whether a segment filters the rows. */
export interface Available {
  readonly has: (entity: EntityId, field: string) => boolean;
  readonly segmented: boolean;
}

export interface SqlAlternative {
  /** The aggregates read, or a function of what is available (optional tables such as targets). */
  readonly aggregates: readonly Aggregate[] | ((at: Available) => readonly Aggregate[]);
  readonly value: (v: ValueContext, at: Available) => string;
}

const div = (a: string, b: string) => `(${a}) / NULLIF(${b}, 0)`;
/** Whether the month overlaps the span of the table's data (where a sum with no row is 0, as in the engine). */
const inSpan = (table: EntityId, v: ValueContext) =>
  `COALESCE(months.m <= ${v.a(`span_last_${table}`)} AND months.m_end > ${v.a(`span_first_${table}`)}, FALSE)`;
/** The value when the month has rows or lies inside the table's span; NULL outside it. */
const whenRowsOrSpan = (rowsAgg: string, table: EntityId, v: ValueContext, value: string) =>
  `CASE WHEN ${v.n(rowsAgg)} > 0 OR ${inSpan(table, v)} THEN ${value} END`;

const closed = rows('deals', 'closed');
const WON = (x: SqlContext) => `${x.col('stage')} = ${STAGE_SQL.won}`;
const LOST = (x: SqlContext) => `${x.col('stage')} = ${STAGE_SQL.lost}`;
const dealRows = countWhere(closed, 'deals_rows');
const won = countWhere(closed, 'won', WON);
const lost = countWhere(closed, 'lost', LOST);
const wonAmount = sumWhere(closed, 'won_amount', (x) => x.col('amount'), (x) => `${WON(x)} AND ${x.col('amount')} IS NOT NULL`);
const wonPriced = countWhere(closed, 'won_priced', (x) => `${WON(x)} AND ${x.col('amount')} IS NOT NULL`);
const wonUnpriced = countWhere(closed, 'won_unpriced', (x) => `${WON(x)} AND ${x.col('amount')} IS NULL`);
const cycleOk = (x: SqlContext) => `${WON(x)} AND ${x.col('created')} IS NOT NULL AND ${x.col('closed')} >= ${x.col('created')}`;
const cycleDays = sumWhere(closed, 'cycle_days', (x) => x.days(x.col('created'), x.col('closed')), cycleOk);
const cycleCount = countWhere(closed, 'cycle_count', cycleOk);

// Open pipeline at the end of each month, as `kpi/measures/pipeline.ts`: deals created before the month's end that are
// open, or closed (won/lost) with a close date not before creation, minus those closed before the month's end.
const isOpen = (x: SqlContext) => `${x.col('stage')} = ${STAGE_SQL.open}`;
const closesAfterCreation = (x: SqlContext) => `${x.col('closed')} IS NOT NULL AND ${x.col('closed')} >= ${x.col('created')}`;
const entered = running('deals', 'created');
const inPipe = (x: SqlContext) => `(${isOpen(x)} OR (${x.col('stage')} <> ${STAGE_SQL.open} AND ${closesAfterCreation(x)}))`;
const left = running('deals', 'closed');
const leaves = (x: SqlContext) => `${x.col('created')} IS NOT NULL AND ${x.col('stage')} <> ${STAGE_SQL.open} AND ${closesAfterCreation(x)}`;
const PIPE_AGGREGATES = [
  sumWhere(entered, 'pipe_in_amount', (x) => x.col('amount'), (x) => `${inPipe(x)} AND ${x.col('amount')} IS NOT NULL`),
  countWhere(entered, 'pipe_in_count', inPipe),
  sumWhere(left, 'pipe_out_amount', (x) => x.col('amount'), (x) => `${leaves(x)} AND ${x.col('amount')} IS NOT NULL`),
  countWhere(left, 'pipe_out_count', leaves),
];
/** Deals open at the end of the month (with or without an amount). */
const pipeCount = (v: ValueContext) => `(${v.n('pipe_in_count')} - ${v.n('pipe_out_count')})`;
const pipeValue = (v: ValueContext) =>
  `CASE WHEN ${pipeCount(v)} > 0 THEN ROUND(${v.n('pipe_in_amount')} - ${v.n('pipe_out_amount')}, 6) END`;

const ordered = rows('orders', 'date');
const hasOwner = (x: SqlContext) => `${x.fold(x.col('owner'))} <> ''`;
const orderRows = countWhere(ordered, 'order_rows');
const orderAmount = sumWhere(ordered, 'order_amount', (x) => x.col('amount'), (x) => `${x.col('amount')} IS NOT NULL`);
const orderPriced = countWhere(ordered, 'order_priced', (x) => `${x.col('amount')} IS NOT NULL`);
const orderUnpriced = countWhere(ordered, 'order_unpriced', (x) => `${x.col('amount')} IS NULL`);
const costed = (x: SqlContext) => `${x.col('amount')} IS NOT NULL AND ${x.col('cost')} IS NOT NULL`;
const marginAmount = sumWhere(ordered, 'margin_amount', (x) => x.col('amount'), costed);
const marginCost = sumWhere(ordered, 'margin_cost', (x) => x.col('cost'), costed);
const marginRows = countWhere(ordered, 'margin_rows', costed);

const created = rows('leads', 'created');
const leadRows = countWhere(created, 'lead_rows');
const qualified = countWhere(created, 'qualified', (x) => `${x.col('qualified')} = 1`);
const converted = countWhere(created, 'converted', (x) => `${x.col('opportunity')} = 1`);

const spent = rows('spend', 'date');
const spendAmount = sumWhere(spent, 'spend_amount', (x) => x.col('amount'), (x) => `${x.col('amount')} IS NOT NULL`);

const started = rows('customers', 'start');
const customerRows = countWhere(started, 'customer_rows');
const atStart = countWhere(flow, 'at_start', (x) => `${x.col('start')} < months.m AND (${x.col('end')} IS NULL OR ${x.col('end')} >= months.m)`);
/** Customers active at the month's start with a readable `mrr` (ARPA from the customers table). */
const mrrAtStart = (x: SqlContext) => `${x.col('start')} < months.m AND (${x.col('end')} IS NULL OR ${x.col('end')} >= months.m) AND ${x.col('mrr')} IS NOT NULL`;
const customerMrrSum = sumWhere(flow, 'customer_mrr_sum', (x) => x.col('mrr'), mrrAtStart);
const customerMrrCount = countWhere(flow, 'customer_mrr_count', mrrAtStart);
const churned = countWhere(flow, 'churned', (x) => `${x.col('start')} < months.m AND ${x.col('end')} >= months.m AND ${x.col('end')} < months.m_end`);

/** New customers: first start per customer, or first order, or first won deal (the catalog's three alternatives). */
const NEW_CUSTOMERS = [
  { table: 'customers' as const, rowsAgg: customerRows, firstAgg: countWhere(first('customers', 'id', 'start'), 'new_from_customers') },
  { table: 'orders' as const, rowsAgg: orderRows, firstAgg: countWhere(first('orders', 'customer', 'date'), 'new_from_orders') },
  { table: 'deals' as const, rowsAgg: dealRows, firstAgg: countWhere(first('deals', 'customer', 'closed', true), 'new_from_deals') },
];

const revenueFromDeals: SqlAlternative = {
  aggregates: [dealRows, wonAmount, wonPriced, wonUnpriced, ...spanAggregates('deals')],
  value: (v) =>
    `CASE WHEN ${v.n('deals_rows')} = 0 AND NOT ${inSpan('deals', v)} THEN NULL WHEN ${v.n('won_priced')} = 0 AND ${v.n('won_unpriced')} > 0 THEN NULL ELSE COALESCE(${v.a('won_amount')}, 0) END`,
};
const revenueFromOrders: SqlAlternative = {
  aggregates: [orderRows, orderAmount, orderPriced, orderUnpriced, ...spanAggregates('orders')],
  value: (v) =>
    `CASE WHEN ${v.n('order_rows')} = 0 AND NOT ${inSpan('orders', v)} THEN NULL WHEN ${v.n('order_priced')} = 0 AND ${v.n('order_unpriced')} > 0 THEN NULL ELSE COALESCE(${v.a('order_amount')}, 0) END`,
};

/** Reps of the targets of the month (distinct owners), used instead of the sellers when the targets name some. */
const targetReps: Aggregate = {
  source: rows('targets', 'date'),
  name: 'target_reps',
  sql: (x) => `COUNT(DISTINCT CASE WHEN ${x.fold(x.col('owner'))} <> '' THEN ${x.fold(x.col('owner'))} END)`,
};
const usesTargets = (at: Available) => !at.segmented && at.has('targets', 'date') && at.has('targets', 'owner');
const repsOr = (v: ValueContext, at: Available, sellers: string) =>
  usesTargets(at) ? `CASE WHEN ${v.n('target_reps')} > 0 THEN ${v.n('target_reps')} ELSE ${v.n(sellers)} END` : v.n(sellers);

const leadCount = (agg?: Aggregate): SqlAlternative => ({
  aggregates: agg ? [leadRows, agg, ...spanAggregates('leads')] : [leadRows, ...spanAggregates('leads')],
  value: (v) => whenRowsOrSpan('lead_rows', 'leads', v, v.n(agg ? agg.name : 'lead_rows')),
});
const leadRate = (agg: Aggregate): SqlAlternative => ({ aggregates: [leadRows, agg], value: (v) => div(v.n(agg.name), v.n('lead_rows')) });

/** Compiled KPIs by catalog id; each array follows the order of the entry's `needs` (undefined: that alternative has no SQL form). */
export const SQL_KPIS: Readonly<Record<string, readonly (SqlAlternative | undefined)[]>> = {
  revenue: [revenueFromDeals, revenueFromOrders],
  deals_won: [{ aggregates: [dealRows, won, ...spanAggregates('deals')], value: (v) => whenRowsOrSpan('deals_rows', 'deals', v, v.n('won')) }],
  deals_lost: [{ aggregates: [dealRows, lost, ...spanAggregates('deals')], value: (v) => whenRowsOrSpan('deals_rows', 'deals', v, v.n('lost')) }],
  lost_reasons: [{ aggregates: [dealRows, lost, ...spanAggregates('deals')], value: (v) => whenRowsOrSpan('deals_rows', 'deals', v, v.n('lost')) }],
  loss_rate: [{ aggregates: [won, lost], value: (v) => div(v.n('lost'), `${v.n('won')} + ${v.n('lost')}`) }],
  win_rate: [{ aggregates: [won, lost], value: (v) => div(v.n('won'), `${v.n('won')} + ${v.n('lost')}`) }],
  sales_cycle: [{ aggregates: [cycleDays, cycleCount], value: (v) => div(v.n('cycle_days'), v.n('cycle_count')) }],
  conversion_rate: [{ aggregates: [won, leadRows], value: (v) => div(v.n('won'), v.n('lead_rows')) }],
  aov: [
    { aggregates: [orderAmount, orderPriced], value: (v) => div(v.n('order_amount'), v.n('order_priced')) },
    { aggregates: [wonAmount, wonPriced], value: (v) => div(v.n('won_amount'), v.n('won_priced')) },
  ],
  margin: [
    {
      aggregates: [marginRows, marginAmount, marginCost],
      value: (v) => `CASE WHEN ${v.n('margin_rows')} > 0 THEN ${v.n('margin_amount')} - ${v.n('margin_cost')} END`,
    },
  ],
  margin_rate: [{ aggregates: [marginAmount, marginCost], value: (v) => div(`${v.n('margin_amount')} - ${v.n('margin_cost')}`, v.n('margin_amount')) }],
  markup_rate: [{ aggregates: [marginAmount, marginCost], value: (v) => div(`${v.n('margin_amount')} - ${v.n('margin_cost')}`, v.n('margin_cost')) }],
  pipeline: [{ aggregates: PIPE_AGGREGATES, value: pipeValue }],
  // Open deals × win rate × average won deal ÷ sales cycle (days), each of the month, as `kpi/defs/pipeline.ts`.
  pipeline_velocity: [
    {
      aggregates: [...PIPE_AGGREGATES, won, lost, wonAmount, wonPriced, cycleDays, cycleCount],
      value: (v) =>
        div(
          `${pipeCount(v)} * ${div(v.n('won'), `${v.n('won')} + ${v.n('lost')}`)} * ${div(v.n('won_amount'), v.n('won_priced'))}`,
          div(v.n('cycle_days'), v.n('cycle_count')),
        ),
    },
  ],
  leads: [leadCount()],
  qualified_leads: [leadCount(qualified)],
  qualification_rate: [leadRate(qualified)],
  lead_to_opportunity: [leadRate(converted)],
  new_customers: NEW_CUSTOMERS.map(({ table, rowsAgg, firstAgg }) => ({
    aggregates: [rowsAgg, firstAgg, ...spanAggregates(table)],
    value: (v: ValueContext) => whenRowsOrSpan(rowsAgg.name, table, v, v.n(firstAgg.name)),
  })),
  cac: NEW_CUSTOMERS.map(({ firstAgg }) => ({
    aggregates: [spendAmount, firstAgg],
    value: (v: ValueContext) => div(v.n('spend_amount'), v.n(firstAgg.name)),
  })),
  churn: [{ aggregates: [atStart, churned], value: (v) => div(v.n('churned'), v.n('at_start')) }],
  retention_rate: [{ aggregates: [atStart, churned], value: (v) => div(`${v.n('at_start')} - ${v.n('churned')}`, v.n('at_start')) }],
  sales_per_rep: [
    {
      aggregates: (at) => [
        dealRows, wonAmount, ...spanAggregates('deals'), ...(usesTargets(at) ? [targetReps] : []),
        { source: closed, name: 'reps', sql: (x) => `COUNT(DISTINCT CASE WHEN ${x.fold(x.col('owner'))} <> '' THEN ${x.fold(x.col('owner'))} END)` },
      ],
      value: (v, at) => whenRowsOrSpan('deals_rows', 'deals', v, div(v.n('won_amount'), repsOr(v, at, 'reps'))),
    },
    {
      aggregates: (at) => [
        orderRows, orderAmount, ...spanAggregates('orders'), ...(usesTargets(at) ? [targetReps] : []),
        { source: ordered, name: 'order_reps', sql: (x) => `COUNT(DISTINCT CASE WHEN ${hasOwner(x)} THEN ${x.fold(x.col('owner'))} END)` },
      ],
      value: (v, at) => whenRowsOrSpan('order_rows', 'orders', v, div(v.n('order_amount'), repsOr(v, at, 'order_reps'))),
    },
  ],
  ...SUBSCRIPTION_KPIS,
  // ARPA: from the subscriptions (MRR movements), else as `kpi/measures/arpa.ts` (one month: revenue ÷ customers).
  arpa: [
    ...SUBSCRIPTION_KPIS.arpa.slice(0, 2),
    { aggregates: [customerMrrSum, customerMrrCount], value: (v) => div(v.n('customer_mrr_sum'), v.n('customer_mrr_count')) },
    { aggregates: [wonAmount, atStart], value: (v) => div(v.n('won_amount'), v.n('at_start')) },
    { aggregates: [orderAmount, atStart], value: (v) => div(v.n('order_amount'), v.n('at_start')) },
    {
      aggregates: [orderAmount, { source: ordered, name: 'order_buyers', sql: (x) => `COUNT(DISTINCT CASE WHEN ${x.fold(x.col('customer'))} <> '' THEN ${x.fold(x.col('customer'))} END)` }],
      value: (v) => div(v.n('order_amount'), v.n('order_buyers')),
    },
  ],
};
