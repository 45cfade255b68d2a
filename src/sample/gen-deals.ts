// Deals: volume by month with seasonality, rep- and source-dependent win odds, sales cycles, lost reasons, quotes.

import type { Day } from '../model/days';
import { type GenContext, monthVolume, nextWorkday, pickRep, type Rep, workdayIn, amountAround } from './context';

export type Outcome = 'won' | 'lost' | 'open';

export interface Deal {
  readonly created: Day;
  readonly closed: Day | null;
  readonly outcome: Outcome;
  readonly stage: string;
  readonly amount: number;
  readonly rep: Rep;
  readonly source: string;
  readonly sector: string;
  readonly product: string;
  readonly lostReason: string;
  readonly quoteSent: Day | null;
  /** Company name, set when customers are generated (won deals) or drawn as a prospect name. */
  client: string;
}

/** Typical amount excluding tax of each product (same order as the vocabulary's products). */
const PRODUCT_BASE = [4800, 12000, 2500, 7500, 3600];
/** Extra cycle days per product (big licences take longer). */
const PRODUCT_CYCLE = [0, 20, -10, 10, -5];
/** Share of deals by source, and how each source changes the odds of winning. */
const SOURCE_WEIGHT = [1.4, 0.8, 0.7, 1.0, 1.2, 0.5];
const SOURCE_WIN = [1.0, 0.95, 1.35, 0.9, 0.7, 1.15];
const SECTOR_WEIGHT = [1.3, 1.0, 1.2, 0.7, 0.8, 0.6, 0.9];
const PRODUCT_WEIGHT = [1.5, 0.7, 0.9, 0.8, 1.0];
const REASON_WEIGHT = [0.3, 0.22, 0.15, 0.13, 0.12, 0.08];

const indexes = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

export function generateDeals(ctx: GenContext): Deal[] {
  const { rng, voc } = ctx;
  const sources = indexes(voc.sources.length);
  const products = indexes(voc.products.length);
  const deals: Deal[] = [];
  for (let m = ctx.firstMonth; m <= ctx.lastMonth; m++) {
    const n = monthVolume(ctx, m, ctx.dealsPerMonth);
    const month: Deal[] = [];
    for (let i = 0; i < n; i++) {
      const created = workdayIn(ctx, m);
      const rep = pickRep(ctx);
      const s = rng.weighted(sources, SOURCE_WEIGHT);
      const p = rng.weighted(products, PRODUCT_WEIGHT);
      const won = rng.chance(Math.min(0.9, rep.winRate * SOURCE_WIN[s]));
      const stalled = rng.chance(0.03);
      const cycle = won
        ? Math.max(7, Math.round(30 + 45 * rng.next() + 12 * Math.abs(rng.normal()) + PRODUCT_CYCLE[p]))
        : Math.round(15 + 55 * rng.next() + 10 * Math.abs(rng.normal()));
      const closeDay = nextWorkday(created + cycle);
      const open = stalled || closeDay >= ctx.end;
      const outcome: Outcome = open ? 'open' : won ? 'won' : 'lost';
      const stageIndex = open ? Math.min(voc.openStages.length - 1, Math.floor(((ctx.end - created) / cycle) * voc.openStages.length)) : -1;
      const hasQuote = outcome === 'won' || (outcome === 'lost' && rng.chance(0.65)) || (open && stageIndex >= 1);
      const quoteDay = hasQuote ? nextWorkday(created + Math.round(cycle * (won ? 0.6 : 0.5))) : null;
      month.push({
        created,
        closed: open ? null : closeDay,
        outcome,
        stage: open ? voc.openStages[Math.max(0, stageIndex)] : won ? voc.won : voc.lost,
        amount: amountAround(ctx, PRODUCT_BASE[p], 0.35, 50),
        rep,
        source: voc.sources[s],
        sector: rng.weighted(voc.sectors, SECTOR_WEIGHT),
        product: voc.products[p],
        lostReason: outcome === 'lost' && !rng.chance(0.08) ? rng.weighted(voc.lostReasons, REASON_WEIGHT) : '',
        quoteSent: quoteDay !== null && quoteDay < ctx.end ? quoteDay : null,
        client: '',
      });
    }
    month.sort((a, b) => a.created - b.created);
    for (const d of month) deals.push(d);
  }
  return deals;
}
