// computeKpi checks needs first, rejects unknown ids, and every KPI survives empty and missing tables.

import { KPI_CATALOG } from '../../src/kpi/catalog';
import { computeKpi } from '../../src/kpi/compute';
import { makeSegment, segmentField } from '../../src/kpi/segment';
import { UserError } from '../../src/i18n';
import { entityDef, ENTITY_IDS } from '../../src/model/entities';
import { DEALS } from './fixtures';
import { input, month, table } from './table-builder';

const march = month('2024-03');

test('a missing table gives missing_table and names the table to add', () => {
  expect(computeKpi('churn', input({ deals: DEALS }), march)).toEqual({
    value: null,
    why: 'missing_table',
    used: 0,
    skipped: 0,
    missing: { entity: 'customers', fields: ['start', 'end'] },
  });
});

test('a missing column gives missing_field and names only the missing columns', () => {
  const r = computeKpi('sales_cycle', input({ deals: DEALS.map(({ created: _c, ...rest }) => rest) }), march);
  expect(r).toMatchObject({ value: null, why: 'missing_field', missing: { entity: 'deals', fields: ['created'] } });
});

test('an unknown KPI id is a user error', () => {
  expect(() => computeKpi('foo', input({}), march)).toThrow(UserError);
});

test('every KPI gives no value, never 0 or NaN, on tables with every column and no rows', () => {
  const empty = Object.fromEntries(ENTITY_IDS.map((e) => [e, table(e, [], entityDef(e).fields.map((f) => f.id))]));
  const i = input(empty);
  for (const def of KPI_CATALOG) {
    const r = computeKpi(def.id, i, march);
    expect([def.id, r.value]).toEqual([def.id, null]);
    expect(r.why).toBeDefined();
  }
});

test('every KPI names what is missing when there are no tables', () => {
  for (const def of KPI_CATALOG) {
    const r = computeKpi(def.id, input({}), march);
    expect(r.why).toBe('missing_table');
    expect(r.missing?.fields.length).toBeGreaterThan(0);
  }
});

test('segment fields accept French and English spellings', () => {
  expect(segmentField('Commercial')).toBe('owner');
  expect(segmentField('canal')).toBe('source');
  expect(segmentField('Secteur')).toBe('sector');
  expect(() => segmentField('couleur')).toThrow(UserError);
  expect(makeSegment('produit', '')).toBeUndefined();
  expect(makeSegment('produit', 'Pro')).toEqual({ field: 'product', value: 'Pro' });
});

test('with no table at all, the first alternative is the one named (deals before orders for revenue)', () => {
  expect(computeKpi('revenue', input({}), march).missing).toEqual({ entity: 'deals', fields: ['closed', 'stage', 'amount'] });
  expect(computeKpi('aov', input({}), march).missing?.entity).toBe('orders');
});

test('a segment may name its field as a person would', () => {
  expect(computeKpi('revenue', input({ deals: DEALS }), march, { field: 'Commercial', value: 'bob' }).value).toBe(3000);
});

describe('results computed once per parsed input', () => {
  test('the same KPI, period and segment of one input is computed once (the same result)', () => {
    const i = input({ deals: DEALS });
    const first = computeKpi('revenue', i, march);
    expect(computeKpi('revenue', i, march)).toBe(first);
    expect(computeKpi('revenue', i, month('2024-02'))).not.toBe(first);
    const rep = { field: 'owner', value: DEALS.find((d) => d.owner)?.owner as string };
    expect(computeKpi('revenue', i, march, rep)).not.toBe(first);
  });

  test('another input (other tables) gets its own results, never those of the first', () => {
    const first = computeKpi('deals_won', input({ deals: DEALS }), march);
    const fewer = computeKpi('deals_won', input({ deals: DEALS.slice(0, 1) }), march);
    expect(fewer).not.toBe(first);
    expect(fewer.value).toBe(1);
    expect(first.value).toBeGreaterThan(1);
  });
});
