// Generates the sample workbook (pure, deterministic): 24 months of a French or English B2B sales team's data.

import { type Day, dayFromCivil } from '../model/days';
import type { Lang } from '../model/settings';
import { createContext, type GenContext } from './context';
import { type Customer, generateCustomers } from './gen-customers';
import { type Deal, generateDeals } from './gen-deals';
import { activityRows, leadRows } from './gen-funnel';
import { type Complaint, generateComplaints, generateOrders, type Order } from './gen-orders';
import { spendRows, targetRows } from './gen-plan';
import { subscriptionRows } from './gen-subscriptions';
import { type SampleCell, type SampleWorkbook, sampleSheet } from './layout';

export interface SampleOptions {
  /** The day the sample is made; the data ends with the last complete month before it. */
  readonly today: Day;
  readonly months?: number;
  /** Average deals created per month (before seasonality and growth); 40 by default. */
  readonly dealsPerMonth?: number;
  readonly seed?: number;
  readonly lang?: Lang;
}

export const SAMPLE_SEED = 2026;
/** The fixed "today" of the sample embedded for `npm start` (its data ends in October 2026). */
export const SAMPLE_TODAY: Day = dayFromCivil(2026, 11, 1);

const blank = (width: number): SampleCell[] => new Array<SampleCell>(width).fill('');

function dealRows(ctx: GenContext, deals: readonly Deal[]): SampleCell[][] {
  const prefix = ctx.lang === 'fr' ? 'AFF' : 'DEAL';
  const width = Math.max(5, String(deals.length).length);
  return deals.map((d, i) => [
    `${prefix}-${String(i + 1).padStart(width, '0')}`,
    d.created,
    d.closed ?? '',
    d.stage,
    d.amount,
    d.rep.name,
    d.source,
    d.sector,
    d.product,
    d.client,
    d.lostReason,
    d.quoteSent ?? '',
  ]);
}

const customerRows = (customers: readonly Customer[]): SampleCell[][] =>
  customers.map((c) => [c.id, c.start, c.end ?? '', c.mrr, c.rep.name, c.source, c.sector]);

const orderRows = (orders: readonly Order[]): SampleCell[][] =>
  orders.map((o) => [o.id, o.date, o.customer.id, o.amount, o.cost, o.product, o.customer.rep.name, o.channel]);

const complaintRows = (complaints: readonly Complaint[]): SampleCell[][] =>
  complaints.map((c) => [c.date, c.order.customer.id, c.order.id, c.reason]);

/** The warts a real export has: amounts typed as text, a blank row (so the data-quality block has something to say). */
function addWarts(ctx: GenContext, leads: SampleCell[][], deals: SampleCell[][], orders: SampleCell[][]): void {
  const [a, b, c] = ctx.voc.unreadableAmounts;
  const amountAt = (rows: SampleCell[][], share: number, column: number, text: string): void => {
    if (rows.length > 0) rows[Math.floor(rows.length * share)][column] = text;
  };
  amountAt(deals, 0.37, 4, a);
  amountAt(deals, 0.71, 4, b);
  amountAt(orders, 0.55, 3, c);
  if (deals.length > 2) deals.splice(Math.floor(deals.length / 2), 0, blank(deals[0].length));
  if (leads.length > 2) leads.splice(Math.floor(leads.length * 0.62), 0, blank(leads[0].length));
}

/** The sample workbook; the same options always give the same cells. */
export function generateSample(options: SampleOptions): SampleWorkbook {
  const lang = options.lang ?? 'fr';
  const ctx = createContext({
    today: options.today,
    months: Math.max(1, Math.floor(options.months ?? 24)),
    dealsPerMonth: Math.max(1, options.dealsPerMonth ?? 40),
    seed: options.seed ?? SAMPLE_SEED,
    lang,
  });
  const deals = generateDeals(ctx);
  const customers = generateCustomers(ctx, deals);
  const orders = generateOrders(ctx, customers);
  const complaints = generateComplaints(ctx, orders);
  const leads = leadRows(ctx);
  const dealTable = dealRows(ctx, deals);
  const orderTable = orderRows(orders);
  addWarts(ctx, leads, dealTable, orderTable);
  return {
    lang,
    firstMonth: ctx.firstMonth,
    lastMonth: ctx.lastMonth,
    today: Math.floor(options.today),
    sheets: [
      sampleSheet('leads', lang, leads),
      sampleSheet('deals', lang, dealTable),
      sampleSheet('customers', lang, customerRows(customers)),
      sampleSheet('orders', lang, orderTable),
      sampleSheet('activities', lang, activityRows(ctx)),
      sampleSheet('spend', lang, spendRows(ctx)),
      sampleSheet('targets', lang, targetRows(ctx)),
      sampleSheet('complaints', lang, complaintRows(complaints)),
      sampleSheet('subscriptions', lang, subscriptionRows(ctx, customers)),
    ],
  };
}
