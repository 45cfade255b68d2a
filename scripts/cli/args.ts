// Command-line arguments of `npm start`: an optional workbook (xlsx, csv/tsv/txt or a folder of them), --month, --mapping, --out.

import { existsSync, statSync } from 'node:fs';
import { FIRST_PERIOD_YEAR, isPeriodYear, LAST_PERIOD_YEAR } from '../../src/model/period';
import { shownText } from '../../src/model/shown-text';

export interface RunArgs {
  /** The user's export, or null for the embedded sample workbook. */
  readonly input: string | null;
  readonly month: string | null;
  readonly mapping: string | null;
  readonly out: string;
  /** Spreadsheet locale (language, number formats) and time zone of the workbook, as Sheets would have them. */
  readonly locale: string;
  readonly timeZone: string;
  /** `sheets`: the add-on in the local runtime; `duckdb`: the catalog compiled to SQL; `auto`: DuckDB for large inputs. */
  readonly engine?: 'auto' | 'sheets' | 'duckdb';
  /** Write the e-mail digest of the dashboard month to this HTML file (and its plain text beside it), via the digest edition. */
  readonly digest?: string | null;
  readonly help: boolean;
}

export const USAGE = `Usage: npm start -- [<file.xlsx | file.csv | folder of .csv/.tsv/.txt files>] [--month YYYY-MM] [--mapping mapping.json] [--out DIR]

Without a file, runs on the embedded sample workbook (24 months ending October 2026).
  --month YYYY-MM        month of the dashboard (default: the last month the data covers)
  --mapping FILE.json    the column mapping, as the sidebar saves it (default: detected from the headers)
  --out DIR              where to write <name>.xlsx, kpis.json and dashboard.html (default: out/)
  --locale LOCALE        the spreadsheet's locale: fr_FR (default) or en_US, en_GB, ... (language and formats)
  --time-zone ZONE       the spreadsheet's time zone (default: Europe/Paris)
  --digest FILE.html     also write the e-mail digest the team would receive (the digest edition, nothing is sent)
  --engine ENGINE        sheets (the add-on in the local Apps Script runtime), duckdb (the KPIs compiled to SQL and run by
                         DuckDB on CSV, TSV, Parquet or xlsx files of any size), or auto (default: duckdb above 100 MB)`;

/** A mistake in the arguments: the command prints the message and the usage, and exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parseArgs(argv: readonly string[]): RunArgs {
  let input: string | null = null;
  let month: string | null = null;
  let mapping: string | null = null;
  let out = 'out';
  let locale = 'fr_FR';
  let timeZone = 'Europe/Paris';
  let help = false;
  let engine: NonNullable<RunArgs['engine']> = 'auto';
  let digest: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--month') month = value();
    else if (flag === '--mapping') mapping = value();
    else if (flag === '--out') out = value();
    else if (flag === '--locale') locale = value();
    else if (flag === '--time-zone') timeZone = value();
    else if (flag === '--digest') digest = value();
    else if (flag === '--engine') {
      const e = value();
      if (e !== 'auto' && e !== 'sheets' && e !== 'duckdb') throw new UsageError(`--engine is auto, sheets or duckdb, not "${e}"`);
      engine = e;
    }
    else if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
    else if (input !== null) throw new UsageError(`only one workbook can be given (got ${input} and ${arg})`);
    else input = arg;
  }
  if (month !== null && !MONTH.test(month)) throw new UsageError(`--month must be YYYY-MM, got "${shownText(month, 40)}"`);
  if (month !== null && !isPeriodYear(Number(month.slice(0, 4)))) {
    throw new UsageError(`--month must be a month from ${FIRST_PERIOD_YEAR}-01 to ${LAST_PERIOD_YEAR}-12, got "${month}"`);
  }
  if (input !== null && !existsSync(input)) throw new UsageError(`no such file or folder: ${input}`);
  if (engine === 'duckdb' && input === null) throw new UsageError('--engine duckdb needs a file or a folder');
  if (input !== null && !/\.(xlsx|csv|tsv|txt)$/i.test(input) && !(engine === 'duckdb' && /\.parquet$/i.test(input)) && !isDirectory(input)) {
    throw new UsageError(`the workbook must be an .xlsx file, a .csv/.tsv/.txt file or a folder of them: ${input}`);
  }
  if (mapping !== null && !existsSync(mapping)) throw new UsageError(`no such mapping file: ${mapping}`);
  if (!/^[a-z]{2}(_[A-Z]{2})?$/.test(locale)) throw new UsageError(`--locale must look like fr_FR or en_US, got "${locale}"`);
  if (!isTimeZone(timeZone)) throw new UsageError(`--time-zone must be an IANA zone such as Europe/Paris, got "${timeZone}"`);
  if (digest !== null && !/\.html?$/i.test(digest)) throw new UsageError(`--digest must name an .html file, got "${digest}"`);
  return { input, month, mapping, out, locale, timeZone, engine, digest, help };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
