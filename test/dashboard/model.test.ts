// The dashboard model: every figure equals what the KPI engine computes for its KPI, period and segment.

import fc from 'fast-check';
import { buildDashboardModel } from '../../src/dashboard/model';
import type { Figure } from '../../src/dashboard/model-types';
import { computeKpi } from '../../src/kpi/compute';
import { targetFor } from '../../src/kpi/targets';
import type { KpiInput } from '../../src/kpi/types';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { parsePeriod } from '../../src/model/period';
import { DEALS, HOSTILE, MARCH_2024, sampleInput, table, TARGETS } from './fixtures';

function engineValue(input: KpiInput, f: Figure): number | null {
  const period = parsePeriod(f.period.split('..')[0], input.settings, f.period.split('..')[1]);
  if (f.field === 'target') return targetFor(input, f.kpiId, period, f.segment?.value);
  const r = computeKpi(f.kpiId, input, period, f.segment);
  if (f.field === 'value') return r.value;
  if (f.field === 'numerator') return r.numerator ?? null;
  const row = r.breakdown?.find((b) => b.key === f.key);
  if (!row) return null;
  return f.field === 'count' ? row.count : (row.share ?? null);
}

function expectFiguresMatchEngine(input: KpiInput): void {
  const model = buildDashboardModel(input, MARCH_2024, 'en');
  for (const f of model.figures) {
    const expected = engineValue(input, f);
    if (expected === null || !Number.isFinite(expected)) expect(f.value).toBeNull();
    else expect(f.value).toBeCloseTo(expected, 9);
  }
}

describe('the dashboard model', () => {
  test('tiles carry value, previous month, change, team target and attainment from hand-computed data', () => {
    const model = buildDashboardModel(sampleInput(), MARCH_2024, 'en');
    const revenue = model.tiles.find((tile) => tile.id === 'revenue');
    expect(revenue?.value.value).toBe(4000);
    expect(revenue?.previous.value).toBe(2000);
    expect(revenue?.change).toBe(1);
    expect(revenue?.target?.value).toBe(5000);
    expect(revenue?.attainment).toBe(0.8);
    const winRate = model.tiles.find((tile) => tile.id === 'win_rate');
    expect(winRate?.value.value).toBeCloseTo(2 / 3, 12);
    expect(winRate?.previous.value).toBe(0.5);
  });

  test('tiles list only KPIs the mapped tables allow, and no spilling KPI', () => {
    const model = buildDashboardModel(sampleInput(), MARCH_2024, 'fr');
    const ids = model.tiles.map((tile) => tile.id);
    expect(ids).toContain('revenue');
    expect(ids).not.toContain('churn');
    expect(ids).not.toContain('leads');
    expect(ids).not.toContain('lost_reasons');
    expect(model.tabName).toBe('KPI mars 2024');
    expect(buildDashboardModel(sampleInput(), MARCH_2024, 'en').tabName).toBe('KPI March 2024');
  });

  test('the funnel needs at least two stages and the lost reasons come from March only', () => {
    const model = buildDashboardModel(sampleInput(), MARCH_2024, 'en');
    expect(model.funnel).toEqual([]);
    expect(model.lostReasons?.rows.map((r) => r.key)).toEqual([HOSTILE]);
  });

  test('with leads mapped, the funnel goes leads 3 → qualified 2 → opportunities 1 → won 2', () => {
    const leads = table('leads', [
      ['id', 'created', 'qualified', 'opportunity', 'source'],
      ['L1', '2024-03-01', true, true, 'Web'],
      ['L2', '2024-03-02', true, false, 'Web'],
      ['L3', '2024-03-03', false, false, 'Salon'],
      ['L4', '2024-02-03', true, true, 'Web'],
    ]);
    const base = sampleInput();
    const model = buildDashboardModel({ ...base, tables: { ...base.tables, leads } }, MARCH_2024, 'fr');
    expect(model.funnel.map((s) => [s.label, s.figure.value])).toEqual([
      ['Leads', 3],
      ['Leads qualifiés', 2],
      ['Opportunités', 1],
      ['Affaires gagnées', 2],
    ]);
    const web = model.channels?.rows.find((r) => r.key === 'Web');
    expect(web?.cells.map((c) => c.value)).toEqual([2, 1, 1000, 0.5]);
  });

  test('a lost deal without a reason is listed as “(blank)”', () => {
    const rows = [DEALS[0], ['X1', '2024-03-01', '2024-03-02', 'Lost', 10, 'Alice', 'Web', '']];
    const model = buildDashboardModel({ tables: { deals: table('deals', rows) }, settings: DEFAULT_SETTINGS }, MARCH_2024, 'en');
    expect(model.lostReasons?.rows.map((r) => [r.key, r.cells[0].value, r.cells[1].value])).toEqual([['(blank)', 1, 1]]);
  });

  test('every figure on the hand-made workbook equals the engine’s value', () => {
    expectFiguresMatchEngine(sampleInput());
  });

  test('every figure equals the engine’s value on random deals', () => {
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.integer({ min: 1, max: 4 });
    const deal = fc.record({
      created: fc.tuple(month, day),
      closeAfter: fc.integer({ min: 0, max: 60 }),
      stage: fc.constantFrom('Won', 'Lost', 'Open', 'Gagné', ''),
      amount: fc.oneof(fc.integer({ min: 0, max: 10000 }), fc.constant('')),
      owner: fc.constantFrom('Alice', 'Bob', 'Chloé', ''),
      source: fc.constantFrom('Web', 'Salon', '+33 6 12', ''),
      reason: fc.constantFrom('Prix', 'Délai', ''),
    });
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 40 }), (deals) => {
        const rows: unknown[][] = [['id', 'created', 'closed', 'stage', 'amount', 'owner', 'source', 'lost_reason']];
        deals.forEach((d, i) => {
          const created = Date.UTC(2024, d.created[0] - 1, d.created[1]);
          const closed = new Date(created + d.closeAfter * 86400000).toISOString().slice(0, 10);
          const createdText = new Date(created).toISOString().slice(0, 10);
          rows.push([`D${i}`, createdText, d.stage === 'Open' ? '' : closed, d.stage, d.amount, d.owner, d.source, d.reason]);
        });
        const input: KpiInput = { tables: { deals: table('deals', rows), targets: table('targets', TARGETS) }, settings: DEFAULT_SETTINGS };
        expectFiguresMatchEngine(input);
      }),
      { numRuns: 40 },
    );
  });
});
