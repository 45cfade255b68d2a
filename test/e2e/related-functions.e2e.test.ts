// Custom functions segmented by a related table's column (`"accounts.sector"`), in the built bundle.

import { join } from 'node:path';
import { createRuntime, readWorkbook, type Runtime } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY, type SavedConfig, serializeConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { closedBy, DEALS_MAPPING, RELATED_DIR, revenueBy } from './related-fixture';

const BUNDLE = join(__dirname, '../../dist/Code.js');
const settings = { ...DEFAULT_SETTINGS, locale: 'en_US', timeZone: 'UTC', currency: 'USD' };
const base: SavedConfig = { version: 3, entities: { deals: DEALS_MAPPING }, settings };
const withLookups: SavedConfig = {
  ...base,
  lookups: [
    { entity: 'deals', field: 'owner', sheet: 'sales_teams', headerRow: 1, key: 'sales_agent', columns: ['manager', 'regional_office'] },
    { entity: 'deals', field: 'product', sheet: 'products', headerRow: 1, key: 'product', columns: ['series'] },
  ],
};

async function runtimeWith(config: SavedConfig): Promise<{ runtime: Runtime; range: (sheet: string) => unknown[][] }> {
  const workbook = await readWorkbook(RELATED_DIR, { locale: 'en_US', timeZone: 'UTC' });
  const runtime = createRuntime({ workbook, userLocale: 'en' }).load(BUNDLE);
  runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(config));
  const range = (sheet: string) => (workbook.sheets.find((s) => s.name === sheet)?.values ?? []).map((row) => [...row]);
  return { runtime, range };
}

describe('a KPI segmented by a related table', () => {
  it('takes the related table passed after the deals and links it by contents: =REVENUE(Deals; Accounts; "2017-12"; "accounts.sector"; …)', async () => {
    const { runtime, range } = await runtimeWith(base);
    const expected = revenueBy('2017-12', 'accounts', 'sector');
    for (const [sector, revenue] of expected) {
      expect(runtime.callCustomFunction('REVENUE', range('sales_pipeline'), range('accounts'), '2017-12', 'accounts.sector', sector)).toBe(revenue);
    }
    const { won, lost } = closedBy('2017-12', 'accounts', 'sector', 'retail');
    expect(runtime.callCustomFunction<number>('WIN_RATE', range('sales_pipeline'), range('accounts'), '2017-12', 'Accounts.Sector', 'Retail')).toBeCloseTo(
      won / (won + lost),
      12,
    );
  });

  it('reads the related sheet named by the saved lookup when it is not passed: =REVENUE(Deals; "2017-12"; "sales_teams.regional_office"; "East")', async () => {
    const { runtime, range } = await runtimeWith(withLookups);
    runtime.calls.reset();
    const east = runtime.callCustomFunction('REVENUE', range('sales_pipeline'), '2017-12', 'sales_teams.regional_office', 'East');
    expect(east).toBe(revenueBy('2017-12', 'sales_teams', 'regional_office').get('East'));
    expect(runtime.calls.byMethod['Spreadsheet.getSheetByName']).toBe(1);
  });

  it('refuses a segment whose related table is neither passed nor saved, and names the fields it knows', async () => {
    const { runtime, range } = await runtimeWith(withLookups);
    expect(() => runtime.callCustomFunction('REVENUE', range('sales_pipeline'), '2017-12', 'accounts.sector', 'retail')).toThrow(
      /no related table gives "accounts\.sector".*sales teams\.manager, sales teams\.regional office, products\.series/,
    );
  });

  it('refuses a figure when some keys are missing from the related table, naming the value and the rows', async () => {
    const { runtime, range } = await runtimeWith(withLookups);
    expect(() => runtime.callCustomFunction('REVENUE', range('sales_pipeline'), '2017-12', 'products.series', 'GTX')).toThrow(
      /REVENUE: Deals \(sheet "sales_pipeline"\), column "product": 2 row\(s\).*GTXPro.*rows 30, 35/,
    );
  });
});
