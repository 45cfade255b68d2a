// Marketing spend by month and channel, and monthly targets (revenue and deals won) per rep and for the team.

import { firstDayOfMonth } from '../model/days';
import { type GenContext, SEASON } from './context';
import type { SampleCell } from './layout';

/** Monthly spend per channel for 40 deals a month (same order as the vocabulary's spend channels); trade shows in March, June and October. */
const SPEND_BASE = [6000, 4500, 0, 2500, 2000];
const TRADE_SHOW_SPEND = 15000;
const TRADE_SHOW_MONTHS = [2, 5, 9];
/** Average won amount used to size revenue targets. */
const AVERAGE_WON = 6200;

/** Rows of the spend sheet: month (its first day), amount, channel. */
export function spendRows(ctx: GenContext): SampleCell[][] {
  const { rng, voc } = ctx;
  const scale = ctx.dealsPerMonth / 40;
  const rows: SampleCell[][] = [];
  for (let m = ctx.firstMonth; m <= ctx.lastMonth; m++) {
    const day = firstDayOfMonth(m);
    voc.spendChannels.forEach((channel, i) => {
      const base = i === 2 ? (TRADE_SHOW_MONTHS.includes(m % 12) ? TRADE_SHOW_SPEND : 0) : SPEND_BASE[i] * SEASON[m % 12];
      if (base === 0) return;
      rows.push([day, Math.round((base * scale * (0.9 + 0.2 * rng.next())) / 10) * 10, channel]);
    });
  }
  return rows;
}

/** Rows of the targets sheet: month, metric, owner (blank for the team), target. */
export function targetRows(ctx: GenContext): SampleCell[][] {
  const { voc, reps } = ctx;
  const totalWeight = reps.reduce((s, r) => s + r.weight, 0);
  const rows: SampleCell[][] = [];
  for (let m = ctx.firstMonth; m <= ctx.lastMonth; m++) {
    const day = firstDayOfMonth(m);
    const growth = 1 + 0.015 * (m - ctx.firstMonth);
    // Deals close about two months after they are created: targets follow the season of two months before.
    const wins = ctx.dealsPerMonth * 0.28 * SEASON[(m + 10) % 12] * growth;
    let teamRevenue = 0;
    for (const rep of reps) {
      const share = rep.weight / totalWeight;
      const revenue = Math.round((wins * share * AVERAGE_WON) / 1000) * 1000;
      teamRevenue += revenue;
      rows.push([day, voc.targetMetrics.revenue, rep.name, revenue]);
      rows.push([day, voc.targetMetrics.dealsWon, rep.name, Math.max(1, Math.round(wins * share))]);
    }
    rows.push([day, voc.targetMetrics.revenue, '', teamRevenue]);
  }
  return rows;
}
