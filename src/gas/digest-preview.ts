// The digest of the newest dashboard tab, rebuilt from the tables (for the dialog's preview and the test send).

import type { GeneratedMonth } from '../addon/after-generate';
import { buildDashboardModel } from '../dashboard/model';
import { ownTabs } from '../dashboard/tab-plan';
import { UserError } from '../i18n';
import { parseConfig, CONFIG_PROPERTY_KEY } from '../model/config';
import { langOf, type Lang } from '../model/settings';
import { dayOfInstantIn, formatMinuteIn } from '../model/timezone';
import { listTabs } from './dashboard-tabs';
import { readInput } from './read-tables';
import { spreadsheetSettings } from './spreadsheet-context';

/** The newest own dashboard tab as a generated month (its models rebuilt in any language); a message if there is none. */
export function newestGeneratedMonth(): GeneratedMonth {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { config } = parseConfig(PropertiesService.getDocumentProperties().getProperty(CONFIG_PROPERTY_KEY));
  const settings = spreadsheetSettings(config?.settings, ss);
  const lang = langOf(settings.locale);
  const newest = ownTabs(listTabs(ss))
    .filter((tab) => tab.tag?.month)
    .sort((a, b) => (a.tag!.month < b.tag!.month ? 1 : -1))[0];
  if (!config || !newest) throw new UserError('digest_no_dashboard');
  const [y, m] = newest.tag!.month.split('-').map(Number);
  const month = y * 12 + m - 1;
  const nowMs = Date.now();
  const { input, problems } = readInput(config, settings, dayOfInstantIn(settings.timeZone)(nowMs), ss);
  const generatedAt = formatMinuteIn(settings.timeZone, nowMs);
  const modelIn = (l: Lang) => buildDashboardModel(input, month, l, settings, { generatedAt, problems });
  const model = modelIn(lang);
  return { tabName: newest.name, sheetId: newest.sheet.getSheetId(), spreadsheetUrl: ss.getUrl(), model, modelIn };
}
