// `npm start -- <input> --engine duckdb` (or a large input): runs the DuckDB engine and writes its three outputs.

import { mkdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { RunArgs } from '../cli/args';
import { runDuck } from './engine';
import { dashboardHtml, kpisJson, writeDuckWorkbook, writeText } from './outputs';

export async function runDuckCommand(args: RunArgs, why: string): Promise<string[]> {
  const started = Date.now();
  const progress = (line: string) => process.stderr.write(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  const run = await runDuck(
    { input: args.input!, mapping: args.mapping, month: args.month, locale: args.locale, timeZone: args.timeZone, progress },
    (path) => readFileSync(path, 'utf8'),
  );
  mkdirSync(args.out, { recursive: true });
  const name = basename(args.input!, extname(args.input!)) || 'workbook';
  const xlsx = join(args.out, `${name}.xlsx`);
  const json = join(args.out, 'kpis.json');
  const html = join(args.out, 'dashboard.html');
  writeText(json, kpisJson(run));
  writeText(html, dashboardHtml(run, `${name} · ${run.month}`));
  await writeDuckWorkbook(run, xlsx);
  const show = (p: string) => relative(process.cwd(), p) || p;
  return [
    `Sales KPI — ${args.input}, ${why}: ${run.months.length} months (${run.months[0]} → ${run.months[run.months.length - 1]}), ${new Set(run.kpis.map((k) => k.id)).size} KPIs.`,
    ...run.skipped.map((s) => `  not computed by DuckDB: ${s.id} (${s.why === 'no_sql' ? 'no SQL form yet' : 'its columns are not mapped'})`),
    'Files:',
    `  ${show(xlsx)}  (the month's KPIs and the monthly KPI table; the input rows stay in their files)`,
    `  ${show(json)}  (every compiled KPI for every month)`,
    `  ${show(html)}  (offline view of the month)`,
  ];
}
