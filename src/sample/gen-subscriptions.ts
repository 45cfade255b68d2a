// Subscriptions: each customer's plan (monthly, quarterly or yearly billing), with upgrades, downgrades and come-backs.

import type { Day } from '../model/days';
import type { Lang } from '../model/settings';
import type { GenContext } from './context';
import type { Customer } from './gen-customers';
import type { SampleCell } from './layout';
import { createRng } from './prng';

const PLANS: Readonly<Record<Lang, readonly string[]>> = { fr: ['Essentiel', 'Pro', 'Entreprise'], en: ['Starter', 'Pro', 'Enterprise'] };
const INTERVALS: Readonly<Record<Lang, readonly [string, string, string]>> = { fr: ['mensuel', 'trimestriel', 'annuel'], en: ['month', 'quarter', 'year'] };
const MONTHS = [1, 3, 12];

/** One row per subscription: id, customer, plan, start, end, amount per interval, interval, quantity (seats). */
export function subscriptionRows(ctx: GenContext, customers: readonly Customer[]): SampleCell[][] {
  // A generator of its own: the other sheets stay exactly as they were before subscriptions existed.
  const rng = createRng(customers.length * 7919 + 17);
  const rows: SampleCell[][] = [];
  const prefix = ctx.lang === 'fr' ? 'ABO' : 'SUB';
  const add = (c: Customer, start: Day, end: Day | null, mrr: number) => {
    const k = rng.weighted([0, 1, 2], [0.65, 0.1, 0.25]);
    const plan = PLANS[ctx.lang][mrr < 300 ? 0 : mrr < 900 ? 1 : 2];
    const seats = plan === PLANS[ctx.lang][0] ? 1 : 1 + rng.int(5);
    const amount = Math.max(1, Math.round((mrr * MONTHS[k]) / seats));
    rows.push([`${prefix}-${String(rows.length + 1).padStart(5, '0')}`, c.id, plan, start, end ?? '', amount, INTERVALS[ctx.lang][k], seats]);
  };
  for (const c of customers) {
    const last = c.end ?? ctx.end;
    if (last - c.start > 120 && rng.chance(0.18)) {
      // A plan change: the first subscription ends the day the new one starts.
      const change = c.start + 60 + rng.int(last - c.start - 60);
      add(c, c.start, change, c.mrr);
      add(c, change, c.end, Math.max(10, Math.round((c.mrr * (rng.chance(0.7) ? 1.5 : 0.6)) / 10) * 10));
    } else add(c, c.start, c.end, c.mrr);
    if (c.end !== null && rng.chance(0.1)) {
      const back = c.end + 60 + rng.int(120);
      if (back < ctx.end) add(c, back, null, c.mrr);
    }
  }
  return rows.sort((a, b) => (a[3] as number) - (b[3] as number));
}
