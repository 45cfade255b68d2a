// Builds the add-on menu (Extensions › Sales KPI) in the user's language; safe in AuthMode.NONE.

import { type MessageKey, t } from '../i18n';
import { addAddonMenu } from '../gas/ui';
import type { Lang } from '../model/settings';

/** Menu items in order: message key of the caption, then the top-level function it runs (null = separator). */
export const MENU_ITEMS: readonly (readonly [MessageKey, string] | null)[] = [
  ['menu_map_columns', 'showMappingSidebar'],
  null,
  ['menu_generate_last', 'generateLastMonthDashboard'],
  ['menu_generate_month', 'generateMonthDashboard'],
  ['menu_refresh_all', 'refreshAllDashboards'],
  ['menu_schedule', 'toggleMonthlySchedule'],
  ['menu_schedule_status', 'showScheduleStatus'],
  null,
  ['menu_sample', 'insertSampleData'],
  ['menu_help', 'showSalesKpiHelp'],
];

/** Adds the menu in `lang`, with an edition's own items before Help; only Ui calls (safe in AuthMode.NONE). */
export function buildMenu(lang: Lang, editionItems: readonly (readonly [MessageKey, string])[] = []): void {
  const items = editionItems.length > 0 ? [...MENU_ITEMS.slice(0, -1), null, ...editionItems, MENU_ITEMS[MENU_ITEMS.length - 1]] : MENU_ITEMS;
  addAddonMenu(items.map((item) => (item === null ? null : { caption: t(lang, item[0]), functionName: item[1] })));
}
