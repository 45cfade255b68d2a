// The sample's .xlsx: native charts, frozen title rows, hidden gridlines, landscape fit-to-width printing, opens on the dashboard.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runJob } from '../../scripts/cli/job';
import { parseArgs } from '../../scripts/cli/args';
import { hasLibreOffice, pdfPage, xlsxToPdf } from '../../scripts/preview/lo-render';
import { type Workbook, writeWorkbook } from '../../scripts/runtime/index';
import { BUNDLE } from './bundle-fixture';

const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-xlsx-'));

async function sample(locale: string): Promise<{ workbook: Workbook; tab: string; path: string }> {
  const job = await runJob(parseArgs(['--locale', locale]), BUNDLE);
  const path = join(dir, `${locale}.xlsx`);
  await writeWorkbook(job.workbook, path, { activeSheet: job.tab });
  return { workbook: job.workbook, tab: job.tab, path };
}

describe('the .xlsx written by npm start', () => {
  test('holds five native charts, a frozen pane, hidden gridlines, landscape fit-to-width printing and opens on the dashboard', async () => {
    const { workbook, tab, path } = await sample('fr_FR');
    const zip = await JSZip.loadAsync(readFileSync(path));
    const charts = Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name));
    expect(charts.length).toBeGreaterThanOrEqual(4);
    const index = workbook.sheets.findIndex((s) => s.name === tab);
    const sheet = await zip.file(`xl/worksheets/sheet${index + 1}.xml`)!.async('string');
    expect(sheet).toMatch(/<pane ySplit="3"[^>]*state="frozen"/);
    expect(sheet).toContain('showGridLines="0"');
    expect(sheet).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('<drawing r:id=');
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toContain(`activeTab="${index}"`);
    expect(book).toContain('_xlnm.Print_Titles');
    const parts = await Promise.all(charts.map((name) => zip.file(name)!.async('string')));
    // Revenue with its target: columns and a line in one chart, drawn from the tab's own cells.
    const combo = parts.find((xml) => xml.includes('<c:barChart>') && xml.includes('<c:lineChart>'));
    expect(combo).toContain(`<c:f>'${tab}'!$`);
  }, 120000);

  const rendered = hasLibreOffice() ? test : test.skip;
  if (!hasLibreOffice()) console.warn('LibreOffice (soffice) or poppler (pdfinfo) is not installed: the rendering test is skipped. bash .ci/run installs them.');

  rendered('LibreOffice prints the dashboard landscape, one page wide: the first and last headline tiles share page 1', async () => {
    const { workbook, tab } = await sample('en_US');
    // The dashboard alone, so LibreOffice renders a few pages rather than the whole sample.
    const only = { ...workbook, sheets: workbook.sheets.filter((s) => s.name === tab) };
    const path = join(dir, 'dashboard-only.xlsx');
    await writeWorkbook(only, path, { activeSheet: tab });
    const page = pdfPage(xlsxToPdf(path), 1);
    expect(page.width).toBeGreaterThan(page.height);
    expect(page.text).toContain('Sales dashboard — October 2026');
    expect(page.text).toContain('Revenue');
    expect(page.text).toContain('New customers');
    expect(page.text).toContain('Reps leaderboard');
  }, 240000);
});
