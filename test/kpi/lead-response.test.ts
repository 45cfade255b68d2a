// Lead response time is measured from date-times, in hours (elapsed, or business hours from the settings).

import { computeKpi } from '../../src/kpi/compute';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { day, input, month } from './table-builder';

const at = (iso: string, hour: number) => day(iso) + hour / 24;

describe('lead response time', () => {
  it('is half an hour for a 30-minute reply, not 0 calendar days', () => {
    const i = input({ leads: [{ created: at('2024-03-12', 10), first_contact: at('2024-03-12', 10.5) }] });
    expect(computeKpi('lead_response_time', i, month('2024-03')).value).toBeCloseTo(0.5, 9);
  });

  it('is 20 minutes for a reply across midnight, not 1 day', () => {
    const i = input({ leads: [{ created: at('2024-03-12', 23 + 50 / 60), first_contact: at('2024-03-13', 10 / 60) }] });
    expect(computeKpi('lead_response_time', i, month('2024-03')).value).toBeCloseTo(1 / 3, 9);
  });

  it('counts business hours only with LEAD_RESPONSE_BUSINESS_HOURS: Friday 17:00 → Monday 10:00 is 2 hours', () => {
    const leads = [{ created: at('2024-03-15', 17), first_contact: at('2024-03-18', 10) }];
    expect(computeKpi('lead_response_time', input({ leads }), month('2024-03')).value).toBeCloseTo(65, 9);
    expect(computeKpi('lead_response_business_hours', input({ leads }), month('2024-03')).value).toBeCloseTo(2, 9);
  });

  it('takes the working hours from the settings', () => {
    const data = input({ leads: [{ created: at('2024-03-15', 17), first_contact: at('2024-03-18', 10) }] });
    const late = { ...data, settings: { ...DEFAULT_SETTINGS, businessHours: { start: 8, end: 20 } } };
    expect(computeKpi('lead_response_business_hours', late, month('2024-03')).value).toBeCloseTo(5, 9);
  });

  it('notes when the dates carry no time, so the delays are whole days', () => {
    const r = computeKpi('lead_response_time', input({ leads: [{ created: '2024-03-12', first_contact: '2024-03-13' }] }), month('2024-03'));
    expect(r.value).toBe(24);
    expect(r.notes).toEqual(['response_dates_only']);
  });
});
