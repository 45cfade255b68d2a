// The menu's language, from the spreadsheet when it can be read, else from the user's own locale.

import { userLang, userLangWithoutSpreadsheet } from '../gas/spreadsheet-context';
import type { Lang } from '../model/settings';

/** The menu's language. In AuthMode.NONE (add-on not yet used in this document) the spreadsheet's locale can't be
 * read, so the user's own locale (Session.getActiveUserLocale) is used; otherwise the spreadsheet's locale. */
export function menuLang(e?: { authMode?: unknown }): Lang {
  if (e && String(e.authMode) === 'NONE') return userLangWithoutSpreadsheet();
  try {
    return userLang();
  } catch {
    return userLangWithoutSpreadsheet();
  }
}
