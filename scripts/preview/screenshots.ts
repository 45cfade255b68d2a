// Refreshes docs/dashboard-preview.png (dashboard.html in Chromium) and docs/dashboard-xlsx.png (the .xlsx in LibreOffice).

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { firstScreen, hasLibreOffice, xlsxToPdf } from './lo-render';

const OUT = resolve(process.argv[2] ?? 'out');
const DOCS = resolve(process.argv[3] ?? 'docs');

execFileSync('npx', ['tsx', 'scripts/preview/screenshot.ts', `${OUT}/dashboard.html`, `${DOCS}/dashboard-preview.png`], { stdio: 'inherit' });
if (!hasLibreOffice()) {
  process.stderr.write('LibreOffice (soffice) or poppler (pdftoppm) is missing: docs/dashboard-xlsx.png was not refreshed.\n');
  process.exitCode = 1;
} else {
  const pdf = xlsxToPdf(`${OUT}/sales-kpi-sample.xlsx`);
  firstScreen(pdf, `${DOCS}/dashboard-xlsx.png`);
  process.stdout.write(`Screenshot written to ${DOCS}/dashboard-xlsx.png\n`);
}
