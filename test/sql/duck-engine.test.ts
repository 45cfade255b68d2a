// `--engine duckdb` on the sample workbook written as .xlsx and as CSV files gives the add-on's own numbers.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDuck } from '../../scripts/duck/engine';
import { runJob } from '../../scripts/cli/job';
import { writeWorkbook } from '../../scripts/runtime/index';
import { ensureBuilt } from '../browser/harness';

const bundle = process.env.SALES_KPI_BUNDLE ?? join(__dirname, '..', '..', 'dist', 'Code.js');

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A cell as a CSV export writes it: dates as their calendar day in the workbook's zone. */
function csvField(v: unknown): string {
  const s = v instanceof Date ? PARIS_DAY.format(v) : v === null || v === undefined ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

describe('the DuckDB engine', () => {
  let job: Awaited<ReturnType<typeof runJob>>;
  let dir: string;
  beforeAll(async () => {
    ensureBuilt();
    job = await runJob({ input: null, month: null, mapping: null, out: 'unused', locale: 'fr_FR', timeZone: 'Europe/Paris', engine: 'sheets', help: false }, bundle);
    dir = mkdtempSync(join(tmpdir(), 'sales-kpi-duck-'));
  }, 180000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function engineValues(): Map<string, number | null> {
    const out = new Map<string, number | null>();
    for (const k of job.export.kpis) if (k.segment === null) out.set(`${k.id} ${k.period}`, k.value);
    return out;
  }

  function expectSameAsAddOn(run: Awaited<ReturnType<typeof runDuck>>): void {
    const engine = engineValues();
    expect(run.month).toBe(job.export.month);
    expect(run.months).toEqual(job.export.months);
    let compared = 0;
    for (const k of run.kpis) {
      const e = engine.get(`${k.id} ${k.period}`);
      expect(e).not.toBeUndefined();
      if (e === null || k.value === null) expect([k.id, k.period, k.value]).toEqual([k.id, k.period, e]);
      else expect([k.id, k.period, k.value]).toEqual([k.id, k.period, expect.closeTo(e!, 6)]);
      if (k.value !== null) compared++;
    }
    expect(compared).toBeGreaterThan(300);
    // The sample's subscriptions (monthly, yearly, quarterly plans) go through the compiled MRR movements too.
    expect(run.config.entities.subscriptions).toBeDefined();
    for (const id of ['mrr', 'arr', 'arpa', 'mrr_movements', 'nrr', 'grr', 'quick_ratio']) expect(run.kpis.some((k) => k.id === id && k.value !== null)).toBe(true);
    // The MRR bridge of each month: start + the movements = end, and end − start is the month's mrr_movements value.
    for (const k of run.kpis.filter((x) => x.id === 'mrr_movements' && x.value !== null)) {
      const bridge = run.breakdowns.filter((b) => b.id === 'mrr_movements' && b.period === k.period);
      expect(bridge.map((b) => b.key)).toEqual(['start', 'new', 'expansion', 'reactivation', 'contraction', 'churned', 'end']);
      const sum = bridge.slice(0, 6).reduce((n, b) => n + (b.value ?? 0), 0);
      expect(sum).toBeCloseTo(bridge[6].value ?? Number.NaN, 6);
      expect((bridge[6].value ?? 0) - (bridge[0].value ?? 0)).toBeCloseTo(k.value!, 6);
    }
    // The lost-reasons breakdown rows of a month add up to its lost_reasons value, their shares to 1.
    const lost = run.kpis.filter((k) => k.id === 'lost_reasons' && k.value !== null && k.value > 0);
    if (run.config.entities.deals?.fields.lost_reason) expect(lost.length).toBeGreaterThan(0);
    for (const k of lost) {
      const rows = run.breakdowns.filter((b) => b.id === 'lost_reasons' && b.period === k.period);
      expect([k.period, rows.reduce((n, b) => n + b.count, 0)]).toEqual([k.period, k.value]);
      expect(rows.reduce((n, b) => n + (b.share ?? 0), 0)).toBeCloseTo(1, 9);
    }
  }

  it('reads the sample .xlsx and equals the add-on on every compiled KPI and month', async () => {
    const path = join(dir, 'sample.xlsx');
    await writeWorkbook(job.workbook, path);
    const run = await runDuck({ input: path, mapping: null, month: null, locale: 'fr_FR', timeZone: 'Europe/Paris' }, (p) => readFileSync(p, 'utf8'));
    expect(Object.keys(run.config.entities).sort()).toEqual(expect.arrayContaining(['customers', 'deals', 'leads', 'orders', 'spend']));
    expectSameAsAddOn(run);
  }, 180000);

  it('streams a folder of CSV files through DuckDB with the same numbers', async () => {
    const folder = join(dir, 'csv');
    mkdirSync(folder);
    for (const sheet of job.workbook.sheets) {
      if (sheet.name.startsWith('KPI')) continue;
      writeFileSync(join(folder, `${sheet.name}.csv`), `${sheet.values.map((r) => r.map(csvField).join(',')).join('\n')}\n`);
    }
    const run = await runDuck({ input: folder, mapping: null, month: null, locale: 'fr_FR', timeZone: 'Europe/Paris' }, (p) => readFileSync(p, 'utf8'));
    expectSameAsAddOn(run);
  }, 180000);
});
