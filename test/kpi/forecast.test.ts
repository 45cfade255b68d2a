// Weighted pipeline, coverage of the remaining target and forecast (DESIGN's pipeline and forecast row).

import { computeKpi } from '../../src/kpi/compute';
import { probabilityOf } from '../../src/kpi/measures/forecast';
import { input, month } from './table-builder';

/** A year of history (3 won, 1 lost: 75 %), then open deals at two stages, one with its own probability. */
const DEALS = [
  { created: '2023-06-01', closed: '2023-07-01', stage: 'won', amount: 1000 },
  { created: '2023-06-01', closed: '2023-08-01', stage: 'won', amount: 1000 },
  { created: '2023-06-01', closed: '2023-09-01', stage: 'won', amount: 1000 },
  { created: '2023-06-01', closed: '2023-10-01', stage: 'lost', amount: 1000 },
  { created: '2024-03-02', closed: '2024-03-20', stage: 'won', amount: 3000 },
  { created: '2024-02-01', closed: '', stage: 'Proposal', amount: 4000 },
  { created: '2024-02-15', closed: '2024-03-28', stage: 'Negotiation', amount: 2000, probability: 50 },
  { created: '2024-03-10', closed: '2024-04-15', stage: 'Proposal', amount: 1000, probability: 0.2 },
];
const TARGETS = [{ date: '2024-03-01', metric: 'revenue', target: 10000 }];
const march = month('2024-03');

test('a probability reads 0.3, 30 and 30 % alike and refuses what cannot be one', () => {
  expect(probabilityOf(0.3)).toBe(0.3);
  expect(probabilityOf(30)).toBeCloseTo(0.3);
  expect(probabilityOf(-1)).toBeNaN();
  expect(probabilityOf(250)).toBeNaN();
});

test('weighted pipeline uses each deal’s probability, else the win rate of the year before', () => {
  const r = computeKpi('weighted_pipeline', input({ deals: DEALS }), march);
  // Win rate of the 12 months before 1 April 2024: 4 won (3 in 2023, 1 in March) of 5 closed = 80 %.
  expect(r.value).toBeCloseTo(4000 * 0.8 + 2000 * 0.5 + 1000 * 0.2);
  expect(r.notes).toEqual(['historical_win_rate']);
  expect(r.breakdown?.map((b) => [b.key, b.count])).toEqual([
    ['Proposal', 2],
    ['Negotiation', 1],
  ]);
});

test('coverage is weighted pipeline ÷ (target − revenue won), none once the target is reached', () => {
  const both = input({ deals: DEALS, targets: TARGETS });
  const weighted = computeKpi('weighted_pipeline', both, march).value as number;
  expect(computeKpi('pipeline_coverage', both, march).value).toBeCloseTo(weighted / (10000 - 3000));
  const reached = input({ deals: DEALS, targets: [{ date: '2024-03-01', metric: 'revenue', target: 2000 }] });
  const r = computeKpi('pipeline_coverage', reached, march);
  expect(r.value).toBeNull();
  expect(r.notes).toEqual(['target_reached']);
  expect(computeKpi('pipeline_coverage', input({ deals: DEALS, targets: [{ date: '2024-05-01', metric: 'revenue', target: 1 }] }), march).why).toBe('no_target');
});

test('forecast is revenue won + open deals expected to close in the month × probability', () => {
  const r = computeKpi('sales_forecast', input({ deals: DEALS }), march);
  expect(r.value).toBeCloseTo(3000 + 2000 * 0.5);
  expect(computeKpi('sales_forecast', input({ deals: DEALS }), month('2024-04')).value).toBeCloseTo(1000 * 0.2);
});
