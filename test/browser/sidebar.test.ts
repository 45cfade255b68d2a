// The mapping sidebar in headless Chromium, its server calls running in the local runtime on the built bundle.

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Runtime } from '../../scripts/runtime/runtime';
import { sheetByName } from '../../scripts/runtime/workbook-model';
import { axeViolations, type PageLog, ROOT, runtimeFor, settled, sidebarSession, WAIT_MS } from './harness';
import { readWorkbook } from '../../scripts/runtime';
import { RELATED_DIR } from '../e2e/related-fixture';
import { EVIL, englishWorkbook, frenchWorkbook } from './workbooks';

/** README pictures are refreshed on demand (`SALES_KPI_SCREENSHOTS=1 npx jest test/browser`); a normal run writes to a temp folder. */
function screenshotPath(name: string): string {
  return process.env.SALES_KPI_SCREENSHOTS === '1' ? join(ROOT, 'docs', name) : join(tmpdir(), name);
}

jest.setTimeout(120000);

const session = sidebarSession();
let runtime: Runtime;

beforeAll(() => {
  runtime = runtimeFor(frenchWorkbook());
});

function open(rt: Runtime, locale = 'fr-FR'): Promise<{ page: Page; log: PageLog }> {
  return session.open(rt, locale);
}

function savedConfig(rt: Runtime): { entities: Record<string, { sheet: string; headerRow: number; fields: Record<string, string> }> } {
  const raw = rt.state.properties.document.get('salesKpi.config');
  if (!raw) throw new Error('nothing saved');
  return JSON.parse(raw);
}

const selected = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLSelectElement).value);
const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

describe('the mapping sidebar in a French spreadsheet', () => {
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    ({ page, log } = await open(runtime));
  });

  it('opens in French with the deals and customers sheets suggested and marked as suggestions', async () => {
    expect(await textOf(page, 'h1')).toBe('Associer les colonnes');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await selected(page, '#deals-sheet')).toBe('Affaires');
    expect(await selected(page, '#deals-row')).toBe('2');
    expect(await selected(page, '#deals-f-closed')).toBe('Date de clôture');
    expect(await selected(page, '#deals-f-amount')).toBe('Montant HT');
    expect(await textOf(page, 'label[for="deals-f-closed"]')).toMatch(/^Date de clôturesuggéré · confiance \d+ %$/);
    expect(await selected(page, '#customers-sheet')).toBe('Clients');
    expect(await textOf(page, '#card-leads')).toContain('Choisissez une feuille pour débloquer');
    await page.screenshot({ path: screenshotPath('sidebar-fr.png') });
  });

  it('shows the preview’s errors under the field, with their sheet rows', async () => {
    const hint = await textOf(page, '#deals-f-closed-hint');
    expect(hint).toContain('5, 9');
    expect(await textOf(page, '#card-deals .checked')).toBe('12 ligne(s) vérifiée(s).');
  });

  it('shows a header made of markup as text and runs nothing', async () => {
    const options = await page.$$eval('#deals-f-owner option', (os) => os.map((o) => o.textContent));
    expect(options).toContain(EVIL);
    await page.selectOption('#deals-f-owner', { label: EVIL });
    await settled(page);
    await page.click('#deals-preview summary');
    const cells = await page.$$eval('#deals-preview td', (tds) => tds.map((td) => td.textContent));
    expect(cells).toContain('<script>window.__pwned = 1</script>');
    expect(await page.$$eval('img, script:not(:first-of-type)', (els) => els.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(log.dialogs).toEqual([]);
  });

  it('can be used with the keyboard: changing a field keeps the focus on it', async () => {
    await page.focus('#deals-f-amount');
    await page.keyboard.press('ArrowUp');
    await settled(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('deals-f-amount');
    expect(await selected(page, '#deals-f-amount')).toBe('Étape');
    expect(await textOf(page, '#deals-f-amount-hint')).toContain('illisible');
    await page.selectOption('#deals-f-amount', 'Montant HT');
    await settled(page);
  });

  it('has no serious accessibility violation (axe-core)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('explains a refused save in French and lets the user correct it', async () => {
    await page.click('#settings summary');
    await page.fill('#currency', 'EU');
    await page.press('#currency', 'Tab');
    await settled(page);
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status.error'), null, { timeout: WAIT_MS });
    expect(await textOf(page, '#status')).toBe('Erreur : La devise doit être un code à 3 lettres (EUR, USD…).');
    expect(await page.isEnabled('#save')).toBe(true);
    expect(runtime.state.properties.document.get('salesKpi.config')).toBeUndefined();
    await page.fill('#currency', 'EUR');
    await page.press('#currency', 'Tab');
    await settled(page);
  });

  it('saves the mapping in the document properties and finds it on reopening', async () => {
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Enregistré'), null, { timeout: WAIT_MS });
    const saved = savedConfig(runtime);
    expect(saved.entities.deals).toMatchObject({ sheet: 'Affaires', headerRow: 2 });
    expect(saved.entities.deals.fields).toMatchObject({ closed: 'Date de clôture', amount: 'Montant HT', owner: EVIL });
    expect(saved.entities.customers.sheet).toBe('Clients');

    const again = await open(runtimeFor(null, runtime));
    expect(await selected(again.page, '#deals-f-owner')).toBe(EVIL);
    expect(await selected(again.page, '#deals-f-amount')).toBe('Montant HT');
    expect(await again.page.$$eval('.badge', (b) => b.length)).toBe(0);
    expect(await textOf(again.page, '#status')).toBe('');
  });

  it('ran no script error, opened no dialog and fetched nothing from the network', () => {
    expect(log.errors).toEqual([]);
    expect(log.dialogs).toEqual([]);
    expect(log.requests).toEqual([]);
  });
});

describe('a saved mapping that no longer fits', () => {
  it('is reported on the next open with its fix, which can be applied and saved', async () => {
    const sheet = sheetByName(runtime.workbook, 'Affaires')!;
    const col = sheet.values[1].indexOf('Montant HT');
    sheet.values[1][col] = 'Montant H.T. (€)';
    const { page, log } = await open(runtimeFor(null, runtime));
    const problems = await textOf(page, '.problems');
    expect(problems).toContain('Montant HT');
    await page.click('.problems button');
    await settled(page);
    expect(await selected(page, '#deals-f-amount')).toBe('Montant H.T. (€)');
    expect(await page.$$eval('.problems', (p) => p.length)).toBe(0);
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Enregistré'), null, { timeout: WAIT_MS });
    expect(savedConfig(runtime).entities.deals.fields.amount).toBe('Montant H.T. (€)');
    expect(log.errors).toEqual([]);
  });
});

describe('the mapping sidebar in an English spreadsheet', () => {
  it('renders in English, passes axe-core, and is pictured for the README', async () => {
    const { page, log } = await open(runtimeFor(englishWorkbook()), 'en-US');
    expect(await textOf(page, 'h1')).toBe('Map columns');
    expect(await textOf(page, '#save')).toBe('Save');
    expect(await textOf(page, 'label[for="deals-sheet"]')).toBe('Sheet');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('sidebar-en.png') });
    expect(log.errors).toEqual([]);
  });
});

describe('the mapping sidebar on linked exports (sales_pipeline, accounts, products, sales_teams)', () => {
  it('lists the related tables found by their ids, passes axe-core, and saves them with the mapping', async () => {
    const rt = runtimeFor(await readWorkbook(RELATED_DIR, { locale: 'en_US', timeZone: 'UTC' }));
    const { page, log } = await open(rt, 'en-US');
    expect(await textOf(page, '#related-title')).toBe('Related tables');
    const items = await page.$$eval('#related-title ~ ul li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toContain('Deals · Customer → accounts (key "account"): sector, office_location');
    expect(items).toContain('Deals · Product → products (key "product"): series');
    expect(await axeViolations(page)).toEqual([]);
    await page.$eval('#related-title', (el) => el.scrollIntoView());
    await page.screenshot({ path: join(tmpdir(), 'sidebar-related.png') });
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Saved'), null, { timeout: WAIT_MS });
    const saved = JSON.parse(rt.state.properties.document.get('salesKpi.config') ?? '{}') as { lookups?: { sheet: string; columns: string[] }[] };
    expect(saved.lookups?.find((l) => l.sheet === 'accounts')?.columns).toEqual(['sector', 'office_location']);
    expect(log.errors).toEqual([]);
  });
});
