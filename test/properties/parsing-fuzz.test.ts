// Parsing never throws on arbitrary cells, and whatever it reads gives KPIs that are finite or have no value.

import fc from 'fast-check';
import { KPI_CATALOG } from '../../src/kpi/catalog';
import { computeKpi } from '../../src/kpi/compute';
import { monthPeriod } from '../../src/model/period';
import { parseTable } from '../../src/model/parse-table';
import { ENTITIES, fieldDef, type EntityId } from '../../src/model/entities';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { JAN_2024 } from './arbitraries';

/** Anything a cell can hold, and worse: text, numbers (NaN, ±Infinity, -0), booleans, Dates (invalid too), null. */
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('N/A', '-', '#REF!', '#N/A', '1 234,56 €', '$1,234.50', '(200)', '12 %', '15/03/2024', '3/15/24', '2024-02-30', '45366', 'Won', 'Perdu', '=1+1', '@x', '\u00a0'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constant(new Date(Number.NaN)),
  fc.constantFrom(null, undefined, ''),
);

const entity = fc.constantFrom(...ENTITIES.map((e) => e.id));
const locale = fc.constantFrom('fr_FR', 'en_US', 'de_DE', '');
const zone = fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'UTC');

describe('for any cells', () => {
  it('parseTable never throws, and reads every number and date as a finite value or a blank', () => {
    fc.assert(
      fc.property(entity, fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 25 }), locale, zone, fc.nat({ max: 3 }), (id, values, loc, tz, headerRow) => {
        const fields = ENTITIES.find((e) => e.id === id)!.fields.slice(0, 6);
        const columns = Object.fromEntries(fields.map((f, i) => [f.id, i]));
        const table = parseTable(id as EntityId, 'Fuzz', values, columns, { headerRow, settings: { ...DEFAULT_SETTINGS, locale: loc, timeZone: tz }, today: 20000 });
        for (const [field, column] of Object.entries(table.columns)) {
          // A date is a day number; fields that keep the time of day (lead created, first contact) add its fraction.
          const timed = fieldDef(id as EntityId, field)?.time === true;
          if (column?.type === 'date') {
            for (const d of column.values) expect(Number.isNaN(d) || (timed ? Number.isFinite(d) && d - Math.floor(d) < 1 : Number.isInteger(d))).toBe(true);
          }
          if (column?.type === 'amount' || column?.type === 'number') for (const n of column.values) expect(Number.isNaN(n) || Number.isFinite(n)).toBe(true);
        }
        for (const issue of table.issues) {
          expect(issue.rows.length).toBeGreaterThan(0);
          expect(issue.count).toBeGreaterThanOrEqual(issue.rows.length);
          for (const row of issue.rows) expect(row).toBeGreaterThan(headerRow);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('every KPI on whatever was read is finite or has no value with a reason', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 20 }), (values) => {
        const tables: Partial<Record<EntityId, ReturnType<typeof parseTable>>> = {};
        for (const id of ['deals', 'customers', 'leads', 'orders', 'spend'] as const) {
          const fields = ENTITIES.find((e) => e.id === id)!.fields.slice(0, 8);
          tables[id] = parseTable(id, id, values, Object.fromEntries(fields.map((f, i) => [f.id, i])), { headerRow: 0, settings: DEFAULT_SETTINGS });
        }
        const input = { tables, settings: DEFAULT_SETTINGS };
        for (const def of KPI_CATALOG) {
          const r = computeKpi(def.id, input, monthPeriod(JAN_2024 + 2));
          if (r.value === null) expect(r.why).toBeDefined();
          else expect(Number.isFinite(r.value)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
