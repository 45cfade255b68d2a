// Reads the month a person types in the "Generate dashboard for a month…" prompt (`2024-03`, `03/2024`).

import type { MonthIndex } from '../model/days';
import { isPeriodYear } from '../model/period';

const YEAR_FIRST = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/;
const MONTH_FIRST = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/;

/** The month index, or null when the text is not a month between 1900 and 2999. */
export function parseMonthInput(text: string): MonthIndex | null {
  const s = text.trim();
  let year: number;
  let month: number;
  const a = YEAR_FIRST.exec(s);
  const b = a ? null : MONTH_FIRST.exec(s);
  if (a) {
    year = Number(a[1]);
    month = Number(a[2]);
  } else if (b) {
    year = Number(b[2]);
    month = Number(b[1]);
  } else {
    return null;
  }
  if (month < 1 || month > 12 || !isPeriodYear(year)) return null;
  return year * 12 + month - 1;
}
