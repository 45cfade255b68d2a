// Margin from orders' amount and cost: margin, margin rate (taux de marque) and markup rate (taux de marge).

import { numberColumn } from '../../model/table';
import { noValue, ratio, Tally, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import { skipBlankDates } from '../measures/sums';
import type { KpiDef, KpiInput, Period, Segment } from '../types';
import { finite, NON_NEGATIVE, param } from './helpers';

export const MARGIN_NEEDS = [[{ entity: 'orders' as const, fields: ['date', 'amount', 'cost'] }]];

/** Revenue and cost of the orders of P that have both an amount and a cost. */
export function marginIn(input: KpiInput, period: Period, segment?: Segment) {
  const orders = input.tables.orders!;
  const amount = numberColumn(orders, 'amount')!;
  const cost = numberColumn(orders, 'cost')!;
  const rows = rowsInPeriod(orders, 'date', period, segment);
  const tally = new Tally();
  let revenue = 0;
  let costs = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const a = amount[i];
    const c = cost[i];
    if (Number.isNaN(a)) tally.skip('no_amount');
    else if (Number.isNaN(c)) tally.skip('no_cost');
    else {
      revenue += a;
      costs += c;
      tally.used++;
    }
  }
  skipBlankDates(orders, 'date', tally, 'no_date', segment);
  return { revenue, cost: costs, inPeriod: rows.length, tally };
}

const REV_COST = [param('revenue', "Chiffre d'affaires HT", 'Revenue excluding tax', NON_NEGATIVE), param('cost', 'Coût des ventes (achats)', 'Cost of goods sold', NON_NEGATIVE)];

export const margin: KpiDef = {
  id: 'margin',
  fn: 'MARGIN',
  label: { fr: 'Marge commerciale', en: 'Gross margin' },
  description: {
    fr: "Chiffre d'affaires HT moins coût d'achat des marchandises vendues, sur les commandes de la période ayant un montant et un coût.",
    en: 'Revenue excluding tax minus cost of goods sold, over the orders of the period that have both an amount and a cost.',
  },
  unit: 'currency',
  better: 'up',
  needs: MARGIN_NEEDS,
  compute(input, period, segment) {
    const m = marginIn(input, period, segment);
    if (m.tally.used === 0) return noValue('no_rows', m.tally);
    return withValue(m.revenue - m.cost, m.tally, { numerator: m.revenue, denominator: m.cost });
  },
  arithmetic: { params: REV_COST, compute: (rev, cost) => (finite(rev, cost) ? rev - cost : null) },
  example: { formula: '=MARGIN(50000, 30000)', result: '20000' },
};

export const marginRate: KpiDef = {
  id: 'margin_rate',
  fn: 'MARGIN_RATE',
  label: { fr: 'Taux de marque', en: 'Margin rate' },
  description: {
    fr: "Marge ÷ chiffre d'affaires HT (taux de marque), sur les commandes de la période.",
    en: 'Margin ÷ revenue excluding tax, over the orders of the period.',
  },
  unit: 'rate',
  better: 'up',
  needs: MARGIN_NEEDS,
  compute(input, period, segment) {
    const m = marginIn(input, period, segment);
    return ratio(m.revenue - m.cost, m.revenue, m.tally);
  },
  arithmetic: { params: REV_COST, compute: (rev, cost) => (finite(rev, cost) && rev !== 0 ? (rev - cost) / rev : null), zero: ['revenue'] },
  example: { formula: '=MARGIN_RATE(50000, 30000)', result: '40%' },
};

export const markupRate: KpiDef = {
  id: 'markup_rate',
  fn: 'MARKUP_RATE',
  label: { fr: 'Taux de marge', en: 'Markup rate' },
  description: {
    fr: "Marge ÷ coût d'achat (taux de marge), sur les commandes de la période.",
    en: 'Margin ÷ cost of goods sold (markup), over the orders of the period.',
  },
  unit: 'rate',
  better: 'up',
  needs: MARGIN_NEEDS,
  compute(input, period, segment) {
    const m = marginIn(input, period, segment);
    return ratio(m.revenue - m.cost, m.cost, m.tally);
  },
  arithmetic: { params: REV_COST, compute: (rev, cost) => (finite(rev, cost) && cost !== 0 ? (rev - cost) / cost : null), zero: ['cost'] },
  example: { formula: '=MARKUP_RATE(50000, 30000)', result: '66.7%' },
};
