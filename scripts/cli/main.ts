// `npm start` as a function: arguments, the job, the three files (kpis.json and dashboard.html first), one-line errors.

import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { langOf, type Lang } from '../../src/model/settings';
import { dashboardHtml } from '../preview/render';
import { CsvReadError, csvSources, excelSheetNames, writeWorkbook } from '../runtime/index';
import { duckChoice } from '../duck/choice';
import { digestBundle, writeDigest } from './digest';
import { parseArgs, type RunArgs, USAGE, UsageError } from './args';
import { type JobResult, type JobStep, runJob } from './job';
import { dashboardWorkbook, inputRows, LARGE_EXPORT_ROWS } from './kpi-table-sheet';
import { CliError, cliText } from './messages';
import { prepareOutDir } from './out-dir';
import { summaryLines } from './summary';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly bundle: string;
  /** Rows above which the .xlsx holds no copy of the input (LARGE_EXPORT_ROWS; tests lower it). */
  readonly largeExportRows?: number;
  /** Input size from which progress lines are printed (PROGRESS_BYTES; tests lower it). */
  readonly progressBytes?: number;
}

/** Inputs from this size on get progress lines on stderr (reading and computing take seconds). */
const PROGRESS_BYTES = 5 * 1024 * 1024;

/** The message of any failure, in the person's language, without an error class prefix or a stack. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof CliError) return error.render(lang);
  if (error instanceof CsvReadError) {
    const key = `csv_${error.reason}` as const;
    return cliText(lang, key, { file: error.file, line: error.line, detail: error.message });
  }
  // Errors thrown by the bundle come from its own realm: a UserError renders itself in the language asked.
  const e = error as { render?: (lang: Lang) => string; code?: unknown; message?: unknown } | null;
  if (e && typeof e.render === 'function' && typeof e.code === 'string') return e.render(lang);
  if (e && typeof e.message === 'string') return e.message;
  return String(error);
}

function inputBytes(path: string): number {
  try {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.size;
    return readdirSync(path).reduce((sum, f) => sum + (statSync(join(path, f)).isFile() ? statSync(join(path, f)).size : 0), 0);
  } catch {
    return 0;
  }
}

const show = (path: string) => relative(process.cwd(), path) || path;

/** Writes kpis.json and dashboard.html, then the .xlsx (its failure is reported, the other two stay written). */
async function writeOutputs(job: JobResult, args: RunArgs, out: string, lang: Lang, notes: string[], limit: number): Promise<string | null> {
  const { month, months, kpis, dataQuality, monthsCapped, missing } = job.export;
  const json = join(out, 'kpis.json');
  const html = join(out, 'dashboard.html');
  writeFileSync(json, `${JSON.stringify({ month, months, ...(monthsCapped ? { monthsCapped } : {}), kpis, serviceCalls: job.serviceCalls, dataQuality, missing }, null, 2)}\n`);
  writeFileSync(html, dashboardHtml(job.workbook, job.tab, `${job.workbook.name} · ${month}`));
  const rows = args.input === null ? 0 : inputRows(job.workbook, [job.tab]);
  const large = rows > limit;
  if (large) notes.push(cliText(lang, 'large_export', { rows: rows.toLocaleString('en-US'), limit: limit.toLocaleString('en-US') }));
  const book = large ? dashboardWorkbook(job.workbook, [job.tab], job.export, lang) : job.workbook;
  const names = excelSheetNames(book.sheets.map((s) => s.name));
  const renames = book.sheets.flatMap((s, i) => (s.name === names[i] ? [] : [`"${s.name}" → "${names[i]}"`]));
  if (renames.length > 0) notes.push(cliText(lang, 'sheets_renamed', { renames: renames.join(', ') }));
  const xlsx = join(out, `${job.name}.xlsx`);
  try {
    await writeWorkbook(book, xlsx, { activeSheet: job.tab });
    return xlsx;
  } catch (error) {
    throw new CliError('xlsx_failed', { path: show(xlsx), reason: errorText(error, lang) });
  }
}

/** Runs `npm start` with `argv`; returns the exit code (0 done, 1 failure, 2 bad arguments). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: RunArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`Error: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const lang = langOf(args.locale);
  const duck = duckChoice(args);
  if (duck !== null) {
    try {
      prepareOutDir(args.out);
      // DuckDB (a native module) is loaded only for the runs that use it.
      const { runDuckCommand } = await import('../duck/command');
      io.stdout(`${(await runDuckCommand(args, duck)).join('\n')}\n`);
      return 0;
    } catch (error) {
      io.stderr(`Error: ${errorText(error, lang)}\n`);
      return 1;
    }
  }
  const started = Date.now();
  const verbose = args.input !== null && inputBytes(args.input) >= (io.progressBytes ?? PROGRESS_BYTES);
  const onStep = (step: JobStep | 'step_write') => {
    if (verbose) io.stderr(`${cliText(lang, 'progress', { step: cliText(lang, step, { input: args.input ?? '' }), seconds: Math.round((Date.now() - started) / 1000) })}\n`);
  };
  let job: JobResult;
  let out: string;
  try {
    out = prepareOutDir(args.out);
    job = await runJob(args, args.digest ? digestBundle(io.bundle) : io.bundle, onStep);
  } catch (error) {
    io.stderr(`Error: ${errorText(error, lang)}\n`);
    return 1;
  }
  onStep('step_write');
  const notes: string[] = csvSources(job.workbook).map((s) =>
    cliText(lang, 'csv_read_as', { file: s.file, encoding: s.encoding, delimiter: s.delimiter === '\t' ? 'tab' : s.delimiter }),
  );
  const capped = job.export.monthsCapped;
  if (capped) notes.push(cliText(lang, 'months_capped', { limit: capped.limit, first: capped.dataFirstMonth, left: capped.monthsLeftOut }));
  let xlsx: string | null = null;
  let failure: string | null = null;
  try {
    xlsx = await writeOutputs(job, args, out, lang, notes, io.largeExportRows ?? LARGE_EXPORT_ROWS);
  } catch (error) {
    failure = errorText(error, lang);
  }
  const { months } = job.export;
  const source = args.input === null ? 'embedded sample workbook' : `${args.input} (mapping ${job.mappingSource})`;
  const lines = [
    `Sales KPI — ${source}, ${months.length} months (${months[0]} → ${months[months.length - 1]})`,
    `Dashboard tab "${job.tab}" and kpis.json made in one run: ${job.serviceCalls.total} service calls (each table read once).`,
    ...notes.map((n) => `Note: ${n}`),
    '',
    ...summaryLines(job.export, lang, job.currency),
    '',
    'Files:',
    ...(xlsx ? [`  ${show(xlsx)}  (workbook with its dashboard tab)`] : []),
    `  ${show(join(out, 'kpis.json'))}  (every KPI for every month)`,
    `  ${show(join(out, 'dashboard.html'))}  (offline preview of the dashboard)`,
    ...(args.digest ? [`  ${writeDigest(job.workbook, args.digest)}  (the e-mail digest the team would receive, and its plain text)`] : []),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  if (failure) {
    io.stderr(`Error: ${failure}\n`);
    return 1;
  }
  return 0;
}
