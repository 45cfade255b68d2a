// Finds the add-on's dashboard tabs by their developer metadata and swaps in a freshly built tab all-or-nothing.

import { t } from '../i18n';
import type { Layout } from '../dashboard/grid';
import { DASHBOARD_META_KEY, DASHBOARD_VERSION, freeName, insertIndex, ownTab, parseTag, type TabInfo, type TabTag } from '../dashboard/tab-plan';
import type { Lang } from '../model/settings';
import { writeLayout } from './dashboard-writer';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetTab extends TabInfo {
  readonly sheet: Sheet;
}

/** Every tab with its name, position and dashboard tag (one metadata read per tab, whatever the data size). */
export function listTabs(ss: Spreadsheet): SheetTab[] {
  return ss.getSheets().map((sheet, index) => {
    const meta = sheet.getDeveloperMetadata().find((m) => m.getKey() === DASHBOARD_META_KEY);
    return { sheet, index, name: sheet.getName(), tag: meta ? parseTag(meta.getValue()) : null };
  });
}

export interface PublishRequest {
  readonly month: string;
  readonly preferredName: string;
  readonly layout: Layout;
  readonly generatedAt: string;
  readonly lang: Lang;
}

function tryQuietly(step: () => void): void {
  try {
    step();
  } catch {
    // Rolling back: the original error is the one to report.
  }
}

/**
 * Builds the month's tab under a temporary name, and only once it is complete, replaces the add-on's previous
 * tab for that month (found by metadata, not by name). On any error the temporary tab is deleted and the old
 * tab restored, so the workbook is as it was. A user's tab with the same name is never touched: the new tab
 * then takes a free name (`KPI 2024-03 (2)`). Returns the final name.
 */
export function publishTab(ss: Spreadsheet, request: PublishRequest): Sheet {
  const tabs = listTabs(ss);
  const old = ownTab(tabs, request.month);
  const tempName = freeName(`~Sales KPI ${request.month} ${Date.now() % 1e6}`, tabs.map((tab) => tab.name));
  const temp = ss.insertSheet(tempName, insertIndex(tabs, request.month, old));
  let oldRenamed = false;
  let tempRenamed = false;
  try {
    writeLayout(temp, request.layout);
    const finalName = freeName(request.preferredName, tabs.filter((tab) => tab !== old).map((tab) => tab.name));
    const tag: TabTag = { month: request.month, version: DASHBOARD_VERSION, generatedAt: request.generatedAt, name: finalName };
    temp.addDeveloperMetadata(DASHBOARD_META_KEY, JSON.stringify(tag), SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    temp.protect().setDescription(t(request.lang, 'dash_protection')).setWarningOnly(true);
    if (old) {
      old.sheet.setName(freeName(`~old ${tempName}`, tabs.map((tab) => tab.name)));
      oldRenamed = true;
    }
    temp.setName(finalName);
    tempRenamed = true;
    if (old) ss.deleteSheet(old.sheet);
    return temp;
  } catch (error) {
    if (tempRenamed) tryQuietly(() => temp.setName(tempName));
    tryQuietly(() => ss.deleteSheet(temp));
    if (old && oldRenamed) tryQuietly(() => old.sheet.setName(old.name));
    throw error;
  }
}
