// The arithmetic forms of the subscription KPIs reproduce published worked examples (sources cited per case).

import { kpiByFn } from '../../src/kpi/catalog';
import { MONTHS_PER_INTERVAL } from '../../src/kpi/measures/billing-interval';

const calc = (fn: string, ...args: number[]) => kpiByFn(fn)!.arithmetic!.compute(...args);

test.each([
  // ChartMogul, MRR movements (article 201244842): $2,000 billed yearly is $166.67 of MRR.
  ['MRR', [2000, MONTHS_PER_INTERVAL.year, 1], 2000 / 12],
  // 12 × MRR.
  ['ARR', [25000], 300000],
  // dnoise.online, NRR: (200,000 − 6,000 − 4,000 + 20,000) ÷ 200,000 = 105 %.
  ['NRR', [200000, 20000, 4000, 6000], 1.05],
  // metrickittools.com, NRR: $100k start, $15k expansion, $5k contraction, $10k churn → 100 %.
  ['NRR', [100000, 15000, 5000, 10000], 1],
  // theprimecalculator.com, GRR: $200,000 start, $4,000 downgrades, $8,000 cancellations → 94 %.
  ['GRR', [200000, 4000, 8000], 0.94],
  // metrickittools.com, GRR: $100k start, $5k contraction, $10k churn → 85 %.
  ['GRR', [100000, 5000, 10000], 0.85],
  // ChartMogul, Gross MRR churn rate (article 203359341): ($10 churn + $10 contraction) ÷ $100 = 20 %.
  ['REVENUE_CHURN', [100, 10, 10], 0.2],
  // ChartMogul, Net MRR churn rate (article 4414075567250): (($10 + $10) − ($10 + $0)) ÷ $100 = 10 %.
  ['NET_REVENUE_CHURN', [100, 10, 10, 10, 0], 0.1],
  // pitchkit.net, quick ratio: new $20k, expansion $8k, churn $5k, contraction $3k → 3.5.
  ['QUICK_RATIO', [20000, 8000, 0, 5000, 3000], 3.5],
  // ChartMogul, ARPA (article 203359301): $15 of MRR over 5 customers = $3.
  ['ARPA', [15, 5], 3],
  // churnkey.co / toption.org conversion table: 5 % monthly churn ≈ 45.96 % a year, 2 % ≈ 21.53 %.
  ['ANNUAL_CHURN', [0.05], 0.4596],
  ['ANNUAL_CHURN', [0.02], 0.2153],
  // Loss rate is the complement of the win rate: 18 lost of 30 decided = 60 %.
  ['LOSS_RATE', [18, 30], 0.6],
])('%s(%j) = %d', (fn, args, expected) => {
  expect(calc(fn, ...args)).toBeCloseTo(expected, 4);
});

test('a weekly price is normalised with 52 ÷ 12 weeks a month (DESIGN), not the ×4 some calculators use', () => {
  expect(calc('MRR', 100, MONTHS_PER_INTERVAL.week, 1)).toBeCloseTo(433.33, 2);
});

test.each([
  ['NRR', [0, 0, 0, 0]],
  ['GRR', [0, 0, 0]],
  ['REVENUE_CHURN', [0, 0, 0]],
  ['QUICK_RATIO', [10, 0, 0, 0, 0]],
  ['ARPA', [100, 0]],
  ['LOSS_RATE', [0, 0]],
])('%s(%j) has no value (zero denominator)', (fn, args) => {
  expect(calc(fn, ...args)).toBeNull();
});
