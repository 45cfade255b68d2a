// Ticking what each stage value means in the sidebar (Chromium): unknown labels shown, a choice saved, found on reopening.

import type { Page } from 'playwright-core';
import type { Runtime } from '../../scripts/runtime/runtime';
import { sheetByName } from '../../scripts/runtime/workbook-model';
import { axeViolations, runtimeFor, settled, sidebarSession, WAIT_MS } from './harness';
import { frenchWorkbook } from './workbooks';

jest.setTimeout(120000);

const session = sidebarSession();
let runtime: Runtime;

beforeAll(() => {
  const workbook = frenchWorkbook();
  const deals = sheetByName(workbook, 'Affaires')!;
  const stage = deals.values[1].indexOf('Étape');
  deals.values[3][stage] = 'Stand-by';
  deals.values[7][stage] = 'Stand-by';
  deals.values[8][stage] = 'Сделка успешна';
  runtime = runtimeFor(workbook);
});

async function open(rt: Runtime): Promise<Page> {
  const { page } = await session.open(rt);
  return page;
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
const checked = (page: Page) =>
  page.$$eval('#stage-values li', (items) =>
    items.map((li) => [li.querySelector('.stage-label')?.textContent, (li.querySelector('input:checked') as HTMLInputElement | null)?.value ?? null]),
  );

describe('the stage values of the deals sheet', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(runtime);
  });

  it('are listed under the stage field with what each means, unknown ones unticked and flagged', async () => {
    const found = await checked(page);
    expect(found).toHaveLength(5);
    expect(found).toEqual(
      expect.arrayContaining([['Gagné', 'won'], ['Perdu', 'lost'], ['En cours', 'open'], ['Stand-by', null], ['Сделка успешна', 'won']]),
    );
    expect(await textOf(page, '#stage-values')).toContain('1 à préciser');
    expect(await textOf(page, '#deals-f-stage-hint')).toContain('2 étapes non reconnues (“Stand-by” (2))');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('take a tick, which clears the warning and is saved in the settings', async () => {
    const row = await page.$$eval('#stage-values li .stage-label', (labels) => labels.findIndex((l) => l.textContent === 'Stand-by'));
    await page.check(`#stage-${row}-lost`);
    await settled(page);
    await page.waitForFunction(() => !document.querySelector('#deals-f-stage-hint'), null, { timeout: WAIT_MS });
    expect((await checked(page))[row]).toEqual(['Stand-by', 'lost']);
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Enregistré'), null, { timeout: WAIT_MS });
    const saved = JSON.parse(runtime.state.properties.document.get('salesKpi.config') ?? '{}');
    expect(saved.settings).toMatchObject({ wonLabels: [], lostLabels: ['Stand-by'], openLabels: [] });
  });

  it('are found ticked on reopening', async () => {
    const again = await open(runtimeFor(null, runtime));
    expect(await checked(again)).toContainEqual(['Stand-by', 'lost']);
    expect(await again.$$eval('#stage-values li.unknown', (li) => li.length)).toBe(0);
  });
});
