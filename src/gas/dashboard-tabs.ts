// Finds the add-on's dashboard tabs by their developer metadata and swaps in a freshly built tab all-or-nothing.

import type { Layout } from '../dashboard/grid';
import { afterPublish, DASHBOARD_META_KEY, DASHBOARD_VERSION, insertIndex, ownTab, parseTag, type TabInfo, type TabTag } from '../dashboard/tab-plan';
import type { Lang } from '../model/settings';
import { writeLayout } from './dashboard-writer';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SheetTab extends TabInfo {
  readonly sheet: Sheet;
}

/**
 * The tag's key: namespaced, since DOCUMENT-visible metadata is seen (and could be written) by any project with
 * access to the document. DOCUMENT visibility, not PROJECT: project-visible metadata is seen only by the Cloud
 * project that created it, and publishing attaches the script to another project, which would lose every tab.
 */
export const TAB_META_KEY = 'com.sales-kpi.addon/dashboard-tab';
/** Tags written before (PROJECT visibility, key `salesKpi.dashboard`): migrated when found. */
export const LEGACY_TAB_META_KEY = DASHBOARD_META_KEY;

/**
 * The tabs the add-on tagged, with name, position and tag: one metadata search over the sheets (3 calls), then 5
 * calls per tagged tab, however many other tabs and rows the workbook has. A tag of the old form (PROJECT visibility,
 * old key) is rewritten in place to the new form (2 calls, once): tabs stay found after a change of Cloud project.
 */
export function listTabs(ss: Spreadsheet): SheetTab[] {
  const tabs: SheetTab[] = [];
  const finder = ss.createDeveloperMetadataFinder().withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET);
  for (const meta of finder.find()) {
    const key = meta.getKey();
    if (key !== TAB_META_KEY && key !== LEGACY_TAB_META_KEY) continue;
    const sheet = meta.getLocation().getSheet();
    if (!sheet) continue;
    if (key === LEGACY_TAB_META_KEY) {
      meta.setKey(TAB_META_KEY);
      meta.setVisibility(SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
    }
    tabs.push({ sheet, index: sheet.getIndex() - 1, name: sheet.getName(), tag: parseTag(meta.getValue()) });
  }
  return tabs.sort((a, b) => a.index - b.index);
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

/** `preferred (2)`, `(3)`...: the first name no tab uses, probed one name at a time. */
function freeSheetName(ss: Spreadsheet, preferred: string): string {
  if (!ss.getSheetByName(preferred)) return preferred;
  for (let i = 2; ; i++) {
    const candidate = `${preferred} (${i})`;
    if (!ss.getSheetByName(candidate)) return candidate;
  }
}

/** Tags the tab (month, version, generated-at, name) and protects it with a warning (no description: one call less). */
function tagAndProtect(sheet: Sheet, request: PublishRequest, name: string): TabTag {
  const tag: TabTag = { month: request.month, version: DASHBOARD_VERSION, generatedAt: request.generatedAt, name };
  sheet.addDeveloperMetadata(TAB_META_KEY, JSON.stringify(tag), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  sheet.protect().setWarningOnly(true);
  return tag;
}

/** The published tab, its name, and the updated list of tagged tabs (for the next month of the same run). */
export interface Published {
  readonly sheet: Sheet;
  readonly name: string;
  readonly tabs: SheetTab[];
}

/**
 * Publishes the month's tab all-or-nothing and returns it with its name (`insertSheet` made it the active tab) and
 * the tagged tabs after the swap (`tabs`: the list before it, from `listTabs`); on any error the workbook is left as it was and the error rethrown.
 * A new month: the tab is built under its final free name and deleted if anything fails. A month the add-on already
 * has a tab for (found by metadata, not by name): the new tab is built under a temporary name, and only once it is
 * complete is the old one renamed away, the new one renamed and the old one deleted; on error the temporary tab is
 * deleted and the old one restored. A user's tab with the same name is never touched: ours takes `KPI 2024-03 (2)`.
 */
export function publishTab(ss: Spreadsheet, request: PublishRequest, tabs: readonly SheetTab[] = listTabs(ss)): Published {
  const old = ownTab(tabs, request.month);
  const index = insertIndex(tabs, request.month, old);
  if (!old) {
    // Usually the name is free: one call. Sheets refuses a taken name before changing anything; then probe.
    let name = request.preferredName;
    let sheet: Sheet;
    try {
      sheet = ss.insertSheet(name, index);
    } catch {
      name = freeSheetName(ss, request.preferredName);
      sheet = ss.insertSheet(name, index);
    }
    try {
      writeLayout(sheet, request.layout);
      const tag = tagAndProtect(sheet, request, name);
      return { sheet, name, tabs: afterPublish(tabs, { sheet, index, name, tag }) };
    } catch (error) {
      tryQuietly(() => ss.deleteSheet(sheet));
      throw error;
    }
  }
  const tempName = `~Sales KPI ${request.month} ${Date.now() % 1e6}`;
  const temp = ss.insertSheet(tempName, index);
  let oldRenamed = false;
  let tempRenamed = false;
  try {
    writeLayout(temp, request.layout);
    old.sheet.setName(`~old ${tempName}`);
    oldRenamed = true;
    const finalName = old.name === request.preferredName ? old.name : freeSheetName(ss, request.preferredName);
    const tag = tagAndProtect(temp, request, finalName);
    temp.setName(finalName);
    tempRenamed = true;
    ss.deleteSheet(old.sheet);
    return { sheet: temp, name: finalName, tabs: afterPublish(tabs, { sheet: temp, index, name: finalName, tag }, old) };
  } catch (error) {
    if (tempRenamed) tryQuietly(() => temp.setName(tempName));
    tryQuietly(() => ss.deleteSheet(temp));
    if (oldRenamed) tryQuietly(() => old.sheet.setName(old.name));
    throw error;
  }
}
