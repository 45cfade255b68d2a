// Workbook settings that shape parsing and computing: locale, time zone, currency, stage labels.

export type Lang = 'fr' | 'en';

export interface Settings {
  /** Spreadsheet locale such as `fr_FR` or `en_US`; chooses the language and number formats. */
  readonly locale: string;
  /** Spreadsheet time zone (IANA), in which Date cells are turned into calendar days and months. */
  readonly timeZone: string;
  /** ISO 4217 code of the workbook's currency. */
  readonly currency: string;
  /** First month (1-12) of the fiscal year; `2024` as a period then means the fiscal year starting in 2024. */
  readonly fiscalYearStart: number;
  /** Extra stage labels that mean won / lost / still open, on top of the built-in ones (a label in one list only). */
  readonly wonLabels: readonly string[];
  readonly lostLabels: readonly string[];
  readonly openLabels: readonly string[];
  /** Working hours (0–24) and days, for times counted in business hours (LEAD_RESPONSE_BUSINESS_HOURS). */
  readonly businessHours?: BusinessHours;
}

export interface BusinessHours {
  /** Opening and closing hour (0–24) of a working day. */
  readonly start: number;
  readonly end: number;
  /** On: the dashboard's lead response time counts business hours (off or absent: elapsed hours). */
  readonly on?: boolean;
  /** Working days, ISO weekdays 1 (Monday) … 7 (Sunday); absent: Monday to Friday. */
  readonly days?: readonly number[];
}

/** Monday to Friday, as ISO weekdays. */
export const WORKING_DAYS: readonly number[] = [1, 2, 3, 4, 5];

export const DEFAULT_SETTINGS: Settings = {
  locale: 'en_US',
  timeZone: 'Europe/Paris',
  currency: 'EUR',
  fiscalYearStart: 1,
  wonLabels: [],
  lostLabels: [],
  openLabels: [],
  businessHours: { start: 9, end: 18 },
};

export function langOf(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
