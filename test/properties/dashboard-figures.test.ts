// Every figure a dashboard shows equals the engine's value for its KPI, period, segment and breakdown key.

import fc from 'fast-check';
import { buildDashboardModel } from '../../src/dashboard/model';
import type { Figure } from '../../src/dashboard/model-types';
import { computeKpi } from '../../src/kpi/compute';
import { targetFor } from '../../src/kpi/targets';
import type { KpiInput } from '../../src/kpi/types';
import { parsePeriod } from '../../src/model/period';
import { close, customerRows, DEAL_COLUMNS, DEAL_HEADERS, dealRows, JAN_2024, parse, SETTINGS } from './arbitraries';

const TARGETS = [
  ['Month', 'Metric', 'Owner', 'Target'],
  ['2024-03-01', 'revenue', '', 150000],
  ['2024-03-01', 'revenue', 'Alice', 50000],
  ['2024-03-01', 'deals_won', '', 10],
];

/** The engine's value of what a figure says it shows. */
function engineValue(input: KpiInput, f: Figure): number | null | undefined {
  const period = parsePeriod(f.period.split('..')[0], SETTINGS, f.period.split('..')[1]);
  if (f.field === 'target') return targetFor(input, f.kpiId, period, f.segment?.value);
  const r = computeKpi(f.kpiId, input, period, f.segment);
  if (f.key !== undefined) {
    const row = r.breakdown?.find((b) => b.key === f.key);
    return f.field === 'count' ? row?.count : f.field === 'share' ? row?.share : row?.value;
  }
  const raw = f.field === 'numerator' ? r.numerator : r.value;
  return raw === undefined || raw === null || !Number.isFinite(raw) ? null : raw;
}

describe('for any deals, customers and targets', () => {
  it('every dashboard figure is the engine value of its KPI, period, segment and key', () => {
    fc.assert(
      fc.property(dealRows(30), customerRows(), fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>, (deals, customers, lang) => {
        const input: KpiInput = {
          tables: {
            deals: parse('deals', DEAL_HEADERS, DEAL_COLUMNS, deals),
            customers: parse('customers', ['Customer ID', 'Start date', 'End date'], { id: 0, start: 1, end: 2 }, customers),
            targets: parse('targets', TARGETS[0] as string[], { date: 0, metric: 1, owner: 2, target: 3 }, TARGETS.slice(1)),
          },
          settings: SETTINGS,
        };
        const model = buildDashboardModel(input, JAN_2024 + 2, lang, SETTINGS, { generatedAt: '2024-04-01 06:00' });
        expect(model.figures.filter((f) => f.field === 'target').map((f) => f.value)).toContain(150000);
        expect(model.trend.columns.length).toBeGreaterThan(0);
        for (const f of model.figures) {
          const expected = engineValue(input, f);
          if (!close(f.value, expected ?? null)) throw new Error(`${JSON.stringify(f)} shows ${f.value}, the engine says ${expected}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
