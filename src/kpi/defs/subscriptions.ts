// Subscription revenue: MRR, ARR, the MRR movements (spilled bridge) and revenue per account.

import { arpaIn, ARPA_NEEDS } from '../measures/arpa';
import { MOVEMENT_KEYS, MOVEMENT_NEEDS, MRR_NEEDS, movementsIn, type Movements } from '../measures/subscriptions';
import { div, noValue, ratio, withValue } from '../result';
import { begunBy } from '../span';
import type { BreakdownRow, KpiDef, KpiInput, KpiResult, Period, Segment } from '../types';
import { finite, NON_NEGATIVE, param, pickOrMissing } from './helpers';

/** The movements of P, or "no value" when P ends before the first subscription (MRR is a stock: it lasts past the last date). */
export function movementsOrNone(input: KpiInput, period: Period, segment?: Segment): Movements | KpiResult {
  const table = input.tables.subscriptions!;
  const m = movementsIn(table, period, segment);
  if (!begunBy(table, period, segment)) return noValue('no_rows', m.tally);
  if (m.tally.used === 0 && m.tally.skipped > 0) return noValue('all_skipped', m.tally);
  return m;
}

export const isResult = (x: Movements | KpiResult): x is KpiResult => 'value' in x;

export const mrr: KpiDef = {
  id: 'mrr',
  fn: 'MRR',
  label: { fr: 'Revenu mensuel récurrent (MRR)', en: 'Monthly recurring revenue (MRR)' },
  description: {
    fr: 'Somme des montants mensualisés des abonnements actifs à la fin de la période (annuel ÷ 12, trimestriel ÷ 3, hebdomadaire × 52 ÷ 12, quotidien × 365 ÷ 12, divisé par le nombre de périodes facturées ; ou la colonne MRR). Forme arithmétique : le montant mensualisé d’un abonnement.',
    en: 'Sum of the monthly-normalised amounts of the subscriptions active at the end of the period (yearly ÷ 12, quarterly ÷ 3, weekly × 52 ÷ 12, daily × 365 ÷ 12, divided by the interval count; or the MRR column). Arithmetic form: the monthly amount of one subscription.',
  },
  unit: 'currency',
  better: 'up',
  needs: MRR_NEEDS,
  compute(input, period, segment) {
    const m = movementsOrNone(input, period, segment);
    if (isResult(m)) return m;
    return withValue(m.end, m.tally, { numerator: m.end, denominator: m.customers.end });
  },
  arithmetic: {
    params: [
      param('amount', 'Montant facturé par période HT', 'Amount billed per interval, excluding tax', NON_NEGATIVE),
      param('interval', 'Périodicité : "month", "quarter", "year", "week", "day" (ou mois, trimestre, an, semaine, jour)', 'Billing interval: "month", "quarter", "year", "week", "day"', { kind: 'interval' }),
      param('count', 'Facultatif : nombre de périodes par facturation (2 pour tous les 2 mois)', 'Optional: intervals per billing (2 for every 2 months)', { min: 0, optional: { fallback: 1 } }),
    ],
    compute: (amount, monthsPerInterval, count) => (finite(amount, monthsPerInterval, count) ? div(amount, monthsPerInterval * count) : null),
    zero: ['count'],
  },
  note: {
    fr: 'Une semaine compte pour 52 ÷ 12 par mois (certains calculateurs prennent × 4, soit 8 % de moins) ; un jour pour 365 ÷ 12. Un abonnement compte de son début à sa date de fin (résiliation), comme le « churn immédiat » de ChartMogul, non jusqu’à la fin de la période payée. Les abonnements d’un même client sont cumulés.',
    en: 'A week counts 52 ÷ 12 times a month (some calculators use × 4, 8 % less); a day 365 ÷ 12. A subscription counts from its start to its end (cancellation) date, not to the end of the period paid for. A customer’s subscriptions are combined, as ChartMogul does.',
  },
  example: { formula: '=MRR(1200, "year")', result: '100' },
};

export const arr: KpiDef = {
  id: 'arr',
  fn: 'ARR',
  label: { fr: 'Revenu annuel récurrent (ARR)', en: 'Annual recurring revenue (ARR)' },
  description: {
    fr: '12 × MRR à la fin de la période.',
    en: '12 × MRR at the end of the period.',
  },
  unit: 'currency',
  better: 'up',
  needs: MRR_NEEDS,
  compute(input, period, segment) {
    const r = mrr.compute(input, period, segment);
    return r.value === null ? r : { ...r, value: 12 * r.value, numerator: 12 * r.value };
  },
  arithmetic: {
    params: [param('mrr', 'Revenu mensuel récurrent', 'Monthly recurring revenue', NON_NEGATIVE)],
    compute: (m) => (finite(m) ? 12 * m : null),
  },
  example: { formula: '=ARR(25000)', result: '300000' },
};

/** The movements as breakdown rows: contraction and churned negative, so that start + every movement = end. */
export function movementRows(m: Movements): BreakdownRow[] {
  return MOVEMENT_KEYS.map((key) => {
    const value = key === 'contraction' || key === 'churned' ? -m[key] : m[key];
    return { key, value, count: m.customers[key] };
  });
}

export const mrrMovements: KpiDef = {
  id: 'mrr_movements',
  fn: 'MRR_MOVEMENTS',
  label: { fr: 'Mouvements de MRR', en: 'MRR movements' },
  description: {
    fr: 'Tableau : MRR de début, nouveau, expansion, réactivation, contraction, churn, MRR de fin, client par client (début de période contre fin) ; contraction et churn sont négatifs, de sorte que début + mouvements = fin. Valeur : la variation nette du MRR.',
    en: 'Table: start MRR, new, expansion, reactivation, contraction, churned, end MRR, customer by customer (start of the period against its end); contraction and churned are negative so that start + movements = end. Value: the net change in MRR.',
  },
  unit: 'currency',
  better: 'up',
  needs: MOVEMENT_NEEDS,
  spills: true,
  compute(input, period, segment) {
    const m = movementsOrNone(input, period, segment);
    if (isResult(m)) return m;
    return withValue(m.end - m.start, m.tally, { breakdown: movementRows(m) });
  },
  note: {
    fr: 'Mouvements client par client, MRR au début contre MRR à la fin de la période (comme le tableau de ChartMogul sur un mois) : un client qui arrive et part dans la même période n’apparaît pas, deux hausses du même client font une seule expansion. Réactivation : un client déjà abonné avant la période, à 0 au début.',
    en: 'Movements customer by customer, MRR at the start against MRR at the end of the period (as ChartMogul’s data table over one month): a customer who joins and leaves within the period does not appear, two increases of one customer are one expansion. Reactivation: a customer subscribed before the period, at 0 at its start.',
  },
  example: { formula: '=MRR_MOVEMENTS(Abonnements!A:H, "2024-03")', result: 'a table: Start MRR | 10000 | 80, New business | 900 | 9, … End MRR | 10900 | 86' },
};

const ARPA_ALL = [...MOVEMENT_NEEDS, ...ARPA_NEEDS];

export const arpa: KpiDef = {
  id: 'arpa',
  fn: 'ARPA',
  label: { fr: 'Revenu moyen par compte (ARPA)', en: 'Average revenue per account (ARPA)' },
  description: {
    fr: 'MRR des clients payants à la fin de la période ÷ nombre de ces clients (abonnements d’un même client cumulés). Sans table d’abonnements : revenu mensuel (mrr) moyen des clients actifs au début, sinon CA mensuel ÷ clients actifs.',
    en: "MRR of the customers paying at the end of the period ÷ number of those customers (a customer's subscriptions combined). Without a subscriptions table: mean monthly revenue (mrr) of customers active at the start, else monthly revenue ÷ active customers.",
  },
  unit: 'currency',
  better: 'up',
  needs: ARPA_ALL,
  compute(input, period, segment) {
    const alt = pickOrMissing(input, ARPA_ALL);
    if (typeof alt !== 'number') return alt;
    if (alt < MOVEMENT_NEEDS.length) {
      const m = movementsOrNone(input, period, segment);
      if (isResult(m)) return m;
      return ratio(m.end, m.customers.end, m.tally);
    }
    const a = arpaIn(input, period, segment);
    if (a.value === null) return noValue('zero_denominator', a.tally);
    return withValue(a.value, a.tally);
  },
  arithmetic: {
    params: [
      param('mrr', 'MRR (ou CA mensuel) HT', 'MRR (or monthly revenue) excluding tax', NON_NEGATIVE),
      param('customers', 'Clients actifs', 'Active customers', NON_NEGATIVE),
    ],
    compute: (revenue, customers) => (finite(revenue, customers) ? div(revenue, customers) : null),
    zero: ['customers'],
  },
  example: { formula: '=ARPA(15, 5)', result: '3' },
};
