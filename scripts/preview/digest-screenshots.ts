// Screenshots the e-mail digest (French and English) written by `npm start -- --digest` into docs/ (not a test).

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const SHOTS: readonly [string, string][] = [
  ['out/digest.html', 'docs/digest-fr.png'],
  ['out/digest-en.html', 'docs/digest-en.png'],
];

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    for (const [input, output] of SHOTS) {
      const page = await browser.newPage({ viewport: { width: 960, height: 900 } });
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await page.goto(pathToFileURL(resolve(input)).href);
      await page.screenshot({ path: resolve(output), fullPage: true });
      await page.close();
      process.stdout.write(`Screenshot written to ${output}\n`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
