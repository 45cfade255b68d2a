// The active spreadsheet's locale and time zone, merged with the saved settings; the user's language.

import { DEFAULT_SETTINGS, type Lang, langOf, type Settings } from '../model/settings';
import { knownTimeZone } from './time-zone';

/** Settings for this run: the spreadsheet's own locale and time zone win over saved ones (they are the truth); an unknown zone stops the run. */
export function spreadsheetSettings(
  saved?: Settings | null,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): Settings {
  const base = saved ?? DEFAULT_SETTINGS;
  return {
    ...base,
    locale: ss.getSpreadsheetLocale() || base.locale,
    timeZone: knownTimeZone(ss.getSpreadsheetTimeZone() || base.timeZone),
  };
}

/** The language of the spreadsheet (used for every message, menu and dashboard). */
export function userLang(): Lang {
  return langOf(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
}

/** In AuthMode.NONE (onOpen before authorisation) the spreadsheet can't be read: use the user's locale. */
export function userLangWithoutSpreadsheet(): Lang {
  return langOf(Session.getActiveUserLocale());
}
