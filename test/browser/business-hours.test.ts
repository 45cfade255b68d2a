// Business hours set in the sidebar (Chromium): switch, hours and days saved in the document, and the KPI follows them.

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createRuntime, type Runtime } from '../../scripts/runtime/runtime';
import { type SheetModel, workbookFromArrays } from '../../scripts/runtime/workbook-model';
import { axeViolations, ROOT, sidebarSession, WAIT_MS } from './harness';

jest.setTimeout(120000);

/** A local date-time in Paris (UTC+1 in March), as Sheets passes a date-time cell. */
const paris = (d: number, hour: number) => new Date(Date.UTC(2024, 2, d, hour - 1));
// A Friday-evening lead answered on Monday at 10:00 (65 hours elapsed), and one answered within the hour on Tuesday.
const LEADS = [
  ['Lead', 'Date de création', 'Premier contact'],
  ['Lead 1', paris(15, 17), paris(18, 10)],
  ['Lead 2', paris(19, 10), paris(19, 11)],
];

const session = sidebarSession();
let runtime: Runtime;

beforeAll(() => {
  const workbook = workbookFromArrays({ Leads: LEADS as never }, { locale: 'fr_FR', timeZone: 'Europe/Paris', name: 'Prospection' });
  // 2 April 2024: "last month" is March 2024.
  runtime = createRuntime({ workbook, distDir: join(ROOT, 'dist'), now: new Date('2024-04-02T06:00:00Z'), userLocale: 'fr' }).load(join(ROOT, 'dist', 'Code.js'));
});

async function open(): Promise<Page> {
  const { page } = await session.open(runtime);
  await page.click('#settings summary');
  return page;
}

const checkedDays = (page: Page) => page.$$eval('#business-hours .days input', (inputs) => inputs.map((i) => ((i as HTMLInputElement).checked ? 1 : 0)));
const selected = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLSelectElement).value);

/** The value cell under a tile's label on the generated tab, with its number format. */
function tileValue(label: string): { value: unknown; format: string } {
  runtime.call('generateLastMonthDashboard');
  const sheet = runtime.workbook.sheets.find((s) => s.name.startsWith('KPI')) as SheetModel;
  for (let r = 0; r < sheet.values.length; r++) {
    const c = sheet.values[r].indexOf(label);
    if (c >= 0) return { value: sheet.values[r + 1][c], format: sheet.numberFormats[r + 1][c] };
  }
  throw new Error(`no tile ${label}`);
}

describe('business hours in the sidebar settings', () => {
  let page: Page;

  beforeAll(async () => {
    page = await open();
  });

  it('read off, 9 h to 18 h, Monday to Friday, in French, with no accessibility violation', async () => {
    expect(await page.isChecked('#business-on')).toBe(false);
    expect(await selected(page, '#business-start')).toBe('9');
    expect(await selected(page, '#business-end')).toBe('18');
    expect(await page.$eval('#business-start option:checked', (o) => o.textContent)).toBe('9 h');
    expect(await checkedDays(page)).toEqual([1, 1, 1, 1, 1, 0, 0]);
    expect(await page.$eval('#business-hours legend', (l) => l.textContent)).toBe('Heures ouvrées');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('say at once when closing comes before opening, which the server refuses to save, then save off', async () => {
    await page.selectOption('#business-end', '8');
    await page.waitForSelector('#business-error', { timeout: WAIT_MS });
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status.error'), null, { timeout: WAIT_MS });
    expect(await page.textContent('#status')).toContain('l’ouverture doit précéder la fermeture');
    expect(runtime.state.properties.document.get('salesKpi.config')).toBeUndefined();
    await page.selectOption('#business-end', '18');
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Enregistré'), null, { timeout: WAIT_MS });
    const saved = JSON.parse(runtime.state.properties.document.get('salesKpi.config') ?? '{}');
    expect(saved.settings.businessHours).toEqual({ on: false, start: 9, end: 18, days: [1, 2, 3, 4, 5] });
  });

  it('off, the dashboard shows the elapsed time: 65 h and 1 h average 33 hours', () => {
    const tile = tileValue('Délai de prise de contact');
    expect(tile.value).toBeCloseTo(33, 9);
    expect(tile.format).toBe('0.0 "heures"');
  });

  it('are switched on, set to 8 h – 20 h with Saturday, saved in the document and found on reopening', async () => {
    await page.selectOption('#business-start', '8');
    await page.selectOption('#business-end', '20');
    await page.check('#business-day-6');
    await page.check('#business-on');
    await page.waitForFunction(() => !document.querySelector('#business-error'), null, { timeout: WAIT_MS });
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Enregistré'), null, { timeout: WAIT_MS });
    const saved = JSON.parse(runtime.state.properties.document.get('salesKpi.config') ?? '{}');
    expect(saved.settings.businessHours).toEqual({ on: true, start: 8, end: 20, days: [1, 2, 3, 4, 5, 6] });

    const again = await open();
    expect(await again.isChecked('#business-on')).toBe(true);
    expect(await selected(again, '#business-start')).toBe('8');
    expect(await checkedDays(again)).toEqual([1, 1, 1, 1, 1, 1, 0]);
  });

  it('on, the dashboard’s lead response time counts those hours: (3 + 12 + 2 + 1) ÷ 2 = 9 hours', () => {
    const tile = tileValue('Délai de prise de contact (heures ouvrées)');
    expect(tile.value).toBeCloseTo(9, 9);
    expect(tile.format).toBe('0.0 "heures"');
  });
});
