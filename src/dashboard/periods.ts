// The periods a monthly tile is compared with: previous month, same month last year, quarter- and year-to-date.

import type { Period } from '../kpi/types';
import { dayKey, firstDayOfMonth, type MonthIndex } from '../model/days';
import { monthPeriod } from '../model/period';

export interface ComparisonPeriods {
  readonly month: Period;
  readonly previous: Period;
  readonly lastYear: Period;
  /** From the first day of the fiscal quarter to the end of the month, and the same days a year earlier. */
  readonly qtd: Period;
  readonly qtdLastYear: Period;
  /** From the first day of the fiscal year (settings' `fiscalYearStart`) to the end of the month, and a year earlier. */
  readonly ytd: Period;
  readonly ytdLastYear: Period;
  /** The whole fiscal quarter the month belongs to (for its target). */
  readonly quarter: Period;
  /** Fiscal quarter number (1-4) and the fiscal year's first calendar year. */
  readonly quarterNumber: number;
  readonly fiscalYear: number;
}

/** Months `[from, to]` as a period keyed `YYYY-MM-DD..YYYY-MM-DD` (what `parsePeriod` reads back with two arguments). */
export function monthsPeriod(from: MonthIndex, to: MonthIndex): Period {
  const start = firstDayOfMonth(from);
  const end = firstDayOfMonth(to + 1);
  return from === to ? monthPeriod(from) : { key: `${dayKey(start)}..${dayKey(end - 1)}`, start, end };
}

/** Months since the start of the fiscal year whose first month is `fiscalYearStart` (1-12). */
function intoFiscalYear(month: MonthIndex, fiscalYearStart: number): number {
  return (((month % 12) - (fiscalYearStart - 1)) % 12 + 12) % 12;
}

export function comparisonPeriods(month: MonthIndex, fiscalYearStart: number): ComparisonPeriods {
  const inYear = intoFiscalYear(month, fiscalYearStart);
  const yearStart = month - inYear;
  const quarterStart = month - (inYear % 3);
  return {
    month: monthPeriod(month),
    previous: monthPeriod(month - 1),
    lastYear: monthPeriod(month - 12),
    qtd: monthsPeriod(quarterStart, month),
    qtdLastYear: monthsPeriod(quarterStart - 12, month - 12),
    ytd: monthsPeriod(yearStart, month),
    ytdLastYear: monthsPeriod(yearStart - 12, month - 12),
    quarter: monthsPeriod(quarterStart, quarterStart + 2),
    quarterNumber: Math.floor(inYear / 3) + 1,
    fiscalYear: Math.floor(yearStart / 12),
  };
}
