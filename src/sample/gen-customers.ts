// Customers: an installed base at the start of the window, one new customer per first won deal, monthly churn.

import type { Day } from '../model/days';
import { amountAround, type GenContext, pickRep, type Rep } from './context';
import type { Deal } from './gen-deals';

export interface Customer {
  readonly id: string;
  readonly start: Day;
  readonly end: Day | null;
  readonly mrr: number;
  readonly rep: Rep;
  readonly source: string;
  readonly sector: string;
}

/** Monthly probability that a customer leaves, by sector (same order as the vocabulary's sectors). */
const SECTOR_CHURN = [0.025, 0.035, 0.03, 0.02, 0.04, 0.035, 0.028];
const UPSELL_SHARE = 0.22;

/** Unique company names built from the vocabulary (`Dubois Logistique`, then `Dubois Logistique 2`, ...). */
export function companyNamer(ctx: GenContext): { unique(): string; any(): string } {
  const used = new Map<string, number>();
  const any = (): string => `${ctx.rng.pick(ctx.voc.companyNames)} ${ctx.rng.pick(ctx.voc.companyKinds)}`;
  return {
    any,
    unique() {
      const name = any();
      const seen = used.get(name) ?? 0;
      used.set(name, seen + 1);
      return seen === 0 ? name : `${name} ${seen + 1}`;
    },
  };
}

function churnDay(ctx: GenContext, from: Day, sector: string): Day | null {
  const hazard = SECTOR_CHURN[Math.max(0, ctx.voc.sectors.indexOf(sector))];
  const months = Math.floor(Math.log(1 - ctx.rng.next()) / Math.log(1 - hazard)) + 1;
  const day = from + Math.max(1, Math.round(months * 30.44) - ctx.rng.int(15));
  return day < ctx.end ? day : null;
}

export function generateCustomers(ctx: GenContext, deals: readonly Deal[]): Customer[] {
  const { rng, voc } = ctx;
  const names = companyNamer(ctx);
  const customers: Customer[] = [];
  const byRep = new Map<Rep, Customer[]>();
  const add = (c: Customer): void => {
    customers.push(c);
    const list = byRep.get(c.rep);
    if (list) list.push(c);
    else byRep.set(c.rep, [c]);
  };
  const baseCount = Math.round(ctx.dealsPerMonth * 0.3 * 16);
  for (let i = 0; i < baseCount; i++) {
    const sector = rng.pick(voc.sectors);
    // Active at the window's start; churn is memoryless, so the end is drawn from there.
    add({
      id: names.unique(),
      start: ctx.start - 1 - rng.int(900),
      end: churnDay(ctx, ctx.start, sector),
      mrr: amountAround(ctx, 450, 0.5, 10),
      rep: pickRep(ctx),
      source: rng.pick(voc.sources),
      sector,
    });
  }
  const won = deals.filter((d) => d.outcome === 'won').sort((a, b) => (a.closed ?? 0) - (b.closed ?? 0));
  for (const deal of won) {
    const closed = deal.closed ?? ctx.start;
    const mine = byRep.get(deal.rep);
    if (mine && mine.length > 0 && rng.chance(UPSELL_SHARE)) {
      const existing = mine[rng.int(mine.length)];
      if (existing.start <= closed && (existing.end === null || existing.end > closed)) {
        deal.client = existing.id;
        continue;
      }
    }
    const customer: Customer = {
      id: names.unique(),
      start: closed,
      end: churnDay(ctx, closed, deal.sector),
      mrr: Math.max(10, Math.round(deal.amount / 12 / 10) * 10),
      rep: deal.rep,
      source: deal.source,
      sector: deal.sector,
    };
    deal.client = customer.id;
    add(customer);
  }
  for (const deal of deals) if (deal.client === '') deal.client = names.any();
  return customers.sort((a, b) => a.start - b.start);
}
