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

describe('working days from the settings', () => {
  test('Saturday counts when it is a working day: Friday 17:00 → Monday 10:00 is 2 + 9 hours', () => {
    expect(businessHoursBetween(at('2024-03-15', 17), at('2024-03-18', 10), 9, 18, [1, 2, 3, 4, 5, 6])).toBeCloseTo(11, 9);
  });
  test('a two-week span counts the working days given: Monday to Thursday is 8 days', () => {
    expect(businessHoursBetween(at('2024-03-11', 9), at('2024-03-25', 9), 9, 18, [1, 2, 3, 4])).toBeCloseTo(8 * 9, 9);
  });
  test('every day a working day: 24 hours a day, whole days counted', () => {
    expect(businessHoursBetween(at('2024-03-16', 0), at('2024-03-18', 0), 0, 24, [1, 2, 3, 4, 5, 6, 7])).toBeCloseTo(48, 9);
  });
});
