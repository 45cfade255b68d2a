// Date-time cells keep their time of day (in the spreadsheet time zone), so elapsed times are measured in hours.

import { timeOfDayIn } from '../../src/model/time-of-day';

const paris = timeOfDayIn('Europe/Paris');
const hours = (fraction: number) => Math.round(fraction * 24 * 1000) / 1000;

describe('the time of day of a cell', () => {
  it('reads a Date in the spreadsheet time zone, as Sheets passes a date-time cell', () => {
    expect(hours(paris(new Date(Date.UTC(2024, 2, 15, 13, 30))))).toBe(14.5); // 14:30 in Paris (UTC+1 in March)
    expect(hours(paris(new Date(Date.UTC(2024, 6, 15, 12, 0))))).toBe(14); // 14:00 in Paris (UTC+2 in July)
  });

  it('reads the fraction of a serial number and the time written after a date', () => {
    expect(paris(45366.25)).toBe(0.25);
    expect(hours(paris('2024-03-15 14:30'))).toBe(14.5);
    expect(hours(paris('15/03/2024 08:05:30'))).toBeCloseTo(8.092, 3);
    expect(hours(paris('3/15/2024 2:30 PM'))).toBe(14.5);
    expect(hours(paris('3/15/2024 12:15 am'))).toBe(0.25);
    expect(hours(paris('2024-03-15T13:30:00Z'))).toBe(14.5);
    expect(hours(paris('2024-03-15T14:30:00+01:00'))).toBe(14.5);
  });

  it('gives 0 to a date without a time and to an impossible time', () => {
    expect(paris('2024-03-15')).toBe(0);
    expect(paris('15/03/2024 25:00')).toBe(0);
    expect(paris('')).toBe(0);
    expect(paris(null)).toBe(0);
  });
});
