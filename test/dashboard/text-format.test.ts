// Prose for people: dates as words, plurals by Intl.PluralRules, changes with arrows, values with their units.

import { changeOf } from '../../src/dashboard/comparisons';
import { formatChange, formatDayRange, formatValue, plural } from '../../src/dashboard/text-format';
import { dayFromCivil } from '../../src/model/days';

const d = (y: number, m: number, day: number) => dayFromCivil(y, m, day);

test('a month reads “du 1er au 31 octobre 2026” in French and “October 1–31, 2026” in English', () => {
  expect(formatDayRange(d(2026, 10, 1), d(2026, 10, 31), 'fr')).toBe('du 1er au 31 octobre 2026');
  expect(formatDayRange(d(2026, 10, 1), d(2026, 10, 31), 'en')).toBe('October 1–31, 2026');
  expect(formatDayRange(d(2026, 7, 1), d(2026, 9, 30), 'fr')).toBe('du 1er juillet au 30 septembre 2026');
  expect(formatDayRange(d(2026, 7, 1), d(2026, 9, 30), 'en')).toBe('July 1 – September 30, 2026');
});

test('plurals follow each language: French 0 and 1 are singular, English only 1', () => {
  expect(plural('fr', 'dash_rows', 0)).toBe('0 ligne');
  expect(plural('fr', 'dash_rows', 1)).toBe('1 ligne');
  expect(plural('fr', 'dash_rows', 2)).toBe('2 lignes');
  expect(plural('en', 'dash_rows', 0)).toBe('0 rows');
  expect(plural('en', 'dash_rows', 1)).toBe('1 row');
  expect(plural('en', 'dash_rows', 1234)).toBe('1,234 rows');
});

test('changes read with an arrow, points for rates and % for amounts', () => {
  expect(formatChange(changeOf(0.283, 0.267, 'rate', 'up'), 'fr')).toBe('▲ +1,6\u00a0pt');
  expect(formatChange(changeOf(877, 1000, 'currency', 'up'), 'en')).toBe('▼ −12.3%');
  expect(formatChange(changeOf(5, 0, 'count', 'up'), 'en')).toBe('—');
});

test('values carry their unit in the reader’s language', () => {
  expect(formatValue(79500, 'currency', 'fr', 'EUR')).toBe('79\u00a0500\u00a0€');
  expect(formatValue(79500, 'currency', 'en', 'EUR')).toBe('€79,500');
  expect(formatValue(0.283, 'rate', 'fr', 'EUR')).toBe('28,3\u00a0%');
  expect(formatValue(64.4, 'days', 'en', 'EUR')).toBe('64.4\u00a0d');
  expect(formatValue(null, 'count', 'en', 'EUR')).toBe('—');
});
