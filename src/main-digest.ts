// Bundle entry of the digest edition: the whole add-on plus the e-mail digest after each generated dashboard.

import { setAfterGenerate } from './addon/after-generate';
import { menuLang } from './addon/menu-lang';
import { buildMenu } from './addon/menu';
import { sendDigestAfterGenerate } from './gas/digest-send';
import { declareUserEmailScope } from './gas/session';

export * from './main';
export { saveDigestSettings, sendDigestTest, showDigestDialog } from './digest/entry';

setAfterGenerate(sendDigestAfterGenerate);
declareUserEmailScope();

/** The edition's menu: the add-on's items and the digest's (these local exports take the place of main's). */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(menuLang(e), [['menu_digest', 'showDigestDialog']]);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
