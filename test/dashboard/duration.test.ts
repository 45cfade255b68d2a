// An elapsed time in hours reads in hours below 48 h and in days from 48 h, one decimal, with each language's plurals.

import { durationFormat, shownDuration } from '../../src/dashboard/duration';
import { unitFormat } from '../../src/dashboard/formats';
import type { Layout } from '../../src/dashboard/grid';
import { layoutDashboard } from '../../src/dashboard/layout';
import { cellNumber } from '../../src/dashboard/layout-style';
import { buildDashboardModel } from '../../src/dashboard/model';
import { formatValue } from '../../src/dashboard/text-format';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { day, input } from '../kpi/table-builder';
import { MARCH_2024 } from './fixtures';

test('below 48 hours the time stays in hours; from 48 hours it is shown in days', () => {
  expect(shownDuration(5.5)).toEqual({ value: 5.5, unit: 'hours' });
  expect(shownDuration(47.9)).toEqual({ value: 47.9, unit: 'hours' });
  expect(shownDuration(48)).toEqual({ value: 2, unit: 'days' });
  expect(shownDuration(65)).toEqual({ value: 65 / 24, unit: 'days' });
});

test('the text says hours or days with one decimal, singular or plural as each language wants', () => {
  expect(formatValue(5.5, 'hours', 'en', 'EUR')).toBe('5.5\u00a0hours');
  expect(formatValue(1, 'hours', 'en', 'EUR')).toBe('1.0\u00a0hours');
  expect(formatValue(0.5, 'hours', 'fr', 'EUR')).toBe('0,5\u00a0heure');
  expect(formatValue(1.5, 'hours', 'fr', 'EUR')).toBe('1,5\u00a0heure');
  expect(formatValue(5.5, 'hours', 'fr', 'EUR')).toBe('5,5\u00a0heures');
  expect(formatValue(65, 'hours', 'en', 'EUR')).toBe('2.7\u00a0days');
  expect(formatValue(65, 'hours', 'fr', 'EUR')).toBe('2,7\u00a0jours');
  expect(formatValue(null, 'hours', 'fr', 'EUR')).toBe('—');
});

test('the cell’s number format says the same word as the text', () => {
  expect(durationFormat(5.5, 'en')).toBe('0.0 "hours"');
  expect(durationFormat(1.2, 'fr')).toBe('0.0 "heure"');
  expect(durationFormat(1.96, 'fr')).toBe('0.0 "heures"');
  expect(durationFormat(72, 'fr')).toBe('0.0 "jours"');
  expect(unitFormat('hours', 'en', 'EUR', 72)).toBe('0.0 "days"');
});

describe('on the dashboard tab', () => {
  const at = (iso: string, hour: number) => day(iso) + hour / 24;
  // A Friday-evening lead answered on Monday morning: 65 hours elapsed; a February one answered in 5 hours.
  const leads = [
    { created: at('2024-02-12', 9), first_contact: at('2024-02-12', 14) },
    { created: at('2024-03-15', 17), first_contact: at('2024-03-18', 10) },
  ];
  const tab = (lang: 'fr' | 'en') => {
    const settings = { ...DEFAULT_SETTINGS, locale: lang === 'fr' ? 'fr_FR' : 'en_US' };
    const data = { ...input({ leads }), settings };
    return layoutDashboard(buildDashboardModel(data, MARCH_2024, lang, settings, { generatedAt: '2024-04-01 06:00' }));
  };
  const tile = (layout: Layout, label: string) => {
    const r = layout.cells.findIndex((row) => row.includes(label));
    const c = layout.cells[r].indexOf(label);
    return { value: layout.cells[r + 1][c], format: layout.numberFormats[r + 1][c], lines: layout.cells.slice(r + 2, r + 6).map((row) => row[c]) };
  };

  test('the lead response tile shows 65 hours as 2.7 days, and February’s 5 hours in hours', () => {
    const en = tile(tab('en'), 'Lead response time');
    expect(en.value).toBeCloseTo(65 / 24, 9);
    expect(en.format).toBe('0.0 "days"');
    expect(en.lines[0]).toBe('Feb  5.0\u00a0hours');
    const fr = tile(tab('fr'), 'Délai de prise de contact');
    expect(fr.format).toBe('0.0 "jours"');
    expect(fr.lines[0]).toBe('fév.  5,0\u00a0heures');
  });
});

test('a figure in hours is placed as the number its cell holds: days from 48 h', () => {
  expect(cellNumber({ value: 65, unit: 'hours' })).toBeCloseTo(65 / 24, 12);
  expect(cellNumber({ value: 5, unit: 'hours' })).toBe(5);
  expect(cellNumber({ value: 65, unit: 'count' })).toBe(65);
});
