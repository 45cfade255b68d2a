// `npm start` on a Maven-CRM-shaped folder of linked CSVs: lookups detected, revenue by sector and by regional office.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../../scripts/cli/job';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { closedBy, DEALS_MAPPING, RELATED_DIR, revenueBy } from '../e2e/related-fixture';

const root = join(__dirname, '..', '..');
const bundle = process.env.SALES_KPI_BUNDLE ?? join(root, 'dist', 'Code.js');
const MONTH = '2017-12';

describe('npm start on sales_pipeline, accounts, sales_teams and products', () => {
  let job: Awaited<ReturnType<typeof runJob>>;
  beforeAll(async () => {
    const mapping = join(mkdtempSync(join(tmpdir(), 'sales-kpi-related-')), 'mapping.json');
    const settings = { ...DEFAULT_SETTINGS, locale: 'en_US', timeZone: 'UTC', currency: 'USD' };
    writeFileSync(mapping, JSON.stringify({ version: 3, entities: { deals: DEALS_MAPPING }, settings }));
    job = await runJob({ input: RELATED_DIR, month: MONTH, mapping, out: 'unused', locale: 'en_US', timeZone: 'UTC', help: false }, bundle);
  }, 120000);

  const segmentValue = (id: string, field: string, value: string) =>
    job.export.kpis.find((k) => k.id === id && k.period === MONTH && k.segment?.field === field && k.segment.value === value)?.value;

  it('gives revenue per sector of accounts.csv equal to a hand join of the CSV files', () => {
    const expected = revenueBy(MONTH, 'accounts', 'sector');
    expect(expected.size).toBeGreaterThanOrEqual(5);
    for (const [sector, revenue] of expected) expect(segmentValue('revenue', 'accounts.sector', sector)).toBe(revenue);
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    expect(job.export.kpis.find((k) => k.id === 'revenue' && k.period === MONTH && k.segment === null)?.value).toBe(total);
  });

  it('gives revenue, won and lost deals per regional office of sales_teams.csv', () => {
    const expected = revenueBy(MONTH, 'sales_teams', 'regional_office');
    expect([...expected.keys()].sort()).toEqual(['Central', 'East', 'West']);
    for (const [office, revenue] of expected) {
      expect(segmentValue('revenue', 'sales teams.regional office', office)).toBe(revenue);
      const { won, lost } = closedBy(MONTH, 'sales_teams', 'regional_office', office);
      expect(segmentValue('deals_won', 'sales teams.regional office', office)).toBe(won);
      expect(segmentValue('deals_lost', 'sales teams.regional office', office)).toBe(lost);
    }
  });

  it('reports the product spelled "GTXPro" in sales_pipeline and missing from products.csv, with its rows', () => {
    const products = job.export.dataQuality.lookups.find((l) => l.related === 'products');
    expect(products).toMatchObject({ sheet: 'sales_pipeline', column: 'product', key: 'product', unmatched: 2, examples: ['GTXPro'] });
    expect(products?.rows).toEqual([30, 35]);
    const accounts = job.export.dataQuality.lookups.find((l) => l.related === 'accounts');
    expect(accounts).toMatchObject({ unmatched: 0, blank: 4, matched: 36 });
    expect(job.export.dataQuality.problems.join('\n')).toMatch(/GTXPro.*rows 30, 35/);
  });

  it('adds "By sector" and "By regional_office" tables to the dashboard tab, and the unmatched keys to its data quality', () => {
    const tab = job.workbook.sheets.find((s) => s.name === job.tab);
    const text = (tab?.values ?? []).flat().map(String);
    expect(text).toContain('By sector (accounts)');
    expect(text).toContain('By regional_office (sales_teams)');
    const rows = tab?.values ?? [];
    // Tables sit on the tile grid: titles and keys in column B, the first value in column C.
    const at = rows.findIndex((r) => r[1] === 'By regional_office (sales_teams)');
    const east = rows.slice(at, at + 8).find((r) => r[1] === 'East');
    expect(east?.[2]).toBe(revenueBy(MONTH, 'sales_teams', 'regional_office').get('East'));
    expect(text.some((s) => s.includes('GTXPro'))).toBe(true);
  });
});
