// Bundle entry of the BigQuery edition: the whole add-on plus "Connect a BigQuery table…" (Connected Sheets).

import { menuLang } from './addon/menu-lang';
import { buildMenu } from './addon/menu';

export * from './main';
export { connectBigQueryTable } from './bigquery/entry';

/** The edition's menu: the add-on's items and the BigQuery one (these local exports take the place of main's). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(menuLang(e), [['menu_connect_bigquery', 'connectBigQueryTable']]);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
