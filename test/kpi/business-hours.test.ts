// Business hours between two date-times: Monday to Friday, within the working day of the settings.

import { businessHoursBetween } from '../../src/kpi/business-hours';
import { day } from './table-builder';

const at = (iso: string, hour: number) => day(iso) + hour / 24;

describe('business hours', () => {
  it('count the working hours of one day', () => {
    expect(businessHoursBetween(at('2024-03-11', 9.5), at('2024-03-11', 10), 9, 18)).toBeCloseTo(0.5, 9); // Monday
    expect(businessHoursBetween(at('2024-03-11', 7), at('2024-03-11', 20), 9, 18)).toBeCloseTo(9, 9);
  });

  it('skip the night and the week-end: Friday 17:00 → Monday 10:00 is 2 hours', () => {
    expect(businessHoursBetween(at('2024-03-15', 17), at('2024-03-18', 10), 9, 18)).toBeCloseTo(2, 9);
  });

  it('count whole weeks in between at five working days each', () => {
    expect(businessHoursBetween(at('2024-03-11', 9), at('2024-03-25', 9), 9, 18)).toBeCloseTo(10 * 9, 9);
    expect(businessHoursBetween(at('2024-03-11', 9), at('2024-03-12', 9), 9, 17)).toBeCloseTo(8, 9);
  });

  it('are 0 on a week-end or when the reply comes first', () => {
    expect(businessHoursBetween(at('2024-03-16', 10), at('2024-03-17', 15), 9, 18)).toBe(0);
    expect(businessHoursBetween(at('2024-03-12', 10), at('2024-03-11', 15), 9, 18)).toBe(0);
  });
});
