// Changes: points for rates, relative for amounts and counts, none on a base ≤ 0, grey within ±2 %, colour by direction.

import { changeOf } from '../../src/dashboard/comparisons';

test('a rate moves in points: 26.7 % → 28.3 % is +1.6 pt, not +6 %', () => {
  const c = changeOf(0.283, 0.267, 'rate', 'up');
  expect(c.kind).toBe('pt');
  expect(c.value).toBeCloseTo(1.6, 10);
  expect(c).toMatchObject({ arrow: '▲', tone: 'good' });
});

test('an amount moves in %, and no % is shown from a base of 0 or below', () => {
  expect(changeOf(110, 100, 'currency', 'up')).toMatchObject({ kind: '%', value: 0.1, tone: 'good', arrow: '▲' });
  expect(changeOf(5, 0, 'count', 'up').value).toBeNull();
  expect(changeOf(5, -3, 'currency', 'up').value).toBeNull();
  expect(changeOf(null, 3, 'count', 'up')).toMatchObject({ value: null, arrow: '' });
});

test('a move within ±2 % keeps its arrow but no colour', () => {
  expect(changeOf(101, 100, 'currency', 'up')).toMatchObject({ tone: 'neutral', arrow: '▲' });
  expect(changeOf(0.2705, 0.27, 'rate', 'up')).toMatchObject({ tone: 'neutral', arrow: '▲' });
});

test('colour follows the better direction: a longer cycle is bad news, a lower churn good news', () => {
  expect(changeOf(70, 60, 'days', 'down').tone).toBe('bad');
  expect(changeOf(0.02, 0.03, 'rate', 'down').tone).toBe('good');
});
