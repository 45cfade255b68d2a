// Leads (sources, qualification, opportunities, first contact) and sales activities (calls, e-mails, meetings).

import type { GenContext } from './context';
import { monthVolume, pickRep, workdayIn } from './context';
import type { SampleCell } from './layout';

/** Leads by source, and how often each source's leads qualify. */
const SOURCE_WEIGHT = [1.6, 0.7, 0.5, 1.1, 1.3, 0.4];
const SOURCE_QUALIFIED = [0.5, 0.6, 0.78, 0.45, 0.35, 0.66];
const OPPORTUNITY_GIVEN_QUALIFIED = 0.5;

/** Rows of the leads sheet: created, source, owner, sector, qualified, opportunity, first contact. */
export function leadRows(ctx: GenContext): SampleCell[][] {
  const { rng, voc } = ctx;
  const sources = voc.sources.map((_, i) => i);
  const rows: SampleCell[][] = [];
  for (let m = ctx.firstMonth; m <= ctx.lastMonth; m++) {
    const n = monthVolume(ctx, m, ctx.dealsPerMonth * 3.6);
    const month: SampleCell[][] = [];
    for (let i = 0; i < n; i++) {
      const created = workdayIn(ctx, m);
      const rep = pickRep(ctx);
      const s = rng.weighted(sources, SOURCE_WEIGHT);
      const qualified = rng.chance(SOURCE_QUALIFIED[s]);
      const opportunity = qualified && rng.chance(OPPORTUNITY_GIVEN_QUALIFIED);
      const wait = Math.floor(-Math.log(1 - rng.next()) * rep.responseDays);
      const contact = created + wait;
      const contacted = contact < ctx.end && !rng.chance(0.04);
      month.push([
        created,
        voc.sources[s],
        rep.name,
        rng.pick(voc.sectors),
        qualified ? voc.yes : voc.no,
        opportunity ? voc.yes : voc.no,
        contacted ? contact : '',
      ]);
    }
    month.sort((a, b) => (a[0] as number) - (b[0] as number));
    for (const row of month) rows.push(row);
  }
  return rows;
}

/** Rows of the activities sheet: date, type, owner, replied, opened, bounced, team, audience. */
export function activityRows(ctx: GenContext): SampleCell[][] {
  const { rng, voc } = ctx;
  const kinds = ['call', 'email', 'meeting'] as const;
  const flag = (yes: boolean): string => (yes ? voc.yes : voc.no);
  const rows: SampleCell[][] = [];
  for (let m = ctx.firstMonth; m <= ctx.lastMonth; m++) {
    const n = monthVolume(ctx, m, ctx.dealsPerMonth * 6);
    const month: SampleCell[][] = [];
    for (let i = 0; i < n; i++) {
      const kind = rng.weighted(kinds, [0.45, 0.4, 0.15]);
      const date = workdayIn(ctx, m);
      const rep = pickRep(ctx).name;
      const type = voc.activityTypes[kind];
      if (kind === 'call') {
        const audience = rng.chance(0.7) ? voc.audiences.prospect : voc.audiences.customer;
        month.push([date, type, rep, flag(rng.chance(0.3)), '', '', '', audience]);
      } else if (kind === 'email') {
        const bounced = rng.chance(0.04);
        const opened = !bounced && rng.chance(0.42);
        const replied = opened && rng.chance(0.25);
        const audience = rng.chance(0.75) ? voc.audiences.prospect : voc.audiences.customer;
        month.push([date, type, rep, flag(replied), flag(opened), flag(bounced), '', audience]);
      } else {
        const audience = rng.chance(0.6) ? voc.audiences.prospect : voc.audiences.customer;
        month.push([date, type, rep, '', '', '', flag(rng.chance(0.3)), audience]);
      }
    }
    month.sort((a, b) => (a[0] as number) - (b[0] as number));
    for (const row of month) rows.push(row);
  }
  return rows;
}
