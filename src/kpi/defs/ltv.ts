// Customer lifetime value, LTV:CAC ratio and CAC payback.

import { arpaIn, ARPA_NEEDS, marginRateOr1 } from '../measures/arpa';
import { buyersOverlap } from '../measures/buyers';
import { customerFlow } from '../measures/customers';
import { revenueIn } from '../measures/revenue';
import { combineNeeds } from '../needs';
import { periodMonths, priorPeriod, trailingYear } from '../period-shift';
import { div, noValue, ratio, Tally, tallyOf, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import type { KpiDef, KpiResult } from '../types';
import { CAC_NEEDS, cacParts } from './cac';
import { FLOW_NEEDS } from './customers';
import { finite, NON_NEGATIVE, param, pickOrMissing, RATE } from './helpers';

const ORDERS_ONLY = [{ entity: 'orders' as const, fields: ['date', 'amount', 'customer'] }];
export const LTV_NEEDS = [...combineNeeds(FLOW_NEEDS, ARPA_NEEDS.slice(0, 3)), ORDERS_ONLY];

export const ltv: KpiDef = {
  id: 'ltv',
  fn: 'LTV',
  label: { fr: 'Valeur vie client (LTV)', en: 'Customer lifetime value (LTV)' },
  description: {
    fr: "ARPA mensuel × taux de marque ÷ churn mensuel. ARPA : revenu mensuel (mrr) des clients actifs au début, sinon CA ÷ clients actifs ; taux de marque des commandes (coût connu), sinon 1 (signalé). Sans table clients : panier moyen × fréquence d'achat × durée de vie, sur les 12 mois glissants (durée de vie = 1 ÷ part des acheteurs des 12 mois précédents qui n'ont pas racheté).",
    en: 'Monthly ARPA × margin rate ÷ monthly churn. ARPA: monthly revenue (mrr) of customers active at the start, else revenue ÷ active customers; margin rate from orders with a cost, else 1 (flagged). Without a customers table: AOV × purchase frequency × lifetime over the trailing 12 months (lifetime = 1 ÷ share of the previous 12 months’ buyers who did not buy again).',
  },
  unit: 'currency',
  better: 'up',
  needs: LTV_NEEDS,
  compute(input, period, segment) {
    const alt = pickOrMissing(input, LTV_NEEDS);
    if (typeof alt !== 'number') return alt;
    if (alt === LTV_NEEDS.length - 1) return ordersLtv(input, period, segment);
    const flow = customerFlow(input.tables.customers!, period, segment);
    const arpa = arpaIn(input, period, segment);
    const margin = marginRateOr1(input, period, segment);
    const tally = new Tally().merge(flow.tally);
    const lifetime = flow.churned ? (periodMonths(period) * flow.atStart) / flow.churned : null;
    const breakdown = [
      { key: 'arpa', value: arpa.value, count: arpa.tally.used },
      { key: 'margin_rate', value: margin.rate, count: 0 },
      { key: 'churn', value: div(flow.churned, flow.atStart), count: flow.atStart },
      { key: 'lifetime_months', value: lifetime, count: flow.churned },
    ];
    if (lifetime === null || arpa.value === null) return noValue('zero_denominator', tally, { breakdown, notes: margin.notes });
    return withValue(arpa.value * margin.rate * lifetime, tally, { breakdown, notes: margin.notes });
  },
  arithmetic: {
    params: [
      param('arpa', 'Revenu mensuel moyen par client', 'Average monthly revenue per account', NON_NEGATIVE),
      param('margin_rate', 'Taux de marque', 'Margin rate', { fraction: true }),
      param('churn', 'Churn mensuel', 'Monthly churn', RATE),
    ],
    compute: (arpa, m, c) => (finite(arpa, m, c) ? div(arpa * m, c) : null),
    zero: ['churn'],
  },
  example: { formula: '=LTV(100, 80%, 2%)', result: '4000' },
};

function ordersLtv(input: Parameters<KpiDef['compute']>[0], period: Parameters<KpiDef['compute']>[1], segment: Parameters<KpiDef['compute']>[2]): KpiResult {
  const orders = input.tables.orders!;
  const w = trailingYear(period);
  const w0 = priorPeriod(w);
  const rev = revenueIn(input, w, segment, 'orders');
  const now = rowsInPeriod(orders, 'date', w, segment);
  const before = rowsInPeriod(orders, 'date', w0, segment);
  const buyers = buyersOverlap(orders, before, now);
  const margin = marginRateOr1(input, w, segment);
  const lost = buyers.a - buyers.both;
  const lifetimeYears = div(buyers.a, lost);
  const aov = div(rev.sum, rev.count);
  const frequency = div(rev.count, buyers.b);
  const breakdown = [
    { key: 'aov', value: aov, count: rev.count },
    { key: 'purchase_frequency', value: frequency, count: buyers.b },
    { key: 'lifetime_months', value: lifetimeYears === null ? null : lifetimeYears * 12, count: buyers.a },
    { key: 'margin_rate', value: margin.rate, count: 0 },
  ];
  if (aov === null || frequency === null || lifetimeYears === null)
    return noValue('zero_denominator', rev.tally, { breakdown, notes: margin.notes });
  return withValue(aov * frequency * lifetimeYears * margin.rate, rev.tally, { breakdown, notes: margin.notes });
}

export const ltvCac: KpiDef = {
  id: 'ltv_cac',
  fn: 'LTV_CAC',
  label: { fr: 'Ratio LTV:CAC', en: 'LTV:CAC ratio' },
  description: {
    fr: "Valeur vie client ÷ coût d'acquisition client de la période (3 ou plus est souvent jugé sain).",
    en: 'Customer lifetime value ÷ customer acquisition cost of the period (3 or more is often deemed healthy).',
  },
  unit: 'ratio',
  better: 'up',
  needs: combineNeeds(LTV_NEEDS, CAC_NEEDS),
  compute(input, period, segment) {
    const l = ltv.compute(input, period, segment);
    const p = cacParts(input, period, segment);
    const c = div(p.spend, p.newCustomers);
    const tally = p.tally.merge(tallyOf(l));
    if (l.value === null || c === null) return noValue('zero_denominator', tally, { notes: l.notes });
    return ratio(l.value, c, tally, { notes: l.notes });
  },
  arithmetic: {
    params: [param('ltv', 'Valeur vie client', 'Customer lifetime value'), param('cac', "Coût d'acquisition client", 'Customer acquisition cost', NON_NEGATIVE)],
    compute: (l, c) => (finite(l, c) ? div(l, c) : null),
    zero: ['cac'],
  },
  example: { formula: '=LTV_CAC(4000, 1000)', result: '4' },
};

export const cacPayback: KpiDef = {
  id: 'cac_payback',
  fn: 'CAC_PAYBACK',
  label: { fr: 'Délai de retour du CAC', en: 'CAC payback' },
  description: {
    fr: "Mois de marge nécessaires pour rembourser l'acquisition d'un client : CAC ÷ (ARPA mensuel × taux de marque).",
    en: 'Months of margin needed to pay back acquiring a customer: CAC ÷ (monthly ARPA × margin rate).',
  },
  unit: 'months',
  better: 'down',
  needs: combineNeeds(CAC_NEEDS, ARPA_NEEDS),
  compute(input, period, segment) {
    const p = cacParts(input, period, segment);
    const arpa = arpaIn(input, period, segment);
    const margin = marginRateOr1(input, period, segment);
    const tally = p.tally.merge(arpa.tally);
    const c = div(p.spend, p.newCustomers);
    if (c === null || arpa.value === null) return noValue('zero_denominator', tally, { notes: margin.notes });
    return ratio(c, arpa.value * margin.rate, tally, { notes: margin.notes });
  },
  arithmetic: {
    params: [
      param('cac', "Coût d'acquisition client", 'Customer acquisition cost', NON_NEGATIVE),
      param('arpa', 'Revenu mensuel moyen par client', 'Average monthly revenue per account', NON_NEGATIVE),
      param('margin_rate', 'Taux de marque', 'Margin rate', { fraction: true }),
    ],
    compute: (c, a, m) => (finite(c, a, m) ? div(c, a * m) : null),
    zero: ['arpa', 'margin_rate'],
  },
  example: { formula: '=CAC_PAYBACK(1200, 100, 80%)', result: '15' },
};
