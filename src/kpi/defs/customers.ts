// Customer base: churn, retention, customer lifetime and new customers.

import { dateColumn } from '../../model/table';
import { customerFlow, NEW_CUSTOMER_NEEDS, newCustomersIn } from '../measures/customers';
import { div, noValue, ratio, withValue } from '../result';
import { rowsBefore } from '../rows';
import { periodMonths } from '../period-shift';
import { withinSpan } from '../span';
import type { KpiDef, KpiInput, Period, Segment } from '../types';
import { finite, NON_NEGATIVE, param, partOf, RATE } from './helpers';

export const FLOW_NEEDS = [[{ entity: 'customers' as const, fields: ['start', 'end'] }]];

export const churn: KpiDef = {
  id: 'churn',
  fn: 'CHURN',
  label: { fr: "Taux d'attrition (churn)", en: 'Churn rate' },
  description: {
    fr: 'Clients actifs au début de la période qui sont partis pendant la période ÷ clients actifs au début ; un client arrivé et parti dans la période ne compte ni dans l’un ni dans l’autre.',
    en: 'Customers active at the start of the period who left during it ÷ customers active at the start; a customer who starts and leaves within the period counts in neither.',
  },
  unit: 'rate',
  better: 'down',
  needs: FLOW_NEEDS,
  compute(input, period, segment) {
    const f = customerFlow(input.tables.customers!, period, segment);
    return ratio(f.churned, f.atStart, f.tally);
  },
  arithmetic: {
    params: [
      param('lost', 'Clients perdus dans la période', 'Customers lost in the period', partOf('customers_at_start')),
      param('customers_at_start', 'Clients actifs au début', 'Customers active at the start', NON_NEGATIVE),
    ],
    compute: (lost, atStart) => (finite(lost, atStart) ? div(lost, atStart) : null),
    zero: ['customers_at_start'],
  },
  note: {
    fr: 'Sans client actif au début, pas de valeur (certains outils affichent 0 %) ; un client arrivé et parti dans la période ne compte ni au numérateur ni au dénominateur.',
    en: 'With no customer active at the start there is no value (some tools show 0 %); a customer who joins and leaves within the period counts in neither part.',
  },
  example: { formula: '=CHURN(5, 200)', result: '2.5%' },
};

export const retentionRate: KpiDef = {
  id: 'retention_rate',
  fn: 'RETENTION_RATE',
  label: { fr: 'Taux de rétention', en: 'Retention rate' },
  description: {
    fr: '(E − N) ÷ S : clients actifs en fin de période, moins les nouveaux de la période encore actifs, rapportés aux clients actifs au début.',
    en: '(E − N) ÷ S: customers active at the end, minus the new ones of the period still active, over the customers active at the start.',
  },
  unit: 'rate',
  better: 'up',
  needs: FLOW_NEEDS,
  compute(input, period, segment) {
    const f = customerFlow(input.tables.customers!, period, segment);
    return ratio(f.atEnd - f.newActive, f.atStart, f.tally);
  },
  arithmetic: {
    params: [
      param('customers_at_end', 'Clients actifs en fin de période (E)', 'Customers active at the end (E)', NON_NEGATIVE),
      param('new_customers', 'Nouveaux clients de la période (N)', 'New customers in the period (N)', partOf('customers_at_end')),
      param('customers_at_start', 'Clients actifs au début (S)', 'Customers active at the start (S)', NON_NEGATIVE),
    ],
    compute: (e, n, s) => (finite(e, n, s) ? div(e - n, s) : null),
    zero: ['customers_at_start'],
    // The customers kept from the start (E − N) are some of those active at the start.
    bounds: [{ plus: ['customers_at_end'], minus: ['new_customers'], atMost: 'customers_at_start' }],
  },
  example: { formula: '=RETENTION_RATE(210, 20, 200)', result: '95%' },
};

/** Mean tenure in months of customers who ended before `day` (observed, not modelled). */
export function observedTenure(input: KpiInput, day: number, segment?: Segment): { months: number | null; count: number } {
  const customers = input.tables.customers!;
  const start = dateColumn(customers, 'start')!;
  const end = dateColumn(customers, 'end')!;
  const rows = rowsBefore(customers, 'end', day, segment);
  let sum = 0;
  let count = 0;
  for (let k = 0; k < rows.length; k++) {
    const d = end[rows[k]] - start[rows[k]];
    if (d >= 0) {
      sum += d;
      count++;
    }
  }
  return { months: count ? sum / count / (365.2425 / 12) : null, count };
}

export const customerLifetime: KpiDef = {
  id: 'customer_lifetime',
  fn: 'CUSTOMER_LIFETIME',
  label: { fr: 'Durée de vie moyenne client', en: 'Average customer lifetime' },
  description: {
    fr: 'Forme tableau : durée de vie en mois, mois de la période ÷ churn de la période (1 ÷ churn mensuel ; pour un trimestre, 3 ÷ churn trimestriel). Forme arithmétique : 1 ÷ le churn donné, dans l’unité de ce churn (un churn mensuel donne des mois, un churn annuel des années). La durée moyenne observée des clients partis : KPI_BREAKDOWN("customer_lifetime"; …).',
    en: 'Table form: lifetime in months, the months of the period ÷ the churn of the period (1 ÷ monthly churn; for a quarter, 3 ÷ quarterly churn). Arithmetic form: 1 ÷ the churn given, in that churn’s periods (a monthly churn gives months, a yearly churn years). The observed mean tenure of customers who left: KPI_BREAKDOWN("customer_lifetime"; …).',
  },
  unit: 'months',
  better: 'up',
  needs: FLOW_NEEDS,
  compute(input, period, segment) {
    const f = customerFlow(input.tables.customers!, period, segment);
    const tenure = observedTenure(input, period.end, segment);
    const breakdown = [{ key: 'observed_tenure_months', value: tenure.months, count: tenure.count }];
    if (f.churned === 0) return noValue('zero_denominator', f.tally, { numerator: f.atStart, denominator: 0, breakdown });
    return withValue((periodMonths(period) * f.atStart) / f.churned, f.tally, {
      numerator: f.atStart,
      denominator: f.churned,
      breakdown,
    });
  },
  arithmetic: {
    params: [param('churn', 'Taux de churn de la période', 'Churn rate of the period', RATE)],
    compute: (c) => (finite(c) ? div(1, c) : null),
    zero: ['churn'],
  },
  example: { formula: '=CUSTOMER_LIFETIME(2.5%)', result: '40' },
};

export const newCustomers: KpiDef = {
  id: 'new_customers',
  fn: 'NEW_CUSTOMERS',
  label: { fr: 'Nouveaux clients', en: 'New customers' },
  description: {
    fr: 'Clients dont le premier début tombe dans la période (à défaut : première commande, ou première affaire gagnée, de chaque client).',
    en: "Customers whose first start falls in the period (else: each customer's first order, or first deal won).",
  },
  unit: 'count',
  better: 'up',
  needs: NEW_CUSTOMER_NEEDS,
  compute(input, period, segment) {
    const m = newCustomersIn(input, period, segment);
    if (m.inPeriod === 0 && !(m.table && withinSpan(m.table, period, segment))) return noValue('no_rows', m.tally);
    return withValue(m.count, m.tally);
  },
  example: { formula: '=NEW_CUSTOMERS(Clients!A:D, "2024-03")', result: '18' },
};

export function flowFor(input: KpiInput, period: Period, segment?: Segment) {
  return customerFlow(input.tables.customers!, period, segment);
}

export const annualChurn: KpiDef = {
  id: 'annual_churn',
  fn: 'ANNUAL_CHURN',
  label: { fr: 'Churn annualisé', en: 'Annualised churn' },
  description: {
    fr: '1 − (1 − churn mensuel)^12 : la part des clients perdue en un an au rythme du mois (pas 12 × le churn mensuel). Forme tableau : le churn de la période, annualisé.',
    en: '1 − (1 − monthly churn)^12: the share of customers lost in a year at the month’s pace (not 12 × monthly churn). Table form: the churn of the period, annualised.',
  },
  unit: 'rate',
  better: 'down',
  needs: FLOW_NEEDS,
  compute(input, period, segment) {
    const f = customerFlow(input.tables.customers!, period, segment);
    const r = ratio(f.churned, f.atStart, f.tally);
    if (r.value === null) return r;
    return { ...r, value: 1 - (1 - r.value) ** (12 / periodMonths(period)) };
  },
  arithmetic: {
    params: [param('monthly_churn', 'Churn mensuel', 'Monthly churn', RATE)],
    compute: (m) => (finite(m) ? 1 - (1 - m) ** 12 : null),
  },
  note: {
    fr: 'Churn composé : 1 − (1 − m)^12 (5 % par mois ≈ 46 % par an, table de conversion de Churnkey), pas 12 × m (60 %).',
    en: 'Compounded churn: 1 − (1 − m)^12 (5 % a month ≈ 46 % a year, Churnkey’s conversion table), not 12 × m (60 %).',
  },
  example: { formula: '=ANNUAL_CHURN(5%)', result: '46%' },
};
