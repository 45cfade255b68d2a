// The bad-input cases again, through the built bundle as Sheets calls a custom function (Dates from another realm).

import { createRuntime, workbookFromArrays } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY, serializeConfig } from '../../src/model/config';
import { BAD_INPUT_CASES, type BadInputCase } from '../fixtures/bad-inputs';
import { configFor, settingsFor } from './pipeline';
import { BUNDLE } from './runtime-fixture';

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

function values(c: BadInputCase): unknown[][] {
  const blanks = Array.from({ length: c.trailingBlankRows ?? 0 }, () => c.headers.map(() => ''));
  return [...(c.above ?? []).map((r) => [...r]), [...c.headers], ...c.rows.map((r) => [...r]), ...blanks];
}

const WITH_FN = BAD_INPUT_CASES.filter((c) => c.expect.fn);

describeBuilt('custom functions on bad inputs in the built bundle', () => {
  test.each(WITH_FN.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const fn = c.expect.fn!;
    const settings = { ...settingsFor(c.locale), currency: c.currency ?? 'EUR' };
    const main = { entity: c.entity, sheet: c.sheet ?? 'Data', values: values(c), mapping: c.mapping, fallbacks: c.fallbacks };
    const sheets = c.extra ? [main, { entity: c.extra.entity, sheet: 'Extra', values: [[...c.extra.headers], ...c.extra.rows.map((r) => [...r])] }] : [main];
    const workbook = workbookFromArrays({ Sheet1: [['']] }, { locale: settings.locale, timeZone: settings.timeZone });
    const runtime = createRuntime({ workbook }).load(BUNDLE);
    runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(configFor(sheets, settings)));
    const call = () => runtime.callCustomFunction<number>(fn.name, ...sheets.map((s) => s.values), c.expect.period ?? '2024-03');
    if (fn.error) expect(call).toThrow(fn.error);
    else expect(call()).toBeCloseTo(fn.value ?? Number.NaN, 9);
  });
});
