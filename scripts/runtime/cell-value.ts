// Cell value helpers shared by the local services: Date detection across realms, blanks, copies.

export type { CellValue } from './workbook-model';

/** True for a Date from any realm (the script's vm realm or the host's). */
export function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
