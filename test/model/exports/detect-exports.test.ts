// Real CRM export shapes (test/fixtures/exports) map without help and give the month's figures a person counts by hand.

import { detectAndCompute, expectedFrom, readExport } from './corpus';
import { CAN, MONTH, SHAPES } from './shapes';

// Every shape runs: the capabilities some needed (text of every script, Spanish stage labels) are in; a regression fails.
test('every shape of the corpus can run (nothing is skipped)', () => {
  expect(CAN).toEqual({ unicode: true, 'spanish-stages': true });
});

describe.each(SHAPES)('the $file export', (shape) => {
  const rows = readExport(shape.file, shape.encoding);
  const sheet = shape.file.replace(/\.csv$/, '');
  const settings = { ...(shape.locale ? { locale: shape.locale } : {}), ...(shape.lostLabels ? { lostLabels: shape.lostLabels } : {}) };
  const { suggestion, kpi } = detectAndCompute(sheet, rows, MONTH, settings);
  const expected = expectedFrom(rows, shape.reading, MONTH);

  it('is read as deals, with its real headers mapped to the right fields', () => {
    const deals = suggestion.config.entities.deals;
    expect(deals?.sheet).toBe(sheet);
    expect(deals?.headerRow).toBe(1);
    expect(deals?.fields).toMatchObject(shape.mapping);
    if (shape.fallbacks) expect(deals?.fallbacks).toEqual(shape.fallbacks);
  });

  it('carries a confidence for the table and each field it maps', () => {
    expect(suggestion.confidence.deals).toBeGreaterThan(0.5);
    for (const field of Object.keys(shape.mapping)) expect(suggestion.confidence[`deals.${field}`]).toBeGreaterThan(0);
  });

  it(`gives the revenue, deals won and lost, win rate and sales cycle of ${MONTH} counted from the rows`, () => {
    expect(expected.won).toBeGreaterThan(0);
    expect(expected.lost).toBeGreaterThan(0);
    expect(kpi('revenue').value).toBeCloseTo(expected.revenue, 6);
    expect(kpi('deals_won').value).toBe(expected.won);
    expect(kpi('deals_lost').value).toBe(expected.lost);
    expect(kpi('win_rate').value).toBeCloseTo(expected.winRate as number, 9);
    expect(kpi('sales_cycle').value).toBeCloseTo(expected.cycle as number, 9);
  });
});
