// Tests of the last plausible day of a date column: today + a month at most, and no lone tail years after the bulk.

import { FUTURE_MARGIN_DAYS, lastPlausibleDay } from '../../src/model/date-outliers';
import { dayFromCivil } from '../../src/model/days';

const d = (y: number, m: number, day = 10) => dayFromCivil(y, m, day);
const bulk = Array.from({ length: 30 }, (_, i) => d(2024, 1 + (i % 6), 1 + i));

describe('lastPlausibleDay', () => {
  it('is today plus a month when today is known and nothing stands apart', () => {
    const today = d(2024, 7, 1);
    expect(lastPlausibleDay(Float64Array.from(bulk), null, today)).toBe(today + FUTURE_MARGIN_DAYS);
  });

  it('ends with the bulk when one row lies years after it (a 2042 typed for 2024)', () => {
    const last = lastPlausibleDay(Float64Array.from([...bulk, d(2042, 3)]), null, undefined);
    expect(last).toBeGreaterThanOrEqual(d(2024, 6, 30));
    expect(last).toBeLessThan(d(2025, 1, 1));
  });

  it('sets apart several far rows as long as they are few (2042 and 2199 among 30)', () => {
    const last = lastPlausibleDay(Float64Array.from([...bulk, d(2042, 3), d(2199, 1)]), null, undefined);
    expect(last).toBeLessThan(d(2025, 1, 1));
  });

  it('follows the data when the later rows are many, or when the gap is short', () => {
    const later = Array.from({ length: 10 }, (_, i) => d(2030, 1 + i));
    expect(lastPlausibleDay(Float64Array.from([...bulk, ...later]), null, undefined)).toBe(Number.POSITIVE_INFINITY);
    expect(lastPlausibleDay(Float64Array.from([...bulk, d(2025, 6)]), null, undefined)).toBe(Number.POSITIVE_INFINITY);
  });

  it('cannot tell one row from another in a column of two', () => {
    expect(lastPlausibleDay(Float64Array.from([d(2024, 1), d(2042, 3)]), null, undefined)).toBe(Number.POSITIVE_INFINITY);
  });

  it('ignores blanks and skipped rows (open deals’ expected close dates)', () => {
    const days = Float64Array.from([...bulk, Number.NaN, d(2042, 3)]);
    const skip = new Uint8Array(days.length);
    skip[days.length - 1] = 1;
    expect(lastPlausibleDay(days, skip, undefined)).toBe(Number.POSITIVE_INFINITY);
  });
});
