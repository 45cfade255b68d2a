// Detection of related tables: a mapped text column whose values are mostly keys of another sheet, with its label columns.

import { CONFIG_VERSION, type SavedConfig } from '../../src/model/config';
import { detectLookups, findKeyColumn, isLabelColumn, labelColumns } from '../../src/model/lookup-detect';
import { lookupFieldName, parseLookupField } from '../../src/model/lookup';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { suggestConfig } from '../../src/model/suggest-config';

const deals = [
  ['Deal', 'Account', 'Owner', 'Stage', 'Amount', 'Close date'],
  ['D1', 'Acme', 'Ann', 'Won', 100, '2024-03-01'],
  ['D2', 'Globex', 'Bob', 'Lost', 200, '2024-03-02'],
  ['D3', 'acme ', 'Ann', 'Won', 300, '2024-03-03'],
  ['D4', 'Initech', 'Cid', 'Won', 400, '2024-03-04'],
  ['D5', 'Umbrella', 'Bob', 'Won', 500, '2024-03-05'],
  ['D6', '', 'Ann', 'Open', 600, ''],
];
const accounts = [
  ['account', 'sector', 'employees', 'office_location', 'subsidiary_of'],
  ['Acme', 'retail', 2822, 'United States', ''],
  ['Globex', 'technolgy', 2497, 'Norway', ''],
  ['Initech', 'retail', 20275, 'United States', 'Acme'],
  ['Umbrella', 'finance', 5113, 'United States', ''],
  ['Hooli', 'technolgy', 100, 'United States', ''],
];
const teams = [
  ['sales_agent', 'manager', 'regional_office'],
  ['Ann', 'Dustin', 'Central'],
  ['Bob', 'Cara', 'East'],
  ['Cid', 'Cara', 'East'],
];
const config: SavedConfig = {
  version: CONFIG_VERSION,
  entities: {
    deals: {
      sheet: 'Deals',
      headerRow: 1,
      fields: { id: 'Deal', customer: 'Account', owner: 'Owner', stage: 'Stage', amount: 'Amount', closed: 'Close date' },
    },
  },
  settings: DEFAULT_SETTINGS,
};
const sheets = [
  { name: 'Deals', values: deals },
  { name: 'accounts', values: accounts },
  { name: 'sales_teams', values: teams },
];

describe('detectLookups', () => {
  it('links deals.customer to accounts and deals.owner to sales_teams, bringing their label columns only', () => {
    expect(detectLookups(sheets, config)).toEqual([
      { entity: 'deals', field: 'customer', sheet: 'accounts', headerRow: 1, key: 'account', columns: ['sector', 'office_location'] },
      { entity: 'deals', field: 'owner', sheet: 'sales_teams', headerRow: 1, key: 'sales_agent', columns: ['manager', 'regional_office'] },
    ]);
  });

  it('proposes nothing when fewer than 80 % of the distinct values are keys of the other sheet', () => {
    const few = [accounts[0], accounts[1], accounts[5], ['Zeta', 'retail', 1, 'Peru', ''], ['Yotta', 'finance', 1, 'Chile', '']];
    const found = detectLookups([sheets[0], { name: 'accounts', values: few }], config);
    expect(found).toEqual([]);
  });

  it('never takes a column with repeated values as the key (a sheet of monthly targets per rep is no lookup)', () => {
    const targets = [['Month', 'Owner', 'Team'], ['2024-01', 'Ann', 'A'], ['2024-02', 'Ann', 'A'], ['2024-01', 'Bob', 'B'], ['2024-01', 'Cid', 'B']];
    expect(detectLookups([sheets[0], { name: 'Targets', values: targets }], config)).toEqual([]);
  });

  it('is called by suggestConfig, which adds `lookups` only when some were found', () => {
    const suggested = suggestConfig(sheets, DEFAULT_SETTINGS).config;
    expect(suggested.lookups?.map((l) => `${l.entity}.${l.field} → ${l.sheet}`)).toEqual(
      expect.arrayContaining(['deals.customer → accounts', 'deals.owner → sales_teams']),
    );
    expect(suggestConfig([sheets[0]], DEFAULT_SETTINGS).config.lookups).toBeUndefined();
  });
});

describe('the pieces of detection', () => {
  it('finds the key column covering the keys, compared normalised', () => {
    expect(findKeyColumn(accounts, 1, new Set(['acme', 'globex', 'initech', 'umbrella']))).toEqual({ col: 0, coverage: 1 });
    expect(findKeyColumn(accounts, 1, new Set(['acme']))).toBeNull();
  });

  it('takes as labels the mostly filled text columns with a few repeated values, not numbers nor near-unique texts', () => {
    expect(isLabelColumn(accounts, 1, 1)).toBe(true);
    expect(isLabelColumn(accounts, 1, 2)).toBe(false);
    expect(isLabelColumn(accounts, 1, 4)).toBe(false);
    expect(labelColumns(teams, 1, 0)).toEqual(['manager', 'regional_office']);
  });
});

describe('related field names', () => {
  it('are the related table and column, normalised and joined by a dot', () => {
    expect(lookupFieldName('sales_teams', 'Regional Office')).toBe('sales teams.regional office');
    expect(parseLookupField('Sales_Teams.regional_office')).toBe('sales teams.regional office');
    expect(parseLookupField('sector')).toBeUndefined();
    expect(parseLookupField('accounts.')).toBeUndefined();
  });
});
