// Screenshots an offline dashboard preview with Chromium into docs/dashboard-preview.png (for the README; not a test).

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

async function main(): Promise<void> {
  const input = resolve(process.argv[2] ?? 'out/dashboard.html');
  const output = resolve(process.argv[3] ?? 'docs/dashboard-preview.png');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // The preview is self-contained: refuse any request that is not the file itself.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(input).href);
    await page.screenshot({ path: output, fullPage: false });
    process.stdout.write(`Screenshot written to ${output}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
