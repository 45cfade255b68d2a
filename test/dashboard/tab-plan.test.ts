// Tab decisions: our tab is found by its tag (not its name), free names, month order, run log, typed months.

import { appendRun, parseRunLog } from '../../src/dashboard/run-log';
import { parseMonthInput } from '../../src/dashboard/month-input';
import { afterPublish, freeName, insertIndex, ownTab, parseTag, type TabInfo } from '../../src/dashboard/tab-plan';

const tag = (month: string, name: string) => ({ month, version: 1, generatedAt: '', name });
const tabs: TabInfo[] = [
  { name: 'Deals', index: 0, tag: null },
  { name: 'KPI 2024-01', index: 1, tag: tag('2024-01', 'KPI 2024-01') },
  { name: 'KPI 2024-03', index: 2, tag: null },
  { name: 'My March', index: 3, tag: tag('2024-03', 'KPI 2024-03') },
  { name: 'KPI 2024-05', index: 4, tag: tag('2024-05', 'KPI 2024-05') },
];

describe('dashboard tab planning', () => {
  test('our tab for a month is the tagged one that keeps the name we gave it', () => {
    expect(ownTab(tabs, '2024-01')?.index).toBe(1);
    expect(ownTab(tabs, '2024-03')).toBeUndefined();
  });

  test('a name taken by a user tab gets a (2) suffix, case-insensitively', () => {
    expect(freeName('KPI 2024-03', tabs.map((t) => t.name))).toBe('KPI 2024-03 (2)');
    expect(freeName('kpi 2024-03', ['KPI 2024-03', 'KPI 2024-03 (2)'])).toBe('kpi 2024-03 (3)');
    expect(freeName('KPI 2024-04', tabs.map((t) => t.name))).toBe('KPI 2024-04');
  });

  test('dashboards go newest first: a new month before the first dashboard of an earlier month, else after the later ones', () => {
    expect(insertIndex(tabs, '2024-04')).toBe(1);
    expect(insertIndex(tabs, '2024-07')).toBe(1);
    expect(insertIndex(tabs, '2023-12')).toBe(5);
    expect(insertIndex(tabs, '2024-01', tabs[1])).toBe(2);
  });

  test('the first dashboard of a workbook becomes its first tab', () => {
    expect(insertIndex([{ name: 'Deals', index: 0, tag: null }], '2024-01')).toBe(0);
    expect(insertIndex([], '2024-01')).toBe(0);
  });

  test('after a swap the positions shift as in Sheets: an insert pushes later tabs right, a deletion pulls them left', () => {
    const added = { name: 'KPI 2024-04', index: 4, tag: tag('2024-04', 'KPI 2024-04') };
    expect(afterPublish(tabs, added).map((t) => [t.name, t.index])).toEqual([
      ['Deals', 0], ['KPI 2024-01', 1], ['KPI 2024-03', 2], ['My March', 3], ['KPI 2024-04', 4], ['KPI 2024-05', 5],
    ]);
    const again = { name: 'KPI 2024-01', index: 2, tag: tag('2024-01', 'KPI 2024-01') };
    expect(afterPublish(tabs, again, tabs[1]).map((t) => [t.name, t.index])).toEqual([
      ['Deals', 0], ['KPI 2024-01', 1], ['KPI 2024-03', 2], ['My March', 3], ['KPI 2024-05', 4],
    ]);
  });

  test('a tag must name a month; anything else is not ours', () => {
    expect(parseTag('{"month":"2024-03","version":1,"generatedAt":"x","name":"KPI 2024-03"}')?.name).toBe('KPI 2024-03');
    expect(parseTag('{"month":"March"}')).toBeNull();
    expect(parseTag('not json')).toBeNull();
    expect(parseTag(null)).toBeNull();
  });

  test('the run log keeps the last 24 runs and survives a corrupt value', () => {
    let raw: string | null = 'garbage';
    for (let i = 0; i < 30; i++) raw = appendRun(raw, { at: `run ${i}`, trigger: 'scheduled', months: ['2024-03'], outcome: 'ok' });
    const log = parseRunLog(raw);
    expect(log).toHaveLength(24);
    expect(log[0].at).toBe('run 6');
    expect(log[23].at).toBe('run 29');
    const long = appendRun(null, { at: 'x', trigger: 'manual', months: [], outcome: 'error', message: 'e'.repeat(1000) });
    expect(parseRunLog(long)[0].message).toHaveLength(300);
  });

  test('a typed month is read as YYYY-MM or MM/YYYY, and nonsense is refused', () => {
    expect(parseMonthInput(' 2024-03 ')).toBe(2024 * 12 + 2);
    expect(parseMonthInput('03/2024')).toBe(2024 * 12 + 2);
    expect(parseMonthInput('2024-13')).toBeNull();
    expect(parseMonthInput('mars')).toBeNull();
  });
});
