// The MRR bridge: start, each movement in order (contraction and churn negative), end.

import { bridgeTable } from '../../src/dashboard/model-mrr';

test('the bridge lists start → new → expansion → contraction → churn → end in that order, in the reader’s language', () => {
  const rows = [
    { key: 'end', value: 10900, count: 86 },
    { key: 'churned', value: -300, count: 3 },
    { key: 'start', value: 10000, count: 80 },
    { key: 'new', value: 900, count: 8 },
    { key: 'expansion', value: 500, count: 5 },
    { key: 'contraction', value: -200, count: 2 },
  ];
  const table = bridgeTable(rows, 'fr');
  expect(table?.rows.map((r) => [r.key, r.cells[0].value])).toEqual([
    ['MRR de début', 10000],
    ['Nouveau', 900],
    ['Expansion', 500],
    ['Contraction', -200],
    ['Churn', -300],
  ]);
  expect(table?.total).toEqual({ key: 'MRR de fin', cells: [{ value: 10900, unit: 'currency' }] });
});

test('without movements there is no bridge', () => {
  expect(bridgeTable([], 'en')).toBeNull();
});
