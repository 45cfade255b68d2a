// Browser harness: the built sidebar in headless Chromium, google.script.run bridged to dist/Code.js in the local runtime.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createRuntime, type Runtime } from '../../scripts/runtime/runtime';
import type { Workbook } from '../../scripts/runtime/workbook-model';

export const ROOT = join(__dirname, '..', '..');
const DIST = join(ROOT, 'dist');
/** Every wait of these tests is bounded by this. */
export const WAIT_MS = 10000;

function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ only when it is missing or older than src/ (`npm test` builds first, so usually nothing happens). */
export function ensureBuilt(): void {
  const outputs = [join(DIST, 'Code.js'), join(DIST, 'Sidebar.html')];
  const fresh = outputs.every((p) => existsSync(p) && statSync(p).mtimeMs >= newestUnder(join(ROOT, 'src')));
  if (fresh) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'pipe', timeout: 120000 });
  if (!existsSync(outputs[1])) throw new Error('the build wrote no dist/Sidebar.html');
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    timeout: 30000,
  });
}

/** A runtime on `workbook` with the built bundle loaded (or sharing the document of `shareWith`: a second execution). */
export function runtimeFor(workbook: Workbook | null, shareWith?: Runtime): Runtime {
  const runtime = shareWith ? createRuntime({ shareWith, distDir: DIST }) : createRuntime({ workbook: workbook ?? undefined, distDir: DIST });
  return runtime.load(join(DIST, 'Code.js'));
}

/** Throws if a value cannot cross google.script.run (Dates, functions): Google would drop it. */
function jsonOnly(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value, function (this: Record<string, unknown>, key, v) {
    const original = this[key];
    if (Object.prototype.toString.call(original) === '[object Date]') throw new Error(`a Date cannot cross google.script.run (${key})`);
    if (typeof v === 'function') throw new Error(`a function cannot cross google.script.run (${key})`);
    return v;
  });
}

/** What the page did besides rendering: dialogs, script errors, console output, network requests, server calls. */
export interface PageLog {
  dialogs: string[];
  errors: string[];
  console: string[];
  requests: string[];
  calls: string[];
}

const BRIDGE = `(() => {
  function runner(success, failure) {
    const base = {
      withSuccessHandler: (fn) => runner(fn, failure),
      withFailureHandler: (fn) => runner(success, fn),
    };
    return new Proxy(base, {
      get(target, name) {
        if (name in target) return target[name];
        return (...args) => {
          window.__gasCall(String(name), JSON.stringify(args)).then((out) => {
            const r = JSON.parse(out);
            setTimeout(() => {
              if (r.ok) { if (success) success(r.value); }
              else if (failure) failure(new Error(r.message));
            }, 0);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null) } };
})();`;

/** Opens the sidebar as the menu does (`showMappingSidebar`) and serves its HTML to a fresh page wired to the runtime. */
export async function openSidebar(browser: Browser, runtime: Runtime, locale = 'fr-FR'): Promise<{ page: Page; log: PageLog }> {
  runtime.ui.sidebars.length = 0;
  runtime.call('showMappingSidebar');
  const shown = runtime.ui.sidebars[0];
  if (!shown) throw new Error('showMappingSidebar showed no sidebar');
  const context = await browser.newContext({ viewport: { width: 300, height: 900 }, locale, javaScriptEnabled: true });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const log: PageLog = { dialogs: [], errors: [], console: [], requests: [], calls: [] };
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('console', (m) => log.console.push(`${m.type()}: ${m.text()}`));
  await page.route('**/*', (route) => {
    log.requests.push(route.request().url());
    return route.abort();
  });
  await page.exposeFunction('__gasCall', (name: string, argsJson: string) => {
    log.calls.push(name);
    try {
      const args = JSON.parse(argsJson) as unknown[];
      return jsonOnly({ ok: true, value: runtime.scriptRun(name, ...args) });
    } catch (error) {
      return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
  // Apps Script serves google.script.run before the page's own code: put the bridge first in <head>.
  const html = shown.html.replace(/<head>/i, () => `<head><script>${BRIDGE}</script>`);
  if (html === shown.html) throw new Error('the sidebar HTML has no <head>');
  await page.setContent(html, { waitUntil: 'load', timeout: WAIT_MS });
  return { page, log };
}

/** Waits until no server call is running (the page marks <body aria-busy>). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.getAttribute('aria-busy') === 'false' && !!document.querySelector('#save'), null, { timeout: WAIT_MS });
  // a preview is asked for after a short pause: let it start, then wait for its answer
  await page.waitForTimeout(450);
  await page.waitForFunction(() => document.body.getAttribute('aria-busy') === 'false', null, { timeout: WAIT_MS });
}

/** Runs axe-core in the page; returns the serious and critical violations as `rule: target` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

/**
 * One headless Chromium for a test file: launched before its tests (after checking the bundle is built), every page
 * opened through `open` closed after them. `open` opens the sidebar on `runtime` and waits until it has settled.
 */
export function sidebarSession(): { open(runtime: Runtime, locale?: string): Promise<{ page: Page; log: PageLog }> } {
  let browser: Browser | null = null;
  const pages: Page[] = [];
  beforeAll(async () => {
    ensureBuilt();
    browser = await launch();
  });
  afterAll(async () => {
    for (const page of pages) await page.context().close();
    if (browser) await browser.close();
  });
  return {
    async open(runtime, locale = 'fr-FR') {
      if (!browser) throw new Error('sidebarSession: the browser is not launched (call open inside a test or a later beforeAll)');
      const opened = await openSidebar(browser, runtime, locale);
      pages.push(opened.page);
      await settled(opened.page);
      return opened;
    },
  };
}
