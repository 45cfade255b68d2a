// Tests the preview: first rows parsed with the draft's mapping and a validation summary naming fields and rows.

import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { buildPreview, type SheetSample } from '../../src/sidebar/preview';
import type { Draft } from '../../src/sidebar/protocol';

const paris = { ...DEFAULT_SETTINGS, locale: 'fr_FR', timeZone: 'Europe/Paris' };
const settings = { currency: 'EUR', fiscalYearStart: 1, wonLabels: ['Signé'], lostLabels: [] };

const affaires: SheetSample = {
  name: 'Affaires',
  lastRow: 1000,
  values: [
    ['Export CRM', '', '', ''],
    ['Date de clôture', 'Montant HT', 'Étape', '<img src=x onerror=alert(1)>'],
    ['15/03/2024', '1 200,50 €', 'Signé', 'a'],
    ['pas de date', '800', 'Perdu', 'b'],
    ['', '', '', ''],
    [new Date(Date.UTC(2024, 2, 20, 23, 30)), 300, 'En cours', 'c'],
    ['bientôt', 'beaucoup', 'Gagné', 'd'],
  ],
};

function draft(fields: Record<string, string>, sheet = 'Affaires'): Draft {
  return { entities: { deals: { sheet, headerRow: 2, fields } }, settings };
}

describe('buildPreview', () => {
  it('shows the first rows as the engine reads them, with their sheet row numbers', () => {
    const result = buildPreview(draft({ closed: 'Date de clôture', amount: 'Montant HT', stage: 'Étape' }), [affaires], paris, 'en');
    const deals = result.entities[0];
    expect(deals.columns.map((c) => c.field)).toEqual(['closed', 'stage', 'amount']);
    expect(deals.rows.map((r) => r.row)).toEqual([3, 4, 6, 7]);
    // 23:30 UTC on 20 March is 21 March in Paris; "Signé" is won because the draft says so.
    expect(deals.rows[0].cells).toEqual(['2024-03-15', 'won', '1,200.5']);
    expect(deals.rows[2].cells).toEqual(['2024-03-21', 'open', '300']);
    expect(deals.rows[1].cells[0]).toBe('unreadable: pas de date');
    expect(deals.rows[3].cells[2]).toBe('unreadable: beaucoup');
  });

  it('summarises the unreadable cells of each field with their rows', () => {
    const result = buildPreview(draft({ closed: 'Date de clôture', amount: 'Montant HT' }), [affaires], paris, 'en');
    const issues = result.entities[0].issues;
    const dates = issues.filter((i) => i.field === 'closed');
    expect(dates).toHaveLength(1);
    expect(dates[0].text).toContain('4, 7');
    expect(issues.some((i) => i.field === 'amount' && i.text.includes('7'))).toBe(true);
  });

  it('says how many rows were checked out of the whole sheet', () => {
    const result = buildPreview(draft({ amount: 'Montant HT' }), [affaires], paris, 'fr');
    expect(result.entities[0].checked).toBe('Vérifié sur les 5 premières lignes (la feuille en compte 998).');
    const all = buildPreview(draft({ amount: 'Montant HT' }), [{ ...affaires, lastRow: 7 }], paris, 'en');
    expect(all.entities[0].checked).toBe('5 row(s) checked.');
  });

  it('reports a header that is not in the header row, and a sheet that does not exist, without throwing', () => {
    const missing = buildPreview(draft({ amount: 'Montant TTC' }), [affaires], paris, 'en').entities[0];
    expect(missing.issues).toEqual([{ field: 'amount', blocking: true, text: 'Amount: column “Montant TTC” not found in row 2.' }]);
    const gone = buildPreview(draft({ amount: 'Montant HT' }, 'Old deals'), [affaires], paris, 'fr').entities[0];
    expect(gone.issues[0].text).toBe('La feuille « Old deals » n’existe plus.');
    expect(gone.rows).toEqual([]);
  });

  it('previews only the entity asked for', () => {
    const two: Draft = { entities: { ...draft({ amount: 'Montant HT' }).entities, orders: { sheet: 'Affaires', headerRow: 2, fields: { amount: 'Montant HT' } } }, settings };
    expect(buildPreview(two, [affaires], paris, 'en').entities.map((e) => e.entity)).toEqual(['deals', 'orders']);
    expect(buildPreview(two, [affaires], paris, 'en', 'orders').entities.map((e) => e.entity)).toEqual(['orders']);
  });
});
