// The business-hours settings of the page: what they read as, each change a user makes, and whether they can be saved.

import type { DraftBusinessHours, DraftSettings } from '../protocol';
import type { UiState } from './state';

/** Off, 9:00 to 18:00, Monday to Friday: what settings without business hours mean (DEFAULT_SETTINGS). */
export const DEFAULT_BUSINESS_HOURS: DraftBusinessHours = { on: false, start: 9, end: 18, days: [1, 2, 3, 4, 5] };

export function businessHoursOf(settings: DraftSettings): DraftBusinessHours {
  return settings.businessHours ?? DEFAULT_BUSINESS_HOURS;
}

/** Sets the switch or the hours; the draft then carries business hours. */
export function chooseBusinessHours(state: UiState, patch: Partial<Omit<DraftBusinessHours, 'days'>>): void {
  state.settings = { ...state.settings, businessHours: { ...businessHoursOf(state.settings), ...patch } };
  state.dirty = true;
}

/** Ticks or unticks a working day (ISO weekday 1–7), keeping the days in week order. */
export function chooseWorkday(state: UiState, day: number, on: boolean): void {
  const h = businessHoursOf(state.settings);
  const days = [1, 2, 3, 4, 5, 6, 7].filter((d) => (d === day ? on : h.days.includes(d)));
  state.settings = { ...state.settings, businessHours: { ...h, days } };
  state.dirty = true;
}

/** True when the server would refuse them: opening not before closing, or no working day. */
export function businessHoursProblem(settings: DraftSettings): boolean {
  const h = businessHoursOf(settings);
  return h.start >= h.end || h.days.length === 0;
}
