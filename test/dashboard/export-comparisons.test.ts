// kpis.json's comparisons: previous month, last year, QTD and YTD values, and changes in points or %.

import { comparisonsJson } from '../../src/dashboard/export-comparisons';
import { comparisonPeriods } from '../../src/dashboard/periods';
import { buildKpiExport } from '../../src/sample/kpi-export';
import { MARCH_2024, sampleInput } from './fixtures';

test('revenue in March 2024 doubles February: +100 % as a fraction, no base a year before', () => {
  const r = comparisonsJson('revenue', sampleInput(), MARCH_2024, 4000);
  expect(r.comparisons).toEqual({ previous: 2000, lastYear: null, qtd: 6000, ytd: 6000 });
  expect(r.changes.previous).toEqual({ value: 1, kind: '%' });
  expect(r.changes.lastYear).toEqual({ value: null, kind: '%' });
});

test('a rate changes in points: win rate 2/3 against 1/2 is +16.67 pt', () => {
  const r = comparisonsJson('win_rate', sampleInput(), MARCH_2024, 2 / 3);
  expect(r.changes.previous.kind).toBe('pt');
  expect(r.changes.previous.value).toBeCloseTo(16.67, 2);
});

test('quarter- and year-to-date follow the fiscal year start', () => {
  const april = comparisonPeriods(MARCH_2024, 4);
  expect(april.ytd.key).toBe('2023-04-01..2024-03-31');
  expect(april.qtd.key).toBe('2024-01-01..2024-03-31');
  expect(comparisonPeriods(MARCH_2024, 1).quarterNumber).toBe(1);
});

test('the export gives comparisons to the chosen month’s team KPIs only', () => {
  const out = buildKpiExport(sampleInput(), MARCH_2024);
  const march = out.kpis.find((k) => k.id === 'revenue' && k.period === '2024-03' && k.segment === null);
  expect(march?.comparisons?.previous).toBe(2000);
  expect(out.kpis.find((k) => k.id === 'revenue' && k.period === '2024-02')?.comparisons).toBeUndefined();
});
