// identifyTable and looksLikeTable: custom functions recognise the ranges they are given.

import type { SavedConfig } from '../../src/model/config';
import { identifyTable, looksLikeTable } from '../../src/model/identify-table';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

const config: SavedConfig = {
  version: 3,
  entities: {
    deals: { sheet: 'Ventes', headerRow: 1, fields: { amount: 'Prix net', stage: 'Résultat', closed: 'Signé le', owner: 'Vendeur' } },
  },
  settings: DEFAULT_SETTINGS,
};

describe('identifyTable', () => {
  const custom = [
    ['Réf', 'Vendeur', 'Prix net', 'Résultat', 'Signé le'],
    ['A-1', 'Alice', 1200, 'Gagné', 45352],
  ];

  it('recognises a table through the saved mapping, even with headers no synonym knows', () => {
    expect(identifyTable(custom, config)).toEqual({
      entity: 'deals',
      headerRow: 1,
      columns: { amount: 2, stage: 3, closed: 4, owner: 1 },
      fallbacks: {},
    });
  });

  it('finds the saved headers on a lower row when the range starts above them', () => {
    const shifted = [['Mes ventes', '', '', '', ''], ...custom];
    expect(identifyTable(shifted, config)?.headerRow).toBe(2);
  });

  it('recognises a table by synonyms without a saved mapping', () => {
    const hubspot = [
      ['Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Deal owner'],
      ['Acme', 'Closed Won', 1000, 45352, 45300, 'Alice'],
    ];
    expect(identifyTable(hubspot, null)).toEqual({
      entity: 'deals',
      headerRow: 1,
      columns: { stage: 1, amount: 2, closed: 3, created: 4, owner: 5 },
      fallbacks: {},
    });
  });

  it('falls back to synonyms when a saved mapping\'s headers are not all there', () => {
    const spend = [['Mois', 'Montant', 'Canal'], ['2024-01', 300, 'Ads']];
    expect(identifyTable(spend, config)).toMatchObject({ entity: 'spend', headerRow: 1, columns: { date: 0, amount: 1, channel: 2 } });
  });

  it('only considers the entities wanted', () => {
    const spend = [['Date', 'Montant', 'Canal']];
    expect(identifyTable(spend, null, ['orders'])).toMatchObject({ entity: 'orders', columns: { date: 0, amount: 1, channel: 2 } });
    expect(identifyTable(spend, null, ['customers'])).toBeNull();
  });

  it('needs two fields, or the only header of a one-column range', () => {
    expect(identifyTable([['Canal', 'Remarque']], null)).toBeNull();
    expect(identifyTable([['Date de création'], [45300]], null, ['leads'])).toMatchObject({ entity: 'leads', columns: { created: 0 } });
  });

  it('skips a title row above the header', () => {
    const leads = [['Leads Q1', '', ''], ['Date de création', 'Source', 'Commercial'], [45300, 'Salon', 'Bob']];
    expect(identifyTable(leads, null)).toMatchObject({ entity: 'leads', headerRow: 2, columns: { created: 0, source: 1, owner: 2 } });
  });

  it('returns the complementary close-date column of a Pipedrive table', () => {
    const pipedrive = [['Title', 'Value', 'Status', 'Won time', 'Lost time']];
    expect(identifyTable(pipedrive, null)).toMatchObject({ entity: 'deals', columns: { closed: 3 }, fallbacks: { closed: [4] } });
  });

  it('returns null for an empty range or one it does not recognise', () => {
    expect(identifyTable([], config)).toBeNull();
    expect(identifyTable([['Idée', 'Auteur'], ['x', 'y']], config)).toBeNull();
  });
});

describe('looksLikeTable', () => {
  it('accepts a range whose first non-blank row is text headers', () => {
    expect(looksLikeTable([['Date', 'Montant'], [45352, 100]])).toBe(true);
    expect(looksLikeTable([['', ''], ['Date', ''], [45352, 100]])).toBe(true);
  });

  it('rejects numbers, number-like text, dates and scalars', () => {
    expect(looksLikeTable([[100, 200], [300, 400]])).toBe(false);
    expect(looksLikeTable([['1 234,56 €', 'Montant']])).toBe(false);
    expect(looksLikeTable([['2024-03', 'x']])).toBe(false);
    expect(looksLikeTable([[new Date(2024, 2, 1), 'x']])).toBe(false);
    expect(looksLikeTable('Deals')).toBe(false);
    expect(looksLikeTable(42)).toBe(false);
    expect(looksLikeTable([])).toBe(false);
    expect(looksLikeTable([['', ''], ['', '']])).toBe(false);
    expect(looksLikeTable(['a', 'b'])).toBe(false);
  });
});
