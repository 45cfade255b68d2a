// `npm start` reads each table once for kpis.json and the dashboard tab, and gives the numbers of two separate runs.

import { join } from 'node:path';
import { type JobResult, runJob } from '../../scripts/cli/job';
import type { KpiExport } from '../../src/sample/kpi-export';

const root = join(__dirname, '..', '..');
const bundle = process.env.SALES_KPI_BUNDLE ?? join(root, 'dist', 'Code.js');
/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

const sample = { input: null, month: null, mapping: null, out: 'unused', locale: 'fr_FR', timeZone: 'Europe/Paris', engine: 'sheets', help: false } as const;

describeBuilt('one run for kpis.json and the dashboard', () => {
  let job: JobResult;
  beforeAll(async () => {
    job = await runJob(sample, bundle);
  }, 120000);

  /** Table reads: a sheet's values in one call (getSheetValues), or a range's (getValues). */
  const reads = (byMethod: Record<string, number>) => (byMethod['Sheet.getSheetValues'] ?? 0) + (byMethod['Range.getValues'] ?? 0);

  it('reads the tables as often as a dashboard generation alone does (not once more for kpis.json)', () => {
    const getValues = (fn: string, arg: unknown) => {
      job.runtime.calls.reset();
      job.runtime.call(fn, arg);
      return reads(job.runtime.calls.byMethod);
    };
    const both = getValues('exportAndGenerate_', job.export.month);
    const alone = getValues('generateDashboardsFor_', [job.export.month]);
    expect(alone).toBeGreaterThan(0);
    expect(both).toBe(alone);
    expect(reads(job.serviceCalls.byMethod)).toBe(alone);
  });

  it('exports the same KPIs as exportKpis_ called on its own', () => {
    const separate = job.runtime.call<KpiExport>('exportKpis_', job.export.month);
    expect(separate.kpis).toEqual(job.export.kpis);
    expect(separate.dataQuality).toEqual(job.export.dataQuality);
  });
});
