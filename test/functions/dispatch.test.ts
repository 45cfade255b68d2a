// Custom functions called with arguments shaped exactly as Sheets passes them, in both forms and both languages.

import { runCustomFunction } from '../../src/functions/dispatch';
import type { FunctionContext } from '../../src/functions/table-args';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

const fr: FunctionContext = { config: null, settings: { ...DEFAULT_SETTINGS, locale: 'fr_FR', timeZone: 'Europe/Paris' }, lang: 'fr' };
const en: FunctionContext = { config: null, settings: { ...DEFAULT_SETTINGS, locale: 'en_US', timeZone: 'America/New_York' }, lang: 'en' };

/** A Date as Sheets passes a date cell: midnight in the spreadsheet's time zone (Paris, winter: UTC+1). */
const parisDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3600000);

const deals = [
  ['Affaire', 'Date de création', 'Date de clôture', 'Étape', 'Montant HT', 'Commercial'],
  ['A1', parisDate(2024, 1, 10), parisDate(2024, 3, 5), 'Gagné', '1 200,50 €', 'Alice'],
  ['A2', parisDate(2024, 2, 1), parisDate(2024, 3, 20), 'Perdu', 800, 'Bob'],
  ['A3', parisDate(2024, 2, 15), parisDate(2024, 3, 28), 'Gagné', 2000, 'Bob'],
  ['', '', '', '', '', ''],
  ['A4', parisDate(2024, 3, 1), '', 'Négociation', 5000, 'Alice'],
  ['A5', parisDate(2024, 1, 3), parisDate(2024, 2, 14), 'Perdu', 300, 'Alice'],
  ...Array.from({ length: 2000 }, () => ['', '', '', '', '', '']),
];

describe('the arithmetic form', () => {
  it('computes the CAC of the design example: 10 000 € ÷ 50 = 200 €', () => {
    expect(runCustomFunction('CAC', [10000, 50], fr)).toBe(200);
  });

  it('sums ranges given as arguments', () => {
    expect(runCustomFunction('WIN_RATE', [[[3], [5]], [[2], ['']]], en)).toBeCloseTo(0.8, 12);
  });

  it('explains a zero denominator in the user language', () => {
    expect(() => runCustomFunction('CAC', [10000, 0], fr)).toThrow(/CAC : pas de valeur/);
    expect(() => runCustomFunction('CAC', [10000, 0], en)).toThrow(/CAC: no value/);
  });

  it('names the argument that is not a number', () => {
    expect(() => runCustomFunction('AOV', [1000, 'abc'], en)).toThrow(/argument 2 \(orders\).*"abc"/);
  });

  it('says how many arguments it expects', () => {
    expect(() => runCustomFunction('RETENTION_RATE', [90, 10], en)).toThrow(/expects 3 numbers/);
  });
});

describe('the table form', () => {
  it('finds the columns of a French deals sheet from its headers and computes the win rate of March 2024', () => {
    expect(runCustomFunction('WIN_RATE', [deals, '2024-03'], fr)).toBeCloseTo(2 / 3, 12);
  });

  it('computes revenue from French amounts with a currency sign', () => {
    expect(runCustomFunction('REVENUE', [deals, '2024-03'], fr)).toBeCloseTo(3200.5, 9);
  });

  it('filters by a field and value', () => {
    expect(runCustomFunction('REVENUE', [deals, '2024-03', 'owner', 'Bob'], fr)).toBe(2000);
    expect(runCustomFunction('REVENUE', [deals, '2024-03', 'Commercial', 'alice'], fr)).toBeCloseTo(1200.5, 9);
  });

  it('accepts a quarter and a Date as the period', () => {
    expect(runCustomFunction('DEALS_WON', [deals, '2024-Q1'], fr)).toBe(2);
    expect(runCustomFunction('DEALS_LOST', [deals, parisDate(2024, 2, 1)], fr)).toBe(1);
  });

  it('reaches every KPI by id through KPI()', () => {
    expect(runCustomFunction('KPI', ['win_rate', deals, '2024-03'], fr)).toBeCloseTo(2 / 3, 12);
  });

  it('rejects an unknown KPI id with the list of known ids', () => {
    expect(() => runCustomFunction('KPI', ['profit', deals, '2024-03'], en)).toThrow(/unknown indicator "profit".*win_rate/);
  });

  it('says which table is missing', () => {
    expect(() => runCustomFunction('CHURN', [deals, '2024-03'], en)).toThrow(/CHURN needs the Customers table/);
  });

  it('explains an empty period', () => {
    expect(() => runCustomFunction('WIN_RATE', [deals, '2023-06'], en)).toThrow(/WIN_RATE \(2023-06\) — Win rate: no value/);
  });

  it('rejects a range that is no known table, showing its headers', () => {
    const odd = [['Foo', 'Bar'], [1, 2]];
    expect(() => runCustomFunction('WIN_RATE', [odd, '2024-03'], en)).toThrow(/WIN_RATE: argument 1 .*Foo, Bar/);
  });

  it('spills a monthly table of every computable KPI with KPI_TABLE()', () => {
    const table = runCustomFunction('KPI_TABLE', [deals], en) as unknown[][];
    expect(table[0][0]).toBe('Month');
    expect(table.map((r) => r[0])).toEqual(['Month', '2024-01', '2024-02', '2024-03']);
    const winRate = table[0].indexOf('Win rate');
    expect(winRate).toBeGreaterThan(0);
    expect(table[3][winRate]).toBeCloseTo(2 / 3, 12);
  });

  it('spills a breakdown table for lost reasons', () => {
    const withReasons = [
      ['Deal', 'Created', 'Close date', 'Stage', 'Amount', 'Lost reason'],
      ['D1', 45300, 45352, 'Closed Lost', 100, 'Price'],
      ['D2', 45300, 45353, 'Closed Lost', 100, 'Price'],
      ['D3', 45300, 45354, 'Closed Lost', 100, 'Timing'],
    ];
    const out = runCustomFunction('LOST_REASONS', [withReasons, '2024-03'], en) as unknown[][];
    expect(out[0]).toHaveLength(4);
    expect(out.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ['Price', 2],
      ['Timing', 1],
    ]);
  });
});
