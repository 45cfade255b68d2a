// Calendar-day arithmetic: a day is an integer count of days since 1970-01-01, a month an integer year*12+month-1.

export type Day = number;
export type MonthIndex = number;

/** Day number of a civil date (proleptic Gregorian), month 1-12. */
export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number. */
export function civilFromDay(dayNumber: Day): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);
}

export function monthOfDay(dayNumber: Day): MonthIndex {
  const c = civilFromDay(dayNumber);
  return c.year * 12 + c.month - 1;
}

export function firstDayOfMonth(month: MonthIndex): Day {
  return dayFromCivil(Math.floor(month / 12), (month % 12) + 1, 1);
}

/** `YYYY-MM` label of a month index. */
export function monthKey(month: MonthIndex): string {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  return `${year}-${m < 10 ? '0' : ''}${m}`;
}

/** `YYYY-MM-DD` label of a day number. */
export function dayKey(dayNumber: Day): string {
  const c = civilFromDay(dayNumber);
  return `${c.year}-${c.month < 10 ? '0' : ''}${c.month}-${c.day < 10 ? '0' : ''}${c.day}`;
}

/** Day number of the Sheets/Excel serial 0 (1899-12-30). */
export const SERIAL_EPOCH_DAY = dayFromCivil(1899, 12, 30);
