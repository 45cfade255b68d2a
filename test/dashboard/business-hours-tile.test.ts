// The business-hours setting decides which lead response time the dashboard shows: elapsed (off) or business hours (on).

import { buildDashboardModel } from '../../src/dashboard/model';
import type { Tile } from '../../src/dashboard/model-tiles';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings';
import { day, input } from '../kpi/table-builder';
import { MARCH_2024 } from './fixtures';

const at = (iso: string, hour: number) => day(iso) + hour / 24;
// A Friday-evening lead answered on Monday morning: 65 hours elapsed, 2 business hours (9:00–18:00, Monday to Friday).
const leads = [{ created: at('2024-03-15', 17), first_contact: at('2024-03-18', 10) }];

const round = (v: number | null) => (v === null ? null : Math.round(v * 1e6) / 1e6);

function responseTiles(settings: Settings): Tile[] {
  const model = buildDashboardModel({ ...input({ leads }), settings }, MARCH_2024, 'en', settings);
  return model.tiles.filter((tile) => tile.id.startsWith('lead_response'));
}

test('off (the default), the dashboard shows the elapsed time only', () => {
  const tiles = responseTiles(DEFAULT_SETTINGS);
  expect(tiles.map((tile) => [tile.id, round(tile.value.value)])).toEqual([['lead_response_time', 65]]);
});

test('on, the same lead reads in business hours, with the hours and days of the settings', () => {
  const on = responseTiles({ ...DEFAULT_SETTINGS, businessHours: { start: 9, end: 18, on: true } });
  expect(on.map((tile) => [tile.id, tile.label, round(tile.value.value)])).toEqual([['lead_response_business_hours', 'Lead response time (business hours)', 2]]);
  expect(on[0].text).toBe('2.0\u00a0hours');
  const saturdays = responseTiles({ ...DEFAULT_SETTINGS, businessHours: { start: 8, end: 20, on: true, days: [1, 2, 3, 4, 5, 6] } });
  expect(round(saturdays[0].value.value)).toBe(3 + 12 + 2);
});

test('a KPI the setting leaves off the tab is not listed as locked either', () => {
  const model = buildDashboardModel({ ...input({ leads }), settings: DEFAULT_SETTINGS }, MARCH_2024, 'en', DEFAULT_SETTINGS);
  expect(model.locked.map((l) => l.id)).not.toContain('lead_response_business_hours');
});
