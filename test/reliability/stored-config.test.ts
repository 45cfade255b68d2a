// Stored configuration corrupted, reshaped, from an older release, too large, or out of date with the workbook.

import { PROPERTY_VALUE_LIMIT, snapshotWorkbook } from '../../scripts/runtime';
import { t } from '../../src/i18n';
import { CONFIG_MAX_BYTES, CONFIG_PROPERTY_KEY, describeProblem } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import type { Draft, LoadResult } from '../../src/sidebar/protocol';
import { dealsConfig, runLog, setup, TAB, tab, tabNames } from './runtime-fixture';

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

const V1 = JSON.stringify({
  version: 1,
  mappings: [{ entity: 'deals', sheet: 'Deals', columns: { closed: 'Close date', stage: 'Stage', amount: 'Amount', owner: 'Owner' } }],
  currency: 'EUR',
});

describeBuilt('a stored configuration that is not what this release wrote', () => {
  test.each([
    ['unreadable JSON', '{"version":2,"entities":{"deals":', 'config_corrupt_reset'],
    ['JSON of another shape', '[1,2,3]', 'config_invalid_reset'],
    ['a newer or unknown version', JSON.stringify({ ...dealsConfig(), version: 7 }), 'config_invalid_reset'],
    ['a mapping with a header row of -3', JSON.stringify({ ...dealsConfig(), entities: { deals: { sheet: 'Deals', headerRow: -3, fields: {} } } }), 'config_invalid_reset'],
  ] as const)('%s: the sidebar says it was reset and proposes a mapping; the dashboard asks for one; nothing is lost', (_what, raw, notice) => {
    const { runtime, workbook } = setup({ rawConfig: raw });
    const before = snapshotWorkbook(workbook);
    const load = runtime.call<LoadResult>('sidebarLoad');
    expect(load.notice).toBe(t('en', notice));
    expect(load.draft.entities.deals?.sheet).toBe('Deals');
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining(t('en', 'dash_no_config'))]);
    expect(workbook).toEqual(before);
    expect(runtime.state.properties.document.get(CONFIG_PROPERTY_KEY)).toBe(raw);
  });

  test('a version-1 configuration is migrated: the dashboard is generated and the sidebar asks to check it', () => {
    const { runtime, workbook } = setup({ rawConfig: V1 });
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts).toEqual([]);
    expect(tabNames(workbook)).toEqual([TAB, 'Deals']);
    expect(tab(workbook)?.values.flat()).toContain(4000);
    const load = runtime.call<LoadResult>('sidebarLoad');
    expect(load.notice).toBe(t('en', 'config_migrated'));
    expect(load.draft.entities.deals?.fields).toMatchObject({ amount: 'Amount', stage: 'Stage' });
  });

  /** 50 distinct labels of 190 characters: the most the sidebar sends, about 19 KB for both lists. */
  const labels = (word: string) => Array.from({ length: 50 }, (_, i) => `${word} ${i} ${'x'.repeat(180)}`);

  test('saving a mapping too large for a property is refused with a message and the saved one is kept', () => {
    const { runtime } = setup();
    const saved = runtime.state.properties.document.get(CONFIG_PROPERTY_KEY);
    const draft: Draft = {
      entities: { deals: { sheet: 'Deals', headerRow: 1, fields: { closed: 'Close date', stage: 'Stage', amount: 'Amount' } } },
      settings: { currency: 'EUR', fiscalYearStart: 1, wonLabels: labels('Signed'), lostLabels: labels('Dropped') },
    };
    expect(() => runtime.call('sidebarSave', draft)).toThrow(/too large to save \(\d+ bytes, limit 9000\)/);
    expect(runtime.state.properties.document.get(CONFIG_PROPERTY_KEY)).toBe(saved);
  });

  test('a mapping saved through the sidebar stays under 9,000 bytes and is read back as it was saved', () => {
    const { runtime } = setup({ rawConfig: null });
    const load = runtime.call<LoadResult>('sidebarLoad');
    runtime.call('sidebarSave', load.draft);
    const stored = runtime.state.properties.document.get(CONFIG_PROPERTY_KEY) ?? '';
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThanOrEqual(CONFIG_MAX_BYTES);
    expect(runtime.call<LoadResult>('sidebarLoad').draft).toEqual(load.draft);
  });

  test('a stored value far over the limit (written by hand) is still read without a crash', () => {
    const huge = JSON.stringify({ ...dealsConfig(), settings: { ...DEFAULT_SETTINGS, locale: 'en_US', wonLabels: Array.from({ length: 3000 }, (_, i) => `won ${i}`) } });
    const { runtime, workbook } = setup({ rawConfig: huge });
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts).toEqual([]);
    expect(tabNames(workbook)).toEqual([TAB, 'Deals']);
  });
});

describeBuilt('a workbook changed after the mapping was saved', () => {
  test('a renamed data sheet: the dashboard names the missing sheet, changes nothing, and the sidebar suggests the new name', () => {
    const { runtime, workbook } = setup();
    workbook.sheets[0].name = 'Deals 2024';
    const before = snapshotWorkbook(workbook);
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining(describeProblem('en', { kind: 'sheet_missing', entity: 'deals', sheet: 'Deals', missing: 'Deals' }))]);
    expect(workbook).toEqual(before);
    const load = runtime.call<LoadResult>('sidebarLoad');
    expect(load.problems.map((p) => p.fix)).toContainEqual({ kind: 'sheet', entity: 'deals', sheet: 'Deals 2024' });
  });

  test('a deleted data sheet: the run is logged as an error and the lock is free', () => {
    const { runtime, workbook } = setup();
    workbook.sheets.splice(0, 1, { ...workbook.sheets[0], name: 'Notes', values: [['nothing here']], formulas: [['']] });
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts.map((a) => a.prompt)).toEqual([expect.stringContaining(describeProblem('en', { kind: 'sheet_missing', entity: 'deals', sheet: 'Deals', missing: 'Deals' }))]);
    expect(runLog(runtime).map((e) => e.outcome)).toEqual(['error']);
    expect(runtime.state.locks.document.holder).toBeNull();
  });

  test('a renamed column: the dashboard is generated without it and says which column is missing', () => {
    const { runtime, workbook } = setup();
    workbook.sheets[0].values[0][7] = 'Why lost';
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts).toEqual([]);
    expect(tab(workbook)?.values.flat()).toContainEqual(expect.stringContaining(describeProblem('en', { kind: 'header_missing', entity: 'deals', field: 'lost_reason', sheet: 'Deals', missing: 'Lost reason' })));
  });
});

describeBuilt('the run log', () => {
  /** A refresh of 60 months that failed with a long message: about 1 KB in the log. */
  const longRun = (i: number) => ({
    at: `2024-03-${String(i + 1).padStart(2, '0')}T06:00:00Z`,
    trigger: 'refresh',
    months: Array.from({ length: 60 }, (_, m) => `${2019 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`),
    outcome: 'error',
    message: 'x'.repeat(300),
  });

  test('keeps recording runs, under the property limit, once long runs have nearly filled it', () => {
    const entries: ReturnType<typeof longRun>[] = [];
    while (JSON.stringify([...entries, longRun(entries.length)]).length < PROPERTY_VALUE_LIMIT - 200) entries.push(longRun(entries.length));
    const { runtime } = setup();
    runtime.state.properties.document.set('salesKpi.runLog', JSON.stringify(entries));
    for (let i = 0; i < 5; i++) runtime.call('generateLastMonthDashboard');
    const log = runtime.state.properties.document.get('salesKpi.runLog') ?? '';
    expect(Buffer.byteLength(log, 'utf8')).toBeLessThanOrEqual(PROPERTY_VALUE_LIMIT);
    expect(runLog(runtime).filter((e) => e.outcome === 'ok')).toHaveLength(5);
  });
});
