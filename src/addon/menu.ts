// Builds the add-on menu (Extensions › Sales KPI) in the user's language; safe in AuthMode.NONE.

import { type MessageKey, t } from '../i18n';
import type { Lang } from '../model/settings';

/** Menu items in order: message key of the caption, then the top-level function it runs (null = separator). */
export const MENU_ITEMS: readonly (readonly [MessageKey, string] | null)[] = [
  ['menu_map_columns', 'showMappingSidebar'],
  null,
  ['menu_generate_last', 'generateLastMonthDashboard'],
  ['menu_generate_month', 'generateMonthDashboard'],
  ['menu_refresh_all', 'refreshAllDashboards'],
  ['menu_schedule', 'toggleMonthlySchedule'],
  null,
  ['menu_sample', 'insertSampleData'],
  ['menu_help', 'showSalesKpiHelp'],
];

/** Adds the menu; calls only `getUi`, `createAddonMenu`, `addItem`, `addSeparator` and `addToUi`. */
export function buildMenu(lang: Lang): void {
  let menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    menu = item === null ? menu.addSeparator() : menu.addItem(t(lang, item[0]), item[1]);
  }
  menu.addToUi();
}
