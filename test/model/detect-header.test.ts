// The header row is found, or its absence noticed: a first row of data is never taken for headers.

import { findHeaderRow, looksLikeDataRow } from '../../src/model/detect-header';
import { identifyTable } from '../../src/model/identify-table';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { suggestConfig } from '../../src/model/suggest-config';

const headerless = [
  ['0061', 'Acme', 'Closed Lost', 2000, '2017-03-01', 'Alice'],
  ['0062', 'Globex', 'Closed Won', 1500, '2017-03-04', 'Bob'],
  ['0063', 'Initech', 'Closed Lost', 900, '2017-03-09', 'Alice'],
  ['0064', 'Hooli', 'Prospecting', 300, '2017-04-02', 'Bob'],
];

describe('findHeaderRow', () => {
  it('notices a table without a header: its first row is data', () => {
    expect(findHeaderRow(headerless)).toEqual({ row: 1, found: false });
  });

  it('keeps the header of a table whose data labels look like headers', () => {
    const values = [['Deal Stage', 'Amount', 'Deal owner'], ['Closed Won', 5000, 'Alice'], ['Closed Lost', 2000, 'Bob']];
    expect(findHeaderRow(values)).toEqual({ row: 1, found: true });
  });

  it('keeps a header whose only row below repeats nothing', () => {
    expect(findHeaderRow([['Close date', 'Stage'], ['2024-03-01', 'Won']])).toEqual({ row: 1, found: true });
  });
});

describe('looksLikeDataRow', () => {
  it('reads numbers, dates and labels repeated below as data', () => {
    expect(looksLikeDataRow(headerless, 0)).toBe(true);
    expect(looksLikeDataRow([['Stage', 'Owner'], ['Won', 'Alice'], ['Lost', 'Alice']], 0)).toBe(false);
  });
});

describe('a sheet without a header row', () => {
  it('is left out of the suggestion, with a note that says why', () => {
    const { config, notes } = suggestConfig([{ name: 'Export', values: headerless }], DEFAULT_SETTINGS);
    expect(config.entities).toEqual({});
    expect(notes).toEqual([{ sheet: 'Export', kind: 'no_header' }]);
  });

  it('is not recognised by custom functions either', () => {
    expect(identifyTable(headerless, null)).toBeNull();
  });
});
