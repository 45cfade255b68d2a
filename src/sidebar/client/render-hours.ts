// Renders the business-hours settings: the switch, opening and closing hours, and the working days to tick.

import type { DraftBusinessHours, SidebarTexts } from '../protocol';
import { h, select } from './dom';
import { businessHoursOf, businessHoursProblem } from './business-hours';
import { fmt, type UiState } from './state';

export interface HoursHandlers {
  businessHours(patch: Partial<Omit<DraftBusinessHours, 'days'>>): void;
  workday(day: number, on: boolean): void;
}

const hours = (tx: SidebarTexts, from: number, to: number): [string, string][] => {
  const out: [string, string][] = [];
  for (let n = from; n <= to; n++) out.push([String(n), fmt(tx.sb_hour, { h: n })]);
  return out;
};

/** The business-hours fieldset of the settings card. */
export function hoursBlock(state: UiState, tx: SidebarTexts, on: HoursHandlers): HTMLElement {
  const b = businessHoursOf(state.settings);
  const names = tx.sb_weekdays.split(',');
  const wrong = businessHoursProblem(state.settings);
  return h(
    'fieldset',
    { id: 'business-hours', class: 'hours', 'aria-describedby': 'business-help' },
    h('legend', null, tx.sb_business_hours),
    h(
      'label',
      { for: 'business-on', class: 'check' },
      h('input', { id: 'business-on', type: 'checkbox', checked: b.on, onchange: (ev) => on.businessHours({ on: (ev.target as HTMLInputElement).checked }) }),
      tx.sb_business_on,
    ),
    h('p', { id: 'business-help', class: 'muted' }, tx.sb_business_help),
    h('label', { for: 'business-start' }, tx.sb_business_open),
    select({ id: 'business-start', onchange: (ev) => on.businessHours({ start: Number((ev.target as HTMLSelectElement).value) }) }, hours(tx, 0, 23), String(b.start)),
    h('label', { for: 'business-end' }, tx.sb_business_close),
    select({ id: 'business-end', onchange: (ev) => on.businessHours({ end: Number((ev.target as HTMLSelectElement).value) }) }, hours(tx, 1, 24), String(b.end)),
    h(
      'fieldset',
      { class: 'days' },
      h('legend', null, tx.sb_business_days),
      ...names.map((name, i) =>
        h(
          'label',
          { for: `business-day-${i + 1}`, class: 'day' },
          h('input', {
            id: `business-day-${i + 1}`,
            type: 'checkbox',
            checked: b.days.includes(i + 1),
            onchange: (ev) => on.workday(i + 1, (ev.target as HTMLInputElement).checked),
          }),
          name,
        ),
      ),
    ),
    wrong ? h('p', { id: 'business-error', class: 'status error', role: 'alert' }, tx.sb_bad_business_hours) : null,
  );
}
