// Deal details: lost reasons (count and share per reason), quotes sent (with the quote → signature ratio), loss rate.

import { STAGE_LOST, STAGE_WON, stageColumn } from '../../model/table';
import { breakdownBy, countStage, skipBlankDates, withStage } from '../measures/sums';
import { div, noValue, ratio, Tally, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import { withinSpan } from '../span';
import type { BreakdownRow, KpiDef } from '../types';
import { closedIn } from './deals';
import { finite, NON_NEGATIVE, param, partOf } from './helpers';

export const lostReasons: KpiDef = {
  id: 'lost_reasons',
  fn: 'LOST_REASONS',
  label: { fr: 'Motifs de perte', en: 'Lost reasons' },
  description: {
    fr: 'Affaires perdues dans la période, par motif : nombre et part de chaque motif (motif vide = non renseigné).',
    en: 'Deals lost in the period by reason: count and share of each reason (blank reason = not given).',
  },
  unit: 'count',
  better: 'down',
  needs: [[{ entity: 'deals', fields: ['closed', 'stage', 'lost_reason'] }]],
  spills: true,
  compute(input, period, segment) {
    const c = closedIn(input, period, segment);
    const lost = withStage(c.stage, c.rows, STAGE_LOST);
    const tally = new Tally();
    tally.used = lost.length;
    skipBlankDates(c.deals, 'closed', tally, 'no_close_date', segment, c.stage, [STAGE_LOST]);
    if (c.rows.length === 0 && !withinSpan(c.deals, period, segment)) return noValue('no_rows', tally);
    return withValue(lost.length, tally, { breakdown: breakdownBy(c.deals, lost, 'lost_reason') });
  },
  example: { formula: '=LOST_REASONS(Deals!A:H, "2024-03")', result: 'a table: Key | Lost reasons | Count | Share, then Prix | 4 | 4 | 57%' },
};

export const quotesSent: KpiDef = {
  id: 'quotes_sent',
  fn: 'QUOTES_SENT',
  label: { fr: 'Devis envoyés', en: 'Quotes sent' },
  description: {
    fr: 'Affaires dont le devis a été envoyé dans la période. Combien ont été signées, perdues ou restent ouvertes depuis (ratio devis → signature) : KPI_BREAKDOWN("quotes_sent"; …).',
    en: 'Deals whose quote was sent in the period. How many have been signed, lost or are still open since (quote → signature ratio): KPI_BREAKDOWN("quotes_sent"; …).',
  },
  unit: 'count',
  better: 'up',
  needs: [[{ entity: 'deals', fields: ['quote_sent', 'stage'] }]],
  compute(input, period, segment) {
    const deals = input.tables.deals!;
    const stage = stageColumn(deals, 'stage')!;
    const rows = rowsInPeriod(deals, 'quote_sent', period, segment);
    const tally = new Tally();
    tally.used = rows.length;
    if (rows.length === 0 && !withinSpan(deals, period, segment)) return noValue('no_rows', tally);
    const won = countStage(stage, rows, STAGE_WON);
    const lost = countStage(stage, rows, STAGE_LOST);
    const n = rows.length;
    const breakdown: BreakdownRow[] = [
      { key: 'signed', value: won / n, count: won, share: won / n },
      { key: 'lost', value: lost / n, count: lost, share: lost / n },
      { key: 'open', value: (n - won - lost) / n, count: n - won - lost, share: (n - won - lost) / n },
    ];
    return withValue(n, tally, { numerator: won, denominator: n, breakdown });
  },
  example: { formula: '=QUOTES_SENT(Deals!A:L, "2024-03")', result: '25' },
};

export const lossRate: KpiDef = {
  id: 'loss_rate',
  fn: 'LOSS_RATE',
  label: { fr: 'Taux de perte', en: 'Loss rate' },
  description: {
    fr: 'Affaires perdues ÷ (gagnées + perdues), parmi les affaires clôturées dans la période (le complément du taux de transformation).',
    en: 'Deals lost ÷ (won + lost), among deals closed in the period (the complement of the win rate).',
  },
  unit: 'rate',
  better: 'down',
  needs: [[{ entity: 'deals', fields: ['closed', 'stage'] }]],
  compute(input, period, segment) {
    const c = closedIn(input, period, segment);
    const tally = new Tally();
    tally.used = c.won + c.lost;
    skipBlankDates(c.deals, 'closed', tally, 'no_close_date', segment, c.stage, [STAGE_WON, STAGE_LOST]);
    return ratio(c.lost, c.won + c.lost, tally);
  },
  arithmetic: {
    params: [param('lost', 'Affaires perdues', 'Deals lost', partOf('decided')), param('decided', 'Affaires clôturées (gagnées + perdues)', 'Deals decided (won + lost)', NON_NEGATIVE)],
    compute: (lost, decided) => (finite(lost, decided) ? div(lost, decided) : null),
    zero: ['decided'],
  },
  example: { formula: '=LOSS_RATE(18, 30)', result: '60%' },
};
