// `npm start`: runs the add-on in the local Apps Script runtime on the sample (or a given export) and writes the outputs.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { langOf } from '../src/model/settings';
import { parseArgs, USAGE, UsageError } from './cli/args';
import { runJob } from './cli/job';
import { duckChoice, runDuckCommand } from './duck/command';
import { summaryLines } from './cli/summary';
import { dashboardHtml } from './preview/render';
import { writeWorkbook } from './runtime/index';

async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`Error: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const duck = duckChoice(args);
  if (duck !== null) {
    try {
      process.stdout.write(`${(await runDuckCommand(args, duck)).join('\n')}\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  let job: Awaited<ReturnType<typeof runJob>>;
  try {
    job = await runJob(args, process.env.SALES_KPI_BUNDLE ?? 'dist/Code.js');
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`Error: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  mkdirSync(args.out, { recursive: true });
  const xlsx = join(args.out, `${job.name}.xlsx`);
  const json = join(args.out, 'kpis.json');
  const html = join(args.out, 'dashboard.html');
  await writeWorkbook(job.workbook, xlsx);
  const { month, months, kpis, dataQuality, missing } = job.export;
  writeFileSync(json, `${JSON.stringify({ month, months, kpis, serviceCalls: job.serviceCalls, dataQuality, missing }, null, 2)}\n`);
  writeFileSync(html, dashboardHtml(job.workbook, job.tab, `${job.workbook.name} · ${month}`));
  const lang = langOf(job.workbook.locale);
  const source = args.input === null ? 'embedded sample workbook' : `${args.input} (mapping ${job.mappingSource})`;
  const lines = [
    `Sales KPI — ${source}, ${months.length} months (${months[0]} → ${months[months.length - 1]})`,
    `Dashboard tab "${job.tab}" generated with ${job.serviceCalls.total} service calls.`,
    '',
    ...summaryLines(job.export, lang),
    '',
    'Files:',
    `  ${relative(process.cwd(), xlsx) || xlsx}  (workbook with its dashboard tab)`,
    `  ${relative(process.cwd(), json) || json}  (every KPI for every month)`,
    `  ${relative(process.cwd(), html) || html}  (offline preview of the dashboard)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
