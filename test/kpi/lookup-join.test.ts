// Joining a related table: codes per row in one pass, unmatched and blank keys counted, any KPI segmented by the column.

import { computeKpi } from '../../src/kpi/compute';
import { keyCodes } from '../../src/kpi/keys';
import { applyLookups } from '../../src/kpi/lookup-apply';
import { joinedFields, joinLookup, unsegmentedEntities } from '../../src/kpi/lookup-join';
import { describeLookupReport } from '../../src/kpi/lookup-text';
import { kpiById } from '../../src/kpi/catalog';
import type { Lookup } from '../../src/model/lookup';
import { readRelated } from '../../src/model/lookup-related';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { month, table } from './table-builder';

const lookup: Lookup = { entity: 'deals', field: 'customer', sheet: 'Accounts', headerRow: 2, key: 'Account', columns: ['Sector', 'Region'] };
const accounts = [
  ['Accounts export', '', ''],
  ['Account', 'Sector', 'Region'],
  ['Acme', 'Retail', 'North'],
  ['Globex', 'Software', 'South'],
  ['Initech', 'retail ', 'South'],
  ['acme', 'Software', 'South'],
  ['Hooli', '', 'North'],
];
const deals = table('deals', [
  { closed: '2024-03-02', stage: 'won', amount: 100, customer: 'ACME' },
  { closed: '2024-03-05', stage: 'won', amount: 200, customer: 'Globex' },
  { closed: '2024-03-09', stage: 'lost', amount: 300, customer: 'Initech' },
  { closed: '2024-03-12', stage: 'won', amount: 400, customer: 'Initech' },
  { closed: '2024-03-15', stage: 'won', amount: 800, customer: 'Umbrella' },
  { closed: '2024-03-20', stage: 'won', amount: 1600, customer: '' },
  { closed: '2024-03-21', stage: 'won', amount: 3200, customer: 'Hooli' },
]);

describe('readRelated', () => {
  it('reads the key and the brought columns below the given header row, as codes; the first of repeated keys wins', () => {
    const rel = readRelated(lookup, accounts);
    expect([...rel.rowOf.entries()]).toEqual([['acme', 0], ['globex', 1], ['initech', 2], ['hooli', 3]]);
    expect(rel.repeatedKeys).toEqual(['acme']);
    const sector = rel.columns[0];
    expect(sector.name).toBe('accounts.sector');
    expect([...sector.codes]).toEqual([0, 1, 0, -1]);
    expect(sector.labels).toEqual(['Retail', 'Software']);
    expect(rel.missing).toEqual([]);
  });

  it('names the headers it cannot find', () => {
    expect(readRelated({ ...lookup, columns: ['Sector', 'Tier'] }, accounts).missing).toEqual(['Tier']);
    expect(readRelated({ ...lookup, headerRow: 1 }, accounts).rowOf.size).toBe(0);
  });
});

describe('joinLookup', () => {
  const { table: joined, report } = joinLookup(deals, lookup, readRelated(lookup, accounts))!;

  it('gives each row the code of its related row, -1 when its key is blank or unknown', () => {
    const kc = keyCodes(joined, 'accounts.sector')!;
    expect([...kc.codes]).toEqual([0, 1, 0, 0, -1, -1, -1]);
    expect(kc.labels).toEqual(['Retail', 'Software']);
    expect(keyCodes(joined, 'accounts.region')?.labels).toEqual(['North', 'South']);
    expect(joined.derived?.['accounts.sector']?.header).toBe('Accounts · Sector');
  });

  it('counts the rows whose key is not in the related table, with their sheet rows and the keys, never dropping them silently', () => {
    expect(report).toMatchObject({ entity: 'deals', related: 'Accounts', key: 'Account', unmatched: 1, blank: 1, matched: 5, examples: ['Umbrella'] });
    expect(report.rows).toEqual([deals.rowNumbers[4]]);
    const [line, repeated] = describeLookupReport(report, 'en');
    expect(line).toContain('1 row(s) hold a value missing from column "Account" of "Accounts" (Umbrella)');
    expect(repeated).toContain('repeated values (acme)');
  });

  it('segments any KPI of the joined table by the related column', () => {
    const input = { tables: { deals: joined }, settings: DEFAULT_SETTINGS };
    const march = month('2024-03');
    expect(computeKpi('revenue', input, march, { field: 'accounts.sector', value: 'retail' }).value).toBe(500);
    expect(computeKpi('deals_won', input, march, { field: 'Accounts.Sector', value: 'RETAIL' }).value).toBe(2);
    expect(computeKpi('win_rate', input, march, { field: 'accounts.sector', value: 'Retail' }).value).toBeCloseTo(2 / 3, 12);
    expect(computeKpi('revenue', input, march, { field: 'accounts.region', value: 'South' }).value).toBe(200 + 400);
    expect(computeKpi('revenue', input, march).value).toBe(100 + 200 + 400 + 800 + 1600 + 3200);
  });

  it('leaves the original table untouched (the join makes a new table)', () => {
    expect(deals.derived).toBeUndefined();
    expect(joinedFields({ tables: { deals: joined }, settings: DEFAULT_SETTINGS }).get('accounts.sector')?.entities).toEqual(['deals']);
  });
});

describe('applyLookups', () => {
  it('joins the lookups of the entities present and says why others could not be applied', () => {
    const input = { tables: { deals }, settings: DEFAULT_SETTINGS };
    const leads: Lookup = { ...lookup, entity: 'leads', field: 'owner' };
    const gone: Lookup = { ...lookup, sheet: 'Gone' };
    const noField: Lookup = { ...lookup, field: 'product' };
    const out = applyLookups(input, [lookup, leads, gone, noField], (l) => (l.sheet === 'Gone' ? null : readRelated(l, accounts)));
    expect(out.reports).toHaveLength(1);
    expect(out.problems.map((p) => p.kind)).toEqual(['lookup_sheet_missing', 'lookup_field_missing']);
    expect(out.input.tables.deals?.derived?.['accounts.sector']).toBeDefined();
  });

  it('tells which tables a KPI reads that the related column cannot segment', () => {
    const joined = applyLookups({ tables: { deals }, settings: DEFAULT_SETTINGS }, [lookup], () => readRelated(lookup, accounts)).input;
    const leads = table('leads', [{ created: '2024-03-01', owner: 'Ann' }]);
    const both = { ...joined, tables: { ...joined.tables, leads } };
    expect(unsegmentedEntities(kpiById('revenue')!, both, 'accounts.sector')).toEqual([]);
    expect(unsegmentedEntities(kpiById('conversion_rate')!, both, 'accounts.sector')).toEqual(['leads']);
  });
});
