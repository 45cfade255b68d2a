// Opens the column-mapping sidebar (menu action): the built Sidebar.html, titled in the user's language.

import { t } from '../i18n';
import { userLang } from './spreadsheet-context';

export function showMappingSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .setTitle(t(userLang(), 'sb_title'))
    .setSandboxMode(HtmlService.SandboxMode.IFRAME);
  SpreadsheetApp.getUi().showSidebar(html);
}
