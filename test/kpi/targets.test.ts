// Target attainment for the metric each target row names, for the team or one rep, and targetFor.

import { KPI_CATALOG } from '../../src/kpi/catalog';
import { computeKpi } from '../../src/kpi/compute';
import { metricId } from '../../src/kpi/target-metrics';
import { targetFor } from '../../src/kpi/targets';
import { DEALS, TARGETS } from './fixtures';
import { input, month } from './table-builder';

const both = input({ deals: DEALS, targets: TARGETS });
const march = month('2024-03');

test('the value is revenue attainment against the team target, with every named metric in the breakdown', () => {
  const r = computeKpi('target_attainment', both, march);
  expect(r).toMatchObject({ value: 4100 / 5000, numerator: 4100, denominator: 5000 });
  expect(r.breakdown).toEqual([
    { key: 'revenue', value: 4100 / 5000, count: 1 },
    { key: 'deals_won', value: 4 / 5, count: 1 },
  ]);
  expect(r.skippedBy).toEqual({ unknown_metric: 1 });
});

test('with a segment on the owner, the rep’s own target counts', () => {
  const r = computeKpi('target_attainment', both, march, { field: 'owner', value: 'alice' });
  expect(r).toMatchObject({ value: 1100 / 2000, numerator: 1100, denominator: 2000 });
});

test('a period without targets has no value', () => {
  expect(computeKpi('target_attainment', both, month('2024-05'))).toMatchObject({ value: null, why: 'no_target' });
});

test('without team rows, the reps’ targets add up', () => {
  const reps = input({ deals: DEALS, targets: TARGETS.filter((t) => t.owner !== '') });
  expect(computeKpi('target_attainment', reps, march).denominator).toBe(5000);
});

test('metric names are recognised in French and English', () => {
  for (const [name, id] of [
    ['CA', 'revenue'],
    ["Chiffre d'affaires", 'revenue'],
    ['Revenue', 'revenue'],
    ['signatures', 'deals_won'],
    ['Deals won', 'deals_won'],
    ['Nouveaux clients', 'new_customers'],
    ['Rendez-vous', 'meetings'],
    ['LEADS', 'leads'],
    ['Win rate', 'win_rate'],
  ] as const)
    expect(metricId(name, KPI_CATALOG)).toBe(id);
  expect(metricId('Foo', KPI_CATALOG)).toBeUndefined();
});

test('targetFor gives the team or a rep target for a KPI and period', () => {
  expect(targetFor(both, 'revenue', march)).toBe(5000);
  expect(targetFor(both, 'revenue', march, 'BOB')).toBe(3000);
  expect(targetFor(both, 'deals_won', march)).toBe(5);
  expect(targetFor(both, 'leads', march)).toBeNull();
  expect(targetFor(both, 'win_rate', march)).toBeNull();
  expect(targetFor(input({ deals: DEALS }), 'revenue', march)).toBeNull();
});
