// Invariants of the KPIs over generated sheets: row order and blank rows change nothing, sums add up, rates stay rates.

import fc from 'fast-check';
import { KPI_CATALOG } from '../../src/kpi/catalog';
import { computeKpi } from '../../src/kpi/compute';
import type { KpiInput, KpiResult } from '../../src/kpi/types';
import { dayFromCivil } from '../../src/model/days';
import { monthPeriod, parsePeriod } from '../../src/model/period';
import { close, customerRows, customersInput, dealRows, dealsInput, FIRST_DAY, JAN_2024, SETTINGS, shuffle } from './arbitraries';

const RUNS = { numRuns: 120 };
const MONTHS = [JAN_2024 - 1, JAN_2024, JAN_2024 + 1, JAN_2024 + 2, JAN_2024 + 3];
const DEAL_KPIS = KPI_CATALOG.filter((d) => d.needs.some((alt) => alt.every((n) => n.entity === 'deals'))).map((d) => d.id);

/** What must not change: the value, the counts behind it, and the breakdown as a set of keys and values. */
function essence(r: KpiResult) {
  const breakdown = (r.breakdown ?? []).map((b) => `${b.key}|${b.count}|${b.value === null ? 'null' : b.value.toFixed(6)}`).sort();
  return { value: r.value === null ? null : Number(r.value.toPrecision(12)), why: r.why, used: r.used, skipped: r.skipped, breakdown };
}

function allResults(input: KpiInput, ids: readonly string[]) {
  return MONTHS.flatMap((m) => ids.map((id) => ({ id, month: m, ...essence(computeKpi(id, input, monthPeriod(m))) })));
}

describe('for any deals sheet', () => {
  it('reordering the rows changes no KPI', () => {
    fc.assert(
      fc.property(dealRows(), fc.integer(), (rows, seed) => {
        expect(allResults(dealsInput(shuffle(rows, seed)), DEAL_KPIS)).toEqual(allResults(dealsInput(rows), DEAL_KPIS));
      }),
      RUNS,
    );
  });

  it('adding blank rows anywhere (and many at the end) changes no KPI', () => {
    fc.assert(
      fc.property(dealRows(), fc.array(fc.nat(), { maxLength: 10 }), fc.nat({ max: 500 }), (rows, at, trailing) => {
        const padded = rows.map((r) => [...r]);
        for (const p of at) padded.splice(p % (padded.length + 1), 0, ['', '', ' ', '', '', '']);
        for (let i = 0; i < trailing; i++) padded.push(['', '', '', '', '', '']);
        expect(allResults(dealsInput(padded), DEAL_KPIS)).toEqual(allResults(dealsInput(rows), DEAL_KPIS));
      }),
      RUNS,
    );
  });

  it('revenue, deals won and deals lost over a quarter equal the sum of its three months', () => {
    const q1 = parsePeriod('2024-Q1', SETTINGS);
    fc.assert(
      fc.property(dealRows(), (rows) => {
        const input = dealsInput(rows);
        for (const id of ['revenue', 'deals_won', 'deals_lost']) {
          const months = [0, 1, 2].map((k) => computeKpi(id, input, monthPeriod(JAN_2024 + k)).value ?? 0);
          const quarter = computeKpi(id, input, q1).value ?? 0;
          expect(close(quarter, months[0] + months[1] + months[2])).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('the win rate is a rate: between 0 and 1, or no value when nothing closed', () => {
    fc.assert(
      fc.property(dealRows(), (rows) => {
        const input = dealsInput(rows);
        for (const m of MONTHS) {
          const r = computeKpi('win_rate', input, monthPeriod(m));
          if (r.value === null) expect(r.why).toBeDefined();
          else {
            expect(r.value).toBeGreaterThanOrEqual(0);
            expect(r.value).toBeLessThanOrEqual(1);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('for any customers sheet', () => {
  it('churn and retention are rates between 0 and 1', () => {
    fc.assert(
      fc.property(customerRows(), (rows) => {
        const input = customersInput(rows);
        for (const m of MONTHS) {
          for (const id of ['churn', 'retention_rate']) {
            const v = computeKpi(id, input, monthPeriod(m)).value;
            if (v !== null) {
              expect(v).toBeGreaterThanOrEqual(0);
              expect(v).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('retention equals 1 − churn in a month no customer joins', () => {
    const march = JAN_2024 + 2;
    fc.assert(
      fc.property(customerRows(FIRST_DAY, dayFromCivil(2024, 2, 29)), (rows) => {
        const input = customersInput(rows);
        const churn = computeKpi('churn', input, monthPeriod(march)).value;
        const retention = computeKpi('retention_rate', input, monthPeriod(march)).value;
        if (churn === null) expect(retention).toBeNull();
        else expect(close(retention, 1 - churn)).toBe(true);
      }),
      RUNS,
    );
  });

  it('reordering the rows changes neither churn nor retention', () => {
    fc.assert(
      fc.property(customerRows(), fc.integer(), (rows, seed) => {
        const ids = ['churn', 'retention_rate', 'new_customers'];
        expect(allResults(customersInput(shuffle(rows, seed)), ids)).toEqual(allResults(customersInput(rows), ids));
      }),
      RUNS,
    );
  });
});
