// Sentences about a result, in French and English: why no value, rows left out, assumptions, breakdown keys.

import { kpiById } from '../../src/kpi/catalog';
import { computeKpi } from '../../src/kpi/compute';
import { breakdownKeyText, notesText, skippedText, whyText } from '../../src/kpi/explain';
import { CUSTOMERS, DEALS } from './fixtures';
import { input, month } from './table-builder';

const march = month('2024-03');

test('a zero denominator is explained in both languages', () => {
  const def = kpiById('win_rate')!;
  const r = computeKpi('win_rate', input({ deals: DEALS }), month('2024-01'));
  expect(whyText('en', def, r)).toBe('Win rate: no value for this period (division by zero).');
  expect(whyText('fr', def, r)).toBe('Taux de transformation (win rate) : pas de valeur sur cette période (division par zéro).');
});

test('a missing table names the table and its columns in the reader’s language', () => {
  const def = kpiById('churn')!;
  const r = computeKpi('churn', input({ deals: DEALS }), march);
  expect(whyText('fr', def, r)).toBe('Taux d\'attrition (churn) : il faut la table « Clients » (colonnes : Début, Fin).');
  expect(whyText('en', def, r)).toBe('Churn rate: needs the "Customers" table (columns: Start date, End date).');
});

test('a result with a value has no reason', () => {
  expect(whyText('en', kpiById('revenue')!, computeKpi('revenue', input({ deals: DEALS }), march))).toBe('');
});

test('rows left out are listed with their reasons', () => {
  const r = computeKpi('win_rate', input({ deals: DEALS }), march);
  expect(skippedText('en', r)).toBe('1 row(s) left out: no close date (1).');
  expect(skippedText('fr', r)).toBe('1 ligne(s) ignorée(s) : date de clôture vide (1).');
});

test('assumptions are spelled out', () => {
  const r = computeKpi('ltv', input({ customers: CUSTOMERS }), march);
  expect(notesText('en', r)).toEqual(['Margin rate unknown (no cost in the orders): 100% assumed.']);
});

test('engine keys are translated, data keys are shown as they are', () => {
  expect(breakdownKeyText('fr', kpiById('meetings')!, 'team')).toBe('En équipe');
  expect(breakdownKeyText('en', kpiById('lost_reasons')!, 'Prix')).toBe('Prix');
  expect(breakdownKeyText('en', kpiById('lost_reasons')!, '')).toBe('Not given');
  expect(breakdownKeyText('fr', kpiById('target_attainment')!, 'revenue')).toBe("Chiffre d'affaires");
});
