// Tests of issue messages in French and English.
import { describeIssue } from '../../src/model/describe-issue';
import type { FieldIssue } from '../../src/model/table';

const base: FieldIssue = {
  entity: 'deals',
  sheet: 'Deals',
  field: 'amount',
  header: 'Montant',
  kind: 'unreadable_number',
  rows: [14, 27, 31],
  count: 12,
  blocking: true,
};

describe('describeIssue', () => {
  it('names entity, sheet, column and the first rows, with an ellipsis when more rows are concerned', () => {
    expect(describeIssue(base, 'fr')).toBe('Affaires (feuille « Deals »), colonne « Montant » : 12 lignes illisibles — lignes 14, 27, 31…');
    expect(describeIssue({ ...base, header: 'Amount' }, 'en')).toBe('Deals (sheet "Deals"), column "Amount": 12 unreadable rows — rows 14, 27, 31…');
  });

  it('uses the singular for one row and no ellipsis when every row is listed', () => {
    const one = { ...base, kind: 'negative_amount' as const, rows: [9], count: 1, blocking: false };
    expect(describeIssue(one, 'fr')).toBe('Affaires (feuille « Deals »), colonne « Montant » : 1 montant négatif — ligne 9');
    expect(describeIssue(one, 'en')).toBe('Deals (sheet "Deals"), column "Montant": 1 negative amount — row 9');
    const two = { ...one, rows: [9, 12], count: 2 };
    expect(describeIssue(two, 'en')).toBe('Deals (sheet "Deals"), column "Montant": 2 negative amounts — rows 9, 12');
  });

  it('says which order an ambiguous date column was read in', () => {
    const issue: FieldIssue = {
      ...base, entity: 'leads', sheet: 'Leads', field: 'created', header: 'Date', kind: 'ambiguous_day_month', rows: [2, 3], count: 2, blocking: false, detail: 'mdy',
    };
    expect(describeIssue(issue, 'en')).toBe(
      'Leads (sheet "Leads"), column "Date": day and month cannot be told apart on 2 rows, read as month/day (the spreadsheet locale) — rows 2, 3',
    );
    expect(describeIssue({ ...issue, detail: 'dmy' }, 'fr')).toBe(
      'Leads (feuille « Leads »), colonne « Date » : jour et mois indiscernables sur 2 lignes, lues en jour/mois (format de la feuille) — lignes 2, 3',
    );
  });

  it('names the main currency of a mixed column', () => {
    const issue: FieldIssue = { ...base, kind: 'mixed_currencies', rows: [8], count: 1, detail: 'EUR' };
    expect(describeIssue(issue, 'fr')).toBe('Affaires (feuille « Deals »), colonne « Montant » : 1 ligne dans une autre devise que EUR, ignorée — ligne 8');
  });

  it('names the currency written and the workbook’s for a column in another currency', () => {
    const issue: FieldIssue = { ...base, kind: 'foreign_currency', rows: [2, 3], count: 2, detail: 'USD/EUR' };
    expect(describeIssue(issue, 'en')).toMatch(/2 amounts in USD, not the workbook’s currency \(EUR\), left out.* — rows 2, 3$/);
  });

  it('names the placeholders read as blank', () => {
    const issue: FieldIssue = { ...base, kind: 'read_as_blank', rows: [4, 9], count: 12, detail: '\\N, NULL' };
    expect(describeIssue(issue, 'en')).toMatch(/12 cells read as blank \(\\N, NULL\) — rows 4, 9…$/);
  });

  it('has a French and an English text for every kind', () => {
    const kinds: FieldIssue['kind'][] = [
      'unreadable_number', 'unreadable_date', 'ambiguous_day_month', 'negative_amount', 'mixed_currencies',
      'close_before_create', 'future_date', 'duplicate_id', 'two_digit_year', 'contradictory_day_month', 'read_as_blank',
      'implausible_number', 'percent_in_amount', 'ambiguous_decimal', 'foreign_currency', 'implausible_early_date',
      'implausible_future_date', 'implausible_cycle', 'won_only', 'revenue_target',
    ];
    for (const kind of kinds) {
      for (const count of [1, 3]) {
        for (const lang of ['fr', 'en'] as const) {
          const text = describeIssue({ ...base, kind, count, rows: [5], detail: 'EUR' }, lang);
          expect(text).not.toMatch(/issue_|\{/);
          expect(text).toContain(String(count));
        }
      }
    }
  });
});

describe('an issue of a table passed to a custom function (no sheet name)', () => {
  it('names the entity and the column without an empty sheet', () => {
    const issue = { entity: 'deals' as const, sheet: '', field: 'amount', header: 'Montant', kind: 'unreadable_number' as const, rows: [4], count: 1, blocking: true };
    expect(describeIssue(issue, 'fr')).toMatch(/^Affaires, colonne « Montant » : .* ligne 4$/);
    expect(describeIssue(issue, 'en')).toMatch(/^Deals, column "Montant": .* row 4$/);
  });
});
