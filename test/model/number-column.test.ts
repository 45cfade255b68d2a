// Tests of whole amount columns: the decimal convention decided from all the cells, currencies, percents, bounds.

import { IssueCollector } from '../../src/model/column-issues';
import { MAX_MAGNITUDE, readNumberColumn } from '../../src/model/number-column';
import type { Lang } from '../../src/model/settings';

function read(cells: unknown[], lang: Lang = 'fr', currency = 'EUR') {
  const issues = new IssueCollector();
  const rowIndex = Int32Array.from(cells.map((_, i) => i));
  const values = readNumberColumn(cells.map((c) => [c]), 0, rowIndex, lang, true, currency, 'amount', issues);
  return { values: Array.from(values), issues: issues.list('deals', 'Deals', { amount: 'Montant' }) };
}

const kinds = (r: ReturnType<typeof read>) => r.issues.map((i) => `${i.kind}:${i.rows.join(',')}`).sort();

describe('the decimal convention of a column', () => {
  it('reads "$1,500" as 1500 beside "$2,500.00" under fr_FR: the column shows a decimal point', () => {
    expect(read(['$1,500', '$2,500.00'], 'fr', 'USD').values).toEqual([1500, 2500]);
  });

  it('reads "1.500" as 1500 beside "12,50" under en_US: the column shows a decimal comma', () => {
    expect(read(['1.500', '12,50'], 'en').values).toEqual([1500, 12.5]);
  });

  it('follows the locale when no cell tells (1,500 is 1.5 in French, 1500 in English)', () => {
    expect(read(['1,500', '2,000'], 'fr').values).toEqual([1.5, 2]);
    expect(read(['1,500', '2,000'], 'en').values).toEqual([1500, 2000]);
  });

  it('takes plain decimals ("12.50") as evidence too, and flags ambiguous cells when the column shows both', () => {
    expect(read(['1,500', '12.50'], 'fr').values).toEqual([1500, 12.5]);
    const mixed = read(['1,500', '12.50', '3.5', '7,25'], 'fr');
    expect(mixed.values).toEqual([1500, 12.5, 3.5, 7.25]);
    expect(kinds(mixed)).toEqual(['ambiguous_decimal:1']);
    expect(mixed.issues[0].detail).toBe('dot');
  });
});

describe('what an amount column refuses', () => {
  it('a currency other than the workbook’s, even when it is the only one: left out and named, never shown as euros', () => {
    const r = read(['$1,500', '$2,500.00', 300], 'fr', 'EUR');
    expect(r.values).toEqual([Number.NaN, Number.NaN, 300]);
    expect(r.issues).toEqual([expect.objectContaining({ kind: 'foreign_currency', rows: [1, 2], blocking: true, detail: 'USD/EUR' })]);
  });

  it('keeps the rows in the workbook’s currency when the column is mostly in another one', () => {
    const r = read(['$10', '$20', '30 €'], 'fr', 'EUR');
    expect(r.values).toEqual([Number.NaN, Number.NaN, 30]);
    expect(kinds(r)).toEqual(['foreign_currency:1,2']);
  });

  it('a percentage: 12 % or 2,5 % is no amount', () => {
    const r = read([1000, '12 %', '2,5 %']);
    expect(r.values).toEqual([1000, Number.NaN, Number.NaN]);
    expect(kinds(r)).toEqual(['percent_in_amount:2,3']);
  });

  it('overflows and absurd magnitudes: 1e400, 400 digits, 10^15 and more, as text or numbers', () => {
    const r = read([1, '1e400', '9'.repeat(400), MAX_MAGNITUDE, -2e15, '2 000 000 000 000 000', Number.POSITIVE_INFINITY, 999999999999999]);
    expect(r.values).toEqual([1, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, 999999999999999]);
    expect(kinds(r)).toEqual(['implausible_number:4,5,6', 'unreadable_number:2,3,7']);
  });
});

describe('placeholders in an amount column', () => {
  it('are blanks, counted with the spellings seen', () => {
    const r = read([100, '\\N', 'NULL', 'null', '(none)', '—', 'N/A', '  ']);
    expect(r.values.slice(1)).toEqual(Array(7).fill(Number.NaN));
    expect(r.issues).toEqual([expect.objectContaining({ kind: 'read_as_blank', count: 6, blocking: false, detail: '\\N, NULL, null' })]);
  });
});
