// Pure decisions about dashboard tabs: the metadata tag, which tab is ours, a free name, where a month's tab goes.

export const DASHBOARD_META_KEY = 'salesKpi.dashboard';
export const DASHBOARD_VERSION = 1;

/** What the add-on writes in a dashboard tab's developer metadata. */
export interface TabTag {
  readonly month: string;
  readonly version: number;
  readonly generatedAt: string;
  /** The name the add-on gave the tab; a tab whose name differs was renamed by a person and is left alone. */
  readonly name: string;
}

/** A tab of the workbook as the planner sees it: its name, 0-based position and tag (when the add-on made it). */
export interface TabInfo {
  readonly name: string;
  readonly index: number;
  readonly tag: TabTag | null;
}

export function parseTag(raw: string | null | undefined): TabTag | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<TabTag>;
    if (typeof v.month !== 'string' || !/^\d{4}-\d{2}$/.test(v.month)) return null;
    return { month: v.month, version: Number(v.version) || 0, generatedAt: String(v.generatedAt ?? ''), name: String(v.name ?? '') };
  } catch {
    return null;
  }
}

/** The tab the add-on made for `month` and that nobody renamed since, if any. */
export function ownTab<T extends TabInfo>(tabs: readonly T[], month: string): T | undefined {
  return tabs.find((tab) => tab.tag !== null && tab.tag.month === month && tab.tag.name === tab.name);
}

/** Tabs the add-on may regenerate: its own, not renamed. */
export function ownTabs<T extends TabInfo>(tabs: readonly T[]): T[] {
  return tabs.filter((tab) => tab.tag !== null && tab.tag.name === tab.name);
}

/** `preferred`, or `preferred (2)`, `(3)`... : the first name no other tab uses (Sheets compares names case-insensitively). */
export function freeName(preferred: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(preferred.toLowerCase())) return preferred;
  for (let i = 2; ; i++) {
    const candidate = `${preferred} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The 0-based position for the new tab of `month`, counted while the old tab (`replacing`) is still there:
 * right after the old tab when there is one, else before the first dashboard tab of an earlier month, else after
 * the last dashboard tab of a later month, else first of all tabs (the workbook then opens near it). Dashboard tabs
 * thus stay ordered newest first, and the latest month is the first dashboard.
 */
export function insertIndex(tabs: readonly TabInfo[], month: string, replacing?: TabInfo): number {
  if (replacing) return replacing.index + 1;
  const tagged = tabs.filter((tab) => tab.tag !== null);
  const earlier = tagged.filter((tab) => (tab.tag as TabTag).month < month).sort((a, b) => a.index - b.index)[0];
  if (earlier) return earlier.index;
  const later = tagged.filter((tab) => (tab.tag as TabTag).month >= month).sort((a, b) => b.index - a.index)[0];
  if (later) return later.index + 1;
  return 0;
}

/**
 * The tab list after `added` was inserted at `added.index` (counted while `replaced` was still there) and `replaced`
 * (one of `tabs`), if any, deleted: positions shift as Sheets shifts them, so several months need one metadata search.
 */
export function afterPublish<T extends TabInfo>(tabs: readonly T[], added: T, replaced?: T): T[] {
  const inserted = (index: number) => (index >= added.index ? index + 1 : index);
  const removed = replaced ? inserted(replaced.index) : null;
  const final = (index: number) => (removed !== null && index > removed ? index - 1 : index);
  const kept = tabs.filter((tab) => tab !== replaced).map((tab) => ({ ...tab, index: final(inserted(tab.index)) }));
  return [...kept, { ...added, index: final(added.index) }].sort((a, b) => a.index - b.index);
}
