// Reads CSV/TSV exports as workbook sheets: any encoding (csv-decode), `;` `,` tab or `|` separators, strict csv-parse.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { csvCell } from './csv-cells';
import { decodeCsvBytes } from './csv-decode';
import {
  bareWorkbook,
  type CellValue,
  newSheet,
  type SheetModel,
  STYLE_DEFAULTS,
  STYLE_KEYS,
  type Workbook,
  type WorkbookOptions,
} from './workbook-model';

export { csvCell, parseCsvText } from './csv-cells';

/** File extensions read as delimited text, in a folder or alone. */
export const CSV_EXTENSIONS = ['.csv', '.tsv', '.txt'];

const DELIMITERS = [',', ';', '\t', '|'];

/** A CSV file that cannot be read faithfully: the file, the line where the problem starts, and what it is. */
export class CsvReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: 'quote_not_closed' | 'bad_quote' | 'stray_quote' | 'other',
    detail: string,
  ) {
    super(`${file}, line ${line}: ${detail}`);
    this.name = 'CsvReadError';
  }
}

/** How many times each candidate delimiter occurs outside quotes on each of the first records (up to 64 KB). */
function delimiterCounts(text: string): Map<string, number[]> {
  const counts = new Map(DELIMITERS.map((d) => [d, [0]]));
  let quoted = false;
  let record = 0;
  const end = Math.min(text.length, 65536);
  for (let i = 0; i < end && record < 50; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n') {
      record++;
      for (const list of counts.values()) list.push(0);
    } else {
      const list = counts.get(ch);
      if (list) list[record]++;
    }
  }
  return counts;
}

/**
 * The separator of an export: among `,` `;` tab and `|`, the one found on the header line that keeps the same count on
 * the most records (then the most frequent); `preferred` (tab for `.tsv`) wins a tie. `,` when none is found.
 */
export function detectDelimiter(text: string, preferred?: string): string {
  let best = ',';
  let bestScore = -1;
  for (const [d, list] of delimiterCounts(text)) {
    const lines = list.length > 1 && list[list.length - 1] === 0 ? list.slice(0, -1) : list;
    const header = lines[0];
    if (header === 0) continue;
    const steady = lines.filter((c) => c === header).length / lines.length;
    const score = steady * 1000 + Math.min(header, 999) + (d === preferred ? 0.5 : 0);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const OPTIONS = {
  // Rows may be shorter or longer than the header (Sheets pads them); quotes are strict: a stray or unclosed quote is
  // reported with its line instead of silently merging rows.
  relax_column_count: true,
  skip_empty_lines: false,
} as const;

/** The line on which the record after the `records` first ones starts (parsed again, only when reporting an error). */
function lineOfRecord(text: string, delimiter: string, records: number): number {
  let line = 0;
  let seen = 0;
  try {
    parse(text, {
      ...OPTIONS,
      delimiter,
      on_record: (record: string[], context: { lines: number }) => {
        if (seen++ < records) line = context.lines;
        return record;
      },
    });
  } catch {
    // the same error again: `line` holds where the last good record ended
  }
  return line + 1;
}

/** Splits CSV text with csv-parse in strict quoting mode; a quote left open or closed mid-field is a CsvReadError. */
export function parseCsvStrict(text: string, file: string, delimiter = detectDelimiter(text)): string[][] {
  // One record delimiter for csv-parse: exports mixing CRLF and LF rows (appended files) read as written.
  const source = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  try {
    return parse(source, { ...OPTIONS, delimiter }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = lineOfRecord(source, delimiter, (error as CsvError & { records?: number }).records ?? 0);
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw new CsvReadError(file, line, 'quote_not_closed', 'a quoted field opens on this line and is never closed');
    if (error.code === 'CSV_INVALID_CLOSING_QUOTE') throw new CsvReadError(file, line, 'bad_quote', `a quoted field opened on this line closes in the middle of a field (${error.message})`);
    if (error.code === 'INVALID_OPENING_QUOTE') throw new CsvReadError(file, line, 'stray_quote', `a quote appears inside a field that does not start with one (${error.message})`);
    throw new CsvReadError(file, line, 'other', error.message);
  }
}

export interface CsvSheet {
  readonly rows: CellValue[][];
  readonly encoding: string;
  readonly delimiter: string;
}

/** Reads one export file into rows of typed cells (plain numbers and ISO dates, as Sheets' import types them). */
export function readCsvFile(path: string, timeZone: string): CsvSheet {
  const { text, encoding } = decodeCsvBytes(readFileSync(path));
  const delimiter = detectDelimiter(text, extname(path).toLowerCase() === '.tsv' ? '\t' : undefined);
  return { rows: typeCells(parseCsvStrict(text, basename(path), delimiter), timeZone), encoding, delimiter };
}

/** Reads one CSV text into rows of typed cells. */
export function csvRows(text: string, timeZone: string): CellValue[][] {
  return typeCells(parseCsvStrict(text, 'text'), timeZone);
}

/** Types the fields in place (no second grid of rows: a 300,000-row export would otherwise be held twice). */
function typeCells(rows: string[][], timeZone: string): CellValue[][] {
  for (const row of rows as unknown[][]) for (let c = 0; c < row.length; c++) row[c] = csvCell(row[c] as string, timeZone);
  return rows as unknown as CellValue[][];
}

/**
 * Puts the rows read from a file on a sheet without copying them: rows padded to one width; formulas and each style
 * grid as one shared frozen row (an import has neither, and a write to one throws instead of changing every row).
 * On a 300,000-row export this keeps ten grids of 300,000 arrays out of memory.
 */
function fillImportedSheet(sheet: SheetModel, rows: CellValue[][]): void {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of rows) while (r.length < width) r.push('');
  const shared = <T>(fill: T): T[][] => new Array<T[]>(rows.length).fill(Object.freeze(new Array<T>(width).fill(fill)) as T[]);
  sheet.values = rows;
  sheet.formulas = shared('');
  for (const key of STYLE_KEYS) (sheet as unknown as Record<string, unknown[][]>)[key] = shared<unknown>(STYLE_DEFAULTS[key]);
  sheet.maxRows = Math.max(sheet.maxRows, rows.length);
  sheet.maxColumns = Math.max(sheet.maxColumns, width);
}

/** What was read from each file: its sheet, encoding and separator (shown by the command line). */
export interface CsvSource {
  readonly file: string;
  readonly sheet: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly rows: number;
}

const sources = new WeakMap<Workbook, CsvSource[]>();

/** The files a workbook was read from (empty for a workbook not read from CSV files). */
export function csvSources(wb: Workbook): readonly CsvSource[] {
  return sources.get(wb) ?? [];
}

/** A workbook with one sheet per `.csv`/`.tsv`/`.txt` path (sheet name = file name less its extension, kept unique). */
export function readCsvFiles(paths: readonly string[], options: WorkbookOptions): Workbook {
  const wb = bareWorkbook(options);
  const read: CsvSource[] = [];
  for (const path of paths) {
    const file = basename(path);
    const stem = basename(file, extname(file));
    const sheet = newSheet(wb, wb.sheets.some((s) => s.name === stem) ? file : stem);
    wb.sheets.push(sheet);
    const { rows, encoding, delimiter } = readCsvFile(path, wb.timeZone);
    fillImportedSheet(sheet, rows);
    read.push({ file, sheet: sheet.name, encoding, delimiter, rows: rows.length });
  }
  sources.set(wb, read);
  return wb;
}

/** A workbook with one sheet per `.csv`, `.tsv` or `.txt` file of `dir`, sorted by file name. */
export function readCsvFolder(dir: string, options: WorkbookOptions = {}): Workbook {
  const files = readdirSync(dir)
    .filter((f) => CSV_EXTENSIONS.includes(extname(f).toLowerCase()) && !f.startsWith('.'))
    .sort();
  if (files.length === 0) throw new Error(`Local runtime: no .csv, .tsv or .txt file in ${dir}`);
  return readCsvFiles(
    files.map((f) => join(dir, f)),
    { name: basename(dir), ...options },
  );
}
