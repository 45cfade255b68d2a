// `npm start -- folder` on real export shapes: the mapping is detected from the CSV alone and the month's KPIs match
// the figures counted from the rows.

import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runJob } from '../../scripts/cli/job';
import { EXPORTS_DIR, expectedFrom, readExport } from '../model/exports/corpus';
import { shapeOf } from '../model/exports/shapes';

const bundle = process.env.SALES_KPI_BUNDLE ?? join(__dirname, '..', '..', 'dist', 'Code.js');

const CASES = ['salesforce-opportunity.csv', 'maven-sales-pipeline.csv', 'sellsy-opportunites.csv'].map((file) => {
  const shape = shapeOf(file);
  return { file, locale: shape.locale ?? 'en_US', reading: shape.reading };
});

describe.each(CASES)('npm start on a folder holding $file', ({ file, locale, reading }) => {
  const month = '2024-03';
  const expected = expectedFrom(readExport(file), reading, month);
  let value: (id: string) => number | null | undefined;
  let source: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-export-'));
    copyFileSync(join(EXPORTS_DIR, file), join(dir, file));
    const job = await runJob({ input: dir, month, mapping: null, out: 'unused', locale, timeZone: 'Europe/Paris', help: false }, bundle);
    source = job.mappingSource;
    value = (id) => job.export.kpis.find((k) => k.id === id && k.period === month && k.segment === null)?.value;
  }, 120000);

  it('detects the mapping and gives the counted revenue, deals won and lost, win rate and sales cycle', () => {
    expect(source).toBe('detected');
    expect(value('revenue')).toBeCloseTo(expected.revenue, 6);
    expect(value('deals_won')).toBe(expected.won);
    expect(value('deals_lost')).toBe(expected.lost);
    expect(value('win_rate')).toBeCloseTo(expected.winRate as number, 9);
    expect(value('sales_cycle')).toBeCloseTo(expected.cycle as number, 9);
  });
});

describe('npm start on an export whose only "date" column holds yes/no flags', () => {
  it('stops with a message naming the column it considered and why it refused it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sales-kpi-flags-'));
    const rows = ['ID,STAGE,AMOUNT,CLOSED', ...Array.from({ length: 8 }, (_, i) => `${i},${i % 2 ? 'Won' : 'Lost'},100,${i % 3 ? 'Y' : 'N'}`)];
    writeFileSync(join(dir, 'deals.csv'), `${rows.join('\n')}\n`);
    await expect(runJob({ input: dir, month: null, mapping: null, out: 'unused', locale: 'en_US', timeZone: 'Europe/Paris', help: false }, bundle)).rejects.toThrow(
      /deals \(sheet "deals"\): no date column; columns considered: “CLOSED” holds no dates\./,
    );
  }, 120000);
});
