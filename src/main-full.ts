// Bundle entry of the full edition: the add-on with BigQuery (Connected Sheets) and the e-mail digest.

import { setAfterGenerate } from './addon/after-generate';
import { menuLang } from './addon/menu-lang';
import { buildMenu } from './addon/menu';
import { sendDigestAfterGenerate } from './gas/digest-send';
import { declareUserEmailScope } from './gas/session';

export * from './main';
export { connectBigQueryTable } from './bigquery/entry';
export { saveDigestSettings, sendDigestTest, showDigestDialog } from './digest/entry';

setAfterGenerate(sendDigestAfterGenerate);
declareUserEmailScope();

/** The edition's menu (these local exports take the place of main's). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(menuLang(e), [
    ['menu_digest', 'showDigestDialog'],
    ['menu_connect_bigquery', 'connectBigQueryTable'],
  ]);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
