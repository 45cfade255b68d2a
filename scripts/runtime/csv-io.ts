// Reads a folder of .csv files as a workbook (one sheet per file): plain numbers and ISO dates typed, the rest text.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { dayFromCivil, isValidCivil } from '../../src/model/days';
import { midnightIn } from '../../src/model/timezone';
import { bareWorkbook, type CellValue, newSheet, setSheetRows, type Workbook, type WorkbookOptions } from './workbook-model';

/** RFC 4180 parsing: quoted fields with doubled quotes and line breaks; CRLF or LF rows; a trailing newline ignored. */
export function parseCsvText(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The delimiter of a CSV export: `;` (French Excel), tab or `,`, whichever the first line uses most. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ',';
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Types one CSV field as Sheets' import would for unambiguous input; everything else stays text as typed. */
export function csvCell(text: string, timeZone: string): CellValue {
  if (text === '') return '';
  if (PLAIN_NUMBER.test(text)) return Number(text);
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (isValidCivil(y, m, d)) return midnightIn(timeZone, dayFromCivil(y, m, d));
  }
  return text;
}

/** Reads one CSV text into rows of typed cells. */
export function csvRows(text: string, timeZone: string): CellValue[][] {
  return parseCsvText(text, detectDelimiter(text)).map((r) => r.map((cell) => csvCell(cell, timeZone)));
}

/** A workbook with one sheet per `.csv` file of `dir` (sorted by file name; sheet name = file name less `.csv`). */
export function readCsvFolder(dir: string, options: WorkbookOptions = {}): Workbook {
  const wb = bareWorkbook({ name: basename(dir), ...options });
  const files = readdirSync(dir)
    .filter((f) => extname(f).toLowerCase() === '.csv')
    .sort();
  if (files.length === 0) throw new Error(`Local runtime: no .csv file in ${dir}`);
  for (const file of files) {
    const sheet = newSheet(wb, basename(file, extname(file)));
    wb.sheets.push(sheet);
    setSheetRows(sheet, csvRows(readFileSync(join(dir, file), 'utf8'), wb.timeZone));
  }
  return wb;
}
