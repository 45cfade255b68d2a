// Tables that imply a column: won deals only (a won date, no stage) and quotas with no metric column.

import { computeKpi } from '../../src/kpi/compute';
import { namesWonDate } from '../../src/model/detect-implied';
import { parsePeriod } from '../../src/model/period';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { suggestConfig } from '../../src/model/suggest-config';
import { detectAndCompute, expectedFrom, readExport } from './exports/corpus';

describe('namesWonDate', () => {
  it('knows the won dates of Olist, Pipedrive and French spreadsheets, not a plain close date', () => {
    for (const h of ['won_date', 'Won time', 'Date de gain', 'Date de signature', 'wonDate']) expect(namesWonDate(h)).toBe(true);
    for (const h of ['Close Date', 'closingdate', 'Lost time', '']) expect(namesWonDate(h)).toBe(false);
  });
});

describe('a table of won deals only (Olist closed deals)', () => {
  const rows = readExport('olist-closed-deals.csv');
  const { suggestion, tables, kpi } = detectAndCompute('olist-closed-deals', rows, '2024-03');
  const expected = expectedFrom(rows, { closed: ['won_date'], amount: 'declared_monthly_revenue', order: 'ymd' }, '2024-03');

  it('is read as deals with the won date as close date and no stage column', () => {
    expect(suggestion.config.entities.deals?.fields).toMatchObject({ closed: 'won_date', amount: 'declared_monthly_revenue', sector: 'business_segment' });
    expect(suggestion.config.entities.deals?.fields.stage).toBeUndefined();
  });

  it('counts every row as won and says so in the data quality', () => {
    expect(expected.won).toBeGreaterThan(0);
    expect(kpi('deals_won').value).toBe(expected.won);
    expect(kpi('revenue').value).toBeCloseTo(expected.revenue, 6);
    expect(kpi('deals_lost').value).toBe(0);
    expect(kpi('win_rate').value).toBe(1);
    expect(tables.deals?.issues).toContainEqual(expect.objectContaining({ field: 'stage', kind: 'won_only', count: rows.length - 1, blocking: false }));
  });

  it('has no sales cycle, and names the missing creation date', () => {
    expect(kpi('sales_cycle')).toMatchObject({ value: null, why: 'missing_field' });
  });
});

describe('a quota table with no metric column', () => {
  const values = [
    ['Month', 'Sales rep', 'Quota'],
    ['2024-03', 'Alice', 10000],
    ['2024-03', 'Bob', 5000],
  ];

  it('is read as revenue targets, and says so', () => {
    const { config } = suggestConfig([{ name: 'Quotas', values }], DEFAULT_SETTINGS);
    expect(config.entities.targets?.fields).toEqual({ date: 'Month', owner: 'Sales rep', target: 'Quota' });
    const targets = parseTable('targets', 'Quotas', values, { date: 0, owner: 1, target: 2 }, { headerRow: 1, settings: DEFAULT_SETTINGS });
    expect(targets.issues).toContainEqual(expect.objectContaining({ field: 'metric', kind: 'revenue_target', count: 2 }));
    const deals = parseTable(
      'deals',
      'Deals',
      [['Close date', 'Stage', 'Amount'], ['2024-03-10', 'Won', 7500]],
      { closed: 0, stage: 1, amount: 2 },
      { headerRow: 1, settings: DEFAULT_SETTINGS },
    );
    const result = computeKpi('target_attainment', { tables: { targets, deals }, settings: DEFAULT_SETTINGS }, parsePeriod('2024-03', DEFAULT_SETTINGS));
    expect(result.value).toBeCloseTo(7500 / 15000, 9);
  });
});
