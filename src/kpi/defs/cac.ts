// Customer acquisition cost: acquisition spend of the period ÷ new customers of the period.

import { NEW_CUSTOMER_NEEDS, newCustomersIn } from '../measures/customers';
import { skipBlankDates, sumOver } from '../measures/sums';
import { combineNeeds } from '../needs';
import { div, ratio, Tally } from '../result';
import { rowsInPeriod } from '../rows';
import type { KpiDef, KpiInput, Period, Segment } from '../types';
import { finite, NON_NEGATIVE, param } from './helpers';

export const CAC_NEEDS = combineNeeds([[{ entity: 'spend', fields: ['date', 'amount'] }]], NEW_CUSTOMER_NEEDS);

/** Spend and new customers of P, and the tally behind both. */
export function cacParts(input: KpiInput, period: Period, segment?: Segment) {
  const spend = input.tables.spend!;
  const tally = new Tally();
  const s = sumOver(spend, rowsInPeriod(spend, 'date', period, segment), 'amount', tally, 'no_amount');
  skipBlankDates(spend, 'date', tally, 'no_date', segment);
  const n = newCustomersIn(input, period, segment);
  tally.merge(n.tally);
  return { spend: s.sum, newCustomers: n.count, tally };
}

export const cac: KpiDef = {
  id: 'cac',
  fn: 'CAC',
  label: { fr: "Coût d'acquisition client", en: 'Customer acquisition cost' },
  description: {
    fr: "Dépenses d'acquisition (marketing et commerciales) de la période ÷ nouveaux clients de la période.",
    en: 'Acquisition spend (marketing and sales) of the period ÷ new customers of the period.',
  },
  unit: 'currency',
  better: 'down',
  needs: CAC_NEEDS,
  compute(input, period, segment) {
    const p = cacParts(input, period, segment);
    return ratio(p.spend, p.newCustomers, p.tally);
  },
  arithmetic: {
    params: [param('spend', "Dépenses d'acquisition HT", 'Acquisition spend excluding tax', NON_NEGATIVE), param('new_customers', 'Nouveaux clients', 'New customers', NON_NEGATIVE)],
    compute: (spend, n) => (finite(spend, n) ? div(spend, n) : null),
    zero: ['new_customers'],
  },
  example: { formula: '=CAC(10000, 50)', result: '200' },
};
