// One appended row, whatever its dates (past, future, blank, garbage), never changes the other months' KPIs nor drags
// the default month further than the data supports.

import fc from 'fast-check';
import { computeKpi } from '../../src/kpi/compute';
import { defaultMonth, monthsCovered } from '../../src/kpi/monthly';
import type { KpiInput } from '../../src/kpi/types';
import { lastPlausibleDay, FUTURE_MARGIN_DAYS, OUTLIER_GAP_DAYS } from '../../src/model/date-outliers';
import { dayFromCivil, type MonthIndex, monthOfDay } from '../../src/model/days';
import { parseTable } from '../../src/model/parse-table';
import { monthPeriod } from '../../src/model/period';
import { dateCell, DEAL_COLUMNS, DEAL_HEADERS, dealRows, SETTINGS } from './arbitraries';

const RUNS = { numRuns: 60 };
/** KPIs of what happened in a month (stocks such as the pipeline carry every earlier row forward by definition). */
const FLOW_KPIS = ['revenue', 'deals_won', 'deals_lost', 'win_rate', 'sales_cycle', 'aov', 'sales_per_rep', 'lost_reasons'];
/** Months a gap of OUTLIER_GAP_DAYS can span, plus the bins the detection rounds to. */
const GAP_MONTHS = Math.ceil(OUTLIER_GAP_DAYS / 30) + 2;
const TODAY = dayFromCivil(2024, 7, 15);

/** Any date a person or an export can put in a cell: any day 1960-2199 (ISO or serial), blank, placeholder or garbage. */
const anyDate = fc.oneof(
  { weight: 4, arbitrary: dateCell(dayFromCivil(1960, 1, 1), dayFromCivil(2199, 12, 31)) },
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc.constantFrom('\\N', 'NULL', 'n/a', 'garbage', '2024-13-45', '2024-03-15T25:99:00Z', '31/02/2024', '15/03/2024',
      '3/15/2024', '15/03/2024 25:00', '1e400', 'mars 2042', '2042-03-10', '1900-01-01', '0', '-1'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const anyStage = fc.constantFrom('Won', 'Lost', 'Open', '');
const anyAmount = fc.oneof(fc.integer({ min: -1000, max: 1000000 }), fc.constantFrom('', '12 %', '1e400', 'NULL'));

function input(rows: readonly (readonly unknown[])[], today: number | undefined): KpiInput {
  const deals = parseTable('deals', 'Deals', [DEAL_HEADERS, ...rows], DEAL_COLUMNS, { headerRow: 1, settings: SETTINGS, today });
  return { tables: { deals }, settings: SETTINGS };
}

/** Months the appended row's readable dates fall in (its own months may change). */
function monthsOfRow(withRow: KpiInput): Set<MonthIndex> {
  const deals = withRow.tables.deals!;
  const last = deals.size - 1;
  const out = new Set<MonthIndex>();
  for (const field of ['created', 'closed']) {
    const c = deals.columns[field];
    if (c?.type === 'date' && last >= 0 && deals.rowNumbers[last] === deals.rowsRead + 1 && !Number.isNaN(c.values[last])) {
      out.add(monthOfDay(c.values[last]));
    }
  }
  return out;
}

const value = (input: KpiInput, id: string, m: MonthIndex) => {
  const r = computeKpi(id, input, monthPeriod(m));
  return { id, m, value: r.value === null ? null : Number(r.value.toPrecision(12)) };
};

describe('appending one row with any date to a deals sheet', () => {
  for (const today of [TODAY, undefined]) {
    const clock = today === undefined ? 'without a clock' : 'with today known';

    it(`changes no KPI of the other months (${clock})`, () => {
      fc.assert(
        fc.property(dealRows(30, 20), anyDate, anyDate, anyStage, anyAmount, (rows, created, closed, stage, amount) => {
          const before = input(rows, today);
          const after = input([...rows, ['APPENDED', created, closed, stage, amount, 'Zoé']], today);
          const touched = monthsOfRow(after);
          for (const m of monthsCovered(before)) {
            if (touched.has(m)) continue;
            for (const id of FLOW_KPIS) expect(value(after, id, m)).toEqual(value(before, id, m));
          }
        }),
        RUNS,
      );
    });

    it(`never moves the default month back, past today + a month, nor further than the data supports (${clock})`, () => {
      fc.assert(
        fc.property(dealRows(30, 20), anyDate, anyDate, anyStage, (rows, created, closed, stage) => {
          const before = defaultMonth(input(rows, today));
          const after = defaultMonth(input([...rows, ['APPENDED', created, closed, stage, 100, 'Zoé']], today));
          expect(before).not.toBeNull();
          expect(after).not.toBeNull();
          expect(after!).toBeGreaterThanOrEqual(before!);
          if (today !== undefined) expect(after!).toBeLessThanOrEqual(monthOfDay(today + FUTURE_MARGIN_DAYS));
          // One row years beyond twenty is an outlier: it can extend the range only across a gap the bulk makes plausible.
          expect(after! - before!).toBeLessThanOrEqual(GAP_MONTHS);
        }),
        RUNS,
      );
    });
  }
});

describe('the last plausible day of a column', () => {
  it('is never before the bulk: rows beyond it are at most 2 % of the column (or 2 rows), and fewer than the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 200 }), (days) => {
        const values = Float64Array.from(days);
        const last = lastPlausibleDay(values, null, undefined);
        const beyond = days.filter((d) => d > last).length;
        expect(beyond).toBeLessThanOrEqual(Math.max(2, Math.floor(days.length * 0.02)));
        expect(beyond * 2).toBeLessThan(days.length);
      }),
      RUNS,
    );
  });
});
