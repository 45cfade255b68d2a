// Apps Script's lenient CSV splitting (Utilities.parseCsv) and the typing of CSV fields as Sheets' import does.

import { dayFromCivil, isValidCivil } from '../../src/model/days';
import { midnightIn } from '../../src/model/timezone';
import type { CellValue } from './workbook-model';

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

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Midnight of each ISO day already met, per time zone: an export repeats the same few hundred days, and its cells
 * share one Date per day (the model's cells are never changed in place; getValues hands the script its own copies).
 */
const midnights = new Map<string, Map<string, Date>>();
let lastZone = '';
let lastMidnights = new Map<string, Date>();

function midnightsIn(timeZone: string): Map<string, Date> {
  if (timeZone === lastZone) return lastMidnights;
  const zone = midnights.get(timeZone) ?? new Map<string, Date>();
  midnights.set(timeZone, zone);
  lastZone = timeZone;
  lastMidnights = zone;
  return zone;
}

/** Types one CSV field as Sheets' import would for unambiguous input; everything else stays text as typed. */
export function csvCell(text: string, timeZone: string): CellValue {
  const length = text.length;
  if (length === 0) return '';
  // Only text starting with a digit or `-` can be a plain number or an ISO date: the rest skips both patterns.
  const first = text.charCodeAt(0);
  if (first !== 45 && (first < 48 || first > 57)) return text;
  if (length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const zone = midnightsIn(timeZone);
    const known = zone.get(text);
    if (known !== undefined) return known;
    const iso = ISO_DATE.exec(text);
    if (iso) {
      const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
      if (isValidCivil(y, m, d)) {
        const midnight = midnightIn(timeZone, dayFromCivil(y, m, d));
        zone.set(text, midnight);
        return midnight;
      }
    }
    return text;
  }
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}
