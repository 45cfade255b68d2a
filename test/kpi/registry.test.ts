// The registry rejects duplicates and malformed entries; the catalog holds every KPI of the design.

import { KPI_CATALOG, kpiByFn, kpiById } from '../../src/kpi/catalog';
import { revenue } from '../../src/kpi/defs/revenue';
import { createRegistry } from '../../src/kpi/registry';
import type { KpiDef } from '../../src/kpi/types';

const FNS = [
  'REVENUE', 'DEALS_WON', 'DEALS_LOST', 'CONVERSION_RATE', 'WIN_RATE', 'SALES_CYCLE', 'AOV', 'MARGIN', 'MARGIN_RATE',
  'MARKUP_RATE', 'CAC', 'CHURN', 'RETENTION_RATE', 'CUSTOMER_LIFETIME', 'LTV', 'LTV_CAC', 'CAC_PAYBACK', 'SALES_GROWTH',
  'TARGET_ATTAINMENT', 'SALES_PER_REP', 'LEADS', 'QUALIFIED_LEADS', 'QUALIFICATION_RATE', 'LEAD_TO_OPPORTUNITY',
  'RESPONSE_RATE', 'EMAIL_OPEN_RATE', 'LEAD_RESPONSE_TIME', 'MEETINGS', 'QUOTES_SENT', 'LOST_REASONS', 'NEW_CUSTOMERS',
  'REPEAT_PURCHASE_RATE', 'COMPLAINT_RATE', 'PIPELINE', 'PIPELINE_VELOCITY', 'BY_SECTOR',
  'MRR', 'ARR', 'MRR_MOVEMENTS', 'NRR', 'GRR', 'REVENUE_CHURN', 'NET_REVENUE_CHURN', 'QUICK_RATIO', 'ARPA', 'LOSS_RATE', 'ANNUAL_CHURN', 'LEAD_RESPONSE_BUSINESS_HOURS',
  'WEIGHTED_PIPELINE', 'PIPELINE_COVERAGE', 'SALES_FORECAST',
];

/** Functions renamed because Sheets has a built-in of the id's name; their id (KPI("growth"; …)) is unchanged. */
const RENAMED: Record<string, string> = { SALES_GROWTH: 'growth' };

test('the catalog has one entry per KPI function, with the id in lower snake case', () => {
  expect(KPI_CATALOG.map((d) => d.fn).sort()).toEqual([...FNS].sort());
  for (const def of KPI_CATALOG) expect(def.id).toBe(RENAMED[def.fn] ?? def.fn.toLowerCase());
});

test('every entry has French and English labels and descriptions that differ', () => {
  for (const def of KPI_CATALOG) {
    expect(def.label.fr.length).toBeGreaterThan(2);
    expect(def.description.fr).not.toBe(def.description.en);
  }
});

test('lookups accept ids, aliases and function names in any case', () => {
  expect(kpiById('win_rate')?.fn).toBe('WIN_RATE');
  expect(kpiById('Retention')?.id).toBe('retention_rate');
  expect(kpiByFn('win_rate')?.id).toBe('win_rate');
  expect(kpiById('nope')).toBeUndefined();
});

test('a duplicate id is rejected', () => {
  expect(() => createRegistry([revenue, { ...revenue, fn: 'REVENUE_2' }])).toThrow(/duplicate id "revenue"/);
});

test('a duplicate function name is rejected', () => {
  expect(() => createRegistry([revenue, { ...revenue, id: 'revenue_2' }])).toThrow(/duplicate function name "REVENUE"/);
});

test('malformed entries are rejected with every problem named', () => {
  const bad = { ...revenue, id: 'Bad-Id', fn: 'bad', unit: 'euros', needs: [[{ entity: 'deals', fields: ['colour'] }]] } as unknown as KpiDef;
  expect(() => createRegistry([bad])).toThrow(/id must be lower snake case[\s\S]*fn must be upper snake case[\s\S]*unknown unit[\s\S]*unknown field "deals.colour"/);
  expect(() => createRegistry([{ ...revenue, label: { fr: '', en: 'x' } }])).toThrow(/label needs French and English/);
  expect(() => createRegistry([{ ...revenue, example: { formula: 'CAC()', result: '1' } }])).toThrow(/example/);
  const wrongArity = { ...revenue, arithmetic: { params: [{ name: 'a', doc: { fr: 'a', en: 'a' } }], compute: (a: number, b: number) => a + b } };
  expect(() => createRegistry([wrongArity])).toThrow(/takes 2 arguments but 1 parameters/);
});

test('refuses an arithmetic parameter named with a reserved word (the generated declaration would not load)', () => {
  const reserved = { ...revenue, arithmetic: { params: [{ name: 'new', doc: { fr: 'a', en: 'a' } }], compute: (a: number) => a } };
  expect(() => createRegistry([reserved])).toThrow(/arithmetic parameter "new" is malformed/);
});
