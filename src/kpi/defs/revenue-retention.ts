// Revenue retention from the MRR movements: NRR, GRR, gross and net revenue churn, quick ratio.

import { MOVEMENT_NEEDS, type Movements } from '../measures/subscriptions';
import { div, ratio } from '../result';
import type { ArithmeticBound, ArithmeticForm, Better, KpiDef, KpiResult, Text, Unit } from '../types';
import { finite, NON_NEGATIVE, param, partOf } from './helpers';
import { isResult, movementsOrNone } from './subscriptions';

function movementDef(
  id: string,
  fn: string,
  unit: Unit,
  better: Better,
  label: Text,
  description: Text,
  parts: (m: Movements) => [number, number],
  arithmetic: ArithmeticForm,
  example: KpiDef['example'],
  note?: Text,
): KpiDef {
  return {
    id,
    fn,
    label,
    description,
    unit,
    better,
    needs: MOVEMENT_NEEDS,
    compute(input, period, segment): KpiResult {
      const m = movementsOrNone(input, period, segment);
      if (isResult(m)) return m;
      const [numerator, denominator] = parts(m);
      return ratio(numerator, denominator, m.tally);
    },
    arithmetic,
    example,
    ...(note ? { note } : {}),
  };
}

const START = param('mrr_start', 'MRR au début de la période', 'MRR at the start of the period', NON_NEGATIVE);
const EXPANSION = param('expansion', 'MRR d’expansion (hausses des clients présents au début)', 'Expansion MRR (increases of customers present at the start)', NON_NEGATIVE);
const CONTRACTION = param('contraction', 'MRR de contraction (baisses)', 'Contraction MRR (decreases)', partOf('mrr_start'));
const CHURNED = param('churned', 'MRR perdu (clients partis)', 'Churned MRR (customers who left)', partOf('mrr_start'));
const REACTIVATION = param('reactivation', 'MRR de réactivation (anciens clients revenus)', 'Reactivation MRR (former customers back)', NON_NEGATIVE);
/** Contraction and churned MRR both come out of the start MRR (in the order of the function's arguments). */
const LOST_OF_START: ArithmeticBound = { plus: ['contraction', 'churned'], atMost: 'mrr_start' };
const CHURNED_OF_START: ArithmeticBound = { plus: ['churned', 'contraction'], atMost: 'mrr_start' };
const NEW = param('new_mrr', 'MRR des nouveaux clients', 'New MRR (new customers)', NON_NEGATIVE);

export const nrr = movementDef(
  'nrr', 'NRR', 'rate', 'up',
  { fr: 'Rétention nette du revenu (NRR)', en: 'Net revenue retention (NRR)' },
  {
    fr: '(MRR de début + expansion − contraction − churn) ÷ MRR de début, sur les seuls clients présents au début (nouveaux clients et réactivations exclus).',
    en: '(start MRR + expansion − contraction − churned) ÷ start MRR, over the customers present at the start only (new customers and reactivations left out).',
  },
  (m) => [m.start + m.expansion - m.contraction - m.churned, m.start],
  {
    params: [START, EXPANSION, CONTRACTION, CHURNED],
    compute: (s, e, c, ch) => (finite(s, e, c, ch) ? div(s + e - c - ch, s) : null),
    zero: ['mrr_start'],
    bounds: [LOST_OF_START],
  },
  { formula: '=NRR(200000, 20000, 4000, 6000)', result: '105%' },
  {
    fr: 'Baremetrics publie NRR = 100 % − (MRR perdu − expansion) ÷ MRR de début, la contraction comptée avec les pertes ; ici la contraction est un mouvement à part (même résultat) et les réactivations sont exclues (DESIGN). Sans MRR au début, pas de valeur (certains outils affichent 100 %).',
    en: 'Baremetrics publishes NRR = 100 % − (churned − expansion) ÷ starting MRR, contraction counted with the losses; here contraction is its own movement (same result) and reactivations are left out (DESIGN). With no MRR at the start there is no value (some tools show 100 %).',
  },
);

export const grr = movementDef(
  'grr', 'GRR', 'rate', 'up',
  { fr: 'Rétention brute du revenu (GRR)', en: 'Gross revenue retention (GRR)' },
  {
    fr: '(MRR de début − contraction − churn) ÷ MRR de début : l’expansion ne compte pas, la valeur ne dépasse jamais 100 %.',
    en: '(start MRR − contraction − churned) ÷ start MRR: expansion does not count, so it never exceeds 100%.',
  },
  (m) => [m.start - m.contraction - m.churned, m.start],
  {
    params: [START, CONTRACTION, CHURNED],
    compute: (s, c, ch) => (finite(s, c, ch) ? div(s - c - ch, s) : null),
    zero: ['mrr_start'],
    bounds: [LOST_OF_START],
  },
  { formula: '=GRR(200000, 4000, 8000)', result: '94%' },
);

export const revenueChurn = movementDef(
  'revenue_churn', 'REVENUE_CHURN', 'rate', 'down',
  { fr: 'Attrition brute du revenu', en: 'Gross revenue churn' },
  {
    fr: '(MRR perdu + contraction) ÷ MRR de début de période.',
    en: '(churned MRR + contraction) ÷ MRR at the start of the period.',
  },
  (m) => [m.churned + m.contraction, m.start],
  {
    params: [START, CHURNED, CONTRACTION],
    compute: (s, ch, c) => (finite(s, ch, c) ? div(ch + c, s) : null),
    zero: ['mrr_start'],
    bounds: [CHURNED_OF_START],
  },
  { formula: '=REVENUE_CHURN(100, 10, 10)', result: '20%' },
  {
    fr: 'La formule « Standard (B2B) » de ChartMogul, sur la période ; son réglage « Shopify (B2C) » calcule jour par jour. Sans MRR au début, pas de valeur (certains outils affichent 0 %).',
    en: 'ChartMogul’s “Standard (B2B)” formula, over the period; its “Shopify (B2C)” setting computes day by day. With no MRR at the start there is no value (some tools show 0 %).',
  },
);

export const netRevenueChurn = movementDef(
  'net_revenue_churn', 'NET_REVENUE_CHURN', 'rate', 'down',
  { fr: 'Attrition nette du revenu', en: 'Net revenue churn' },
  {
    fr: '(MRR perdu + contraction − expansion − réactivation) ÷ MRR de début ; négative quand les hausses dépassent les pertes.',
    en: '(churned MRR + contraction − expansion − reactivation) ÷ start MRR; negative when gains exceed losses.',
  },
  (m) => [m.churned + m.contraction - m.expansion - m.reactivation, m.start],
  {
    params: [START, CHURNED, CONTRACTION, EXPANSION, { ...REACTIVATION, optional: { fallback: 0 } }],
    compute: (s, ch, c, e, r) => (finite(s, ch, c, e, r) ? div(ch + c - e - r, s) : null),
    zero: ['mrr_start'],
    bounds: [CHURNED_OF_START],
  },
  { formula: '=NET_REVENUE_CHURN(100, 10, 10, 10)', result: '10%' },
  {
    fr: 'Comme ChartMogul (réactivation comprise dans les gains). Le glossaire de Chargebee publie (contraction − expansion) ÷ MRR de début, sans le MRR perdu : DESIGN compte le MRR perdu.',
    en: 'As ChartMogul (reactivation counted with the gains). Chargebee’s glossary publishes (contraction − expansion) ÷ starting MRR, without churned MRR: DESIGN counts churned MRR.',
  },
);

const LOSS = (name: string, fr: string, en: string) => param(name, fr, en, NON_NEGATIVE);

export const quickRatio = movementDef(
  'quick_ratio', 'QUICK_RATIO', 'ratio', 'up',
  { fr: 'Quick ratio SaaS', en: 'SaaS quick ratio' },
  {
    fr: '(nouveau MRR + expansion + réactivation) ÷ (MRR perdu + contraction) : MRR gagné pour 1 perdu.',
    en: '(new MRR + expansion + reactivation) ÷ (churned MRR + contraction): MRR gained per 1 lost.',
  },
  (m) => [m.new + m.expansion + m.reactivation, m.churned + m.contraction],
  {
    params: [
      NEW,
      EXPANSION,
      REACTIVATION,
      LOSS('churned', 'MRR perdu (clients partis)', 'Churned MRR (customers who left)'),
      LOSS('contraction', 'MRR de contraction (baisses)', 'Contraction MRR (decreases)'),
    ],
    compute: (n, e, r, ch, c) => (finite(n, e, r, ch, c) ? div(n + e + r, ch + c) : null),
    zero: ['churned', 'contraction'],
  },
  { formula: '=QUICK_RATIO(20000, 8000, 0, 5000, 3000)', result: '3.5' },
  {
    fr: 'Baremetrics et Stripe publient (nouveau + expansion) ÷ (perdu + contraction), sans la réactivation ; DESIGN la compte dans les gains (mettez 0 pour leur formule). Sans perte, pas de valeur (pas l’infini).',
    en: 'Baremetrics and Stripe publish (new + expansion) ÷ (churned + contraction), without reactivation; DESIGN counts it with the gains (pass 0 for theirs). With no loss there is no value (not infinity).',
  },
);
