// Turns a sheet's values into a typed Table: blank rows dropped, one pass per column, issues with their sheet rows.

import { BlankTokens, isTextBlankToken } from './blank-tokens';
import { localeDateOrder } from './coerce-date';
import { isDateObject } from './is-date';
import { parseFlag } from './coerce-flag';
import { IssueCollector } from './column-issues';
import { readDateColumn } from './date-column';
import { type Day, dayKey } from './days';
import { type EntityId, fieldDef } from './entities';
import { readNumberColumn } from './number-column';
import { langOf, type Settings } from './settings';
import { impliedColumn } from './detect-implied';
import { finishStages, OUTCOME_FLAGS, readStageColumn } from './stage-column';
import { type Column, STAGE_WON, type Table } from './table';
import { checkTable } from './table-checks';
import { addTimeOfDay } from './time-of-day';
import { dayOfInstantIn } from './timezone';

export interface ParseOptions {
  /** 1-based row of the headers; data starts on the next row. */
  readonly headerRow: number;
  readonly settings: Settings;
  /** Today in the spreadsheet time zone; when given, dates after it are flagged. */
  readonly today?: Day;
  /** Only these fields become columns (the others still tell blank rows from data rows); default: every field. */
  readonly only?: ReadonlySet<string>;
}

type Cells = readonly (readonly unknown[])[];

// Imported bindings copied to module constants: hot loops then read a local, never a module getter (tsx, jest).
const isTextToken = isTextBlankToken;

/** Distinct texts remembered per flag column. */
const MEMO_LIMIT = 10000;

function isBlank(v: unknown): boolean {
  if (v === '' || v === null || v === undefined) return true;
  return typeof v === 'string' && v.trim() === '';
}

/** Spreadsheet column letters of a 0-based index (0 → A, 27 → AB). */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Parses `values` (the whole sheet from row 1, as `getValues` returns it) into the Table of `entity`. `columns` maps
 * field id → 0-based column index. Trailing blank rows cost nothing; blank rows in the middle are dropped while
 * `rowNumbers` keeps every row's real sheet number.
 */
export function parseTable(
  entity: EntityId,
  sheet: string,
  values: readonly (readonly unknown[])[],
  columns: Readonly<Record<string, number>>,
  options: ParseOptions,
): Table {
  const fields = Object.keys(columns).filter((f) => Number.isInteger(columns[f]) && columns[f] >= 0);
  const cols = fields.map((f) => columns[f]);
  const first = Math.max(0, options.headerRow);
  let last = values.length - 1;
  while (last >= first && rowIsBlank(values[last], cols)) last--;
  const kept = new Int32Array(Math.max(0, last - first + 1));
  let size = 0;
  for (let r = first; r <= last; r++) if (!rowIsBlank(values[r], cols)) kept[size++] = r;
  const rowIndex = kept.slice(0, size);
  const rows: Cells = values;

  const headerCells = options.headerRow >= 1 ? values[options.headerRow - 1] : undefined;
  const headers: Record<string, string> = {};
  const issues = new IssueCollector();
  const out: Record<string, Column | undefined> = {};
  const { settings } = options;
  const lang = langOf(settings.locale);
  let toDay: ((ms: number) => Day) | undefined;
  for (let k = 0; k < fields.length; k++) {
    const field = fields[k];
    const col = cols[k];
    // Outcome flags (IsWon, IsClosed) are part of the stage: read whenever it is.
    if (options.only && !options.only.has(field) && !(OUTCOME_FLAGS.includes(field) && options.only.has('stage'))) continue;
    const headerCell = headerCells ? headerCells[col] : undefined;
    const header = isBlank(headerCell) ? columnLetter(col) : String(headerCell).trim();
    headers[field] = header;
    const type = fieldDef(entity, field)?.type ?? 'text';
    if (type === 'date') {
      if (!toDay) toDay = dayOfInstantIn(settings.timeZone);
      const order = localeDateOrder(settings.locale);
      const days = readDateColumn(rows, col, rowIndex, toDay, order, field, issues);
      if (fieldDef(entity, field)?.time) addTimeOfDay(days, rows, col, rowIndex, settings.timeZone);
      out[field] = { type, header, values: days };
    } else if (type === 'amount' || type === 'number') {
      const nums = readNumberColumn(rows, col, rowIndex, lang, type === 'amount', settings.currency, field, issues);
      out[field] = { type, header, values: nums };
    } else if (type === 'stage') {
      const { labelCodes, labels } = stageLabelCodes(rows, col, rowIndex);
      out[field] = { type, header, values: readStageColumn(rows, col, rowIndex, settings, field, issues), labelCodes, labels };
    } else if (type === 'flag') {
      const flags = new Uint8Array(rowIndex.length);
      const memo = new Map<string, 0 | 1>(); // sheets repeat a few spellings (oui, x, ✓): read each once
      for (let i = 0; i < rowIndex.length; i++) {
        const v = rows[rowIndex[i]][col];
        if (typeof v !== 'string') flags[i] = parseFlag(v);
        else {
          let flag = memo.get(v);
          if (flag === undefined) {
            flag = parseFlag(v);
            if (memo.size < MEMO_LIMIT) memo.set(v, flag);
          }
          flags[i] = flag;
        }
      }
      out[field] = { type, header, values: flags };
    } else {
      const texts = readTextColumn(rows, col, rowIndex, toDay ?? dayOfInstantIn(settings.timeZone), field, issues);
      out[field] = { type: 'text', header, values: texts };
    }
  }
  // Outcome flags (IsWon, IsClosed) complete or make the stage first; a won-date table without either is all won.
  if (entity === 'deals') finishStages(out, headers, rows, columns.stage, columns, rowIndex, issues);
  if (!(entity === 'deals' && out.stage)) addImplied(entity, columns, headerCells, rowIndex, out, headers, issues, options.only);
  checkTable(entity, out, rowIndex, options.today, issues);
  const rowNumbers = new Int32Array(rowIndex.length);
  for (let i = 0; i < rowIndex.length; i++) rowNumbers[i] = rowIndex[i] + 1;
  return {
    entity,
    sheet,
    size: rowIndex.length,
    rowNumbers,
    columns: out,
    issues: issues.list(entity, sheet, headers),
    rowsRead: Math.max(0, last - first + 1),
    headers: headerCells ? Array.from(headerCells, (c) => (isBlank(c) ? '' : String(c).trim())) : [],
  };
}

/** Adds the column the table implies (every deal won; every target a revenue target), and says so as an issue. */
function addImplied(
  entity: EntityId,
  columns: Readonly<Record<string, number>>,
  headerCells: readonly unknown[] | undefined,
  rowIndex: Int32Array,
  out: Record<string, Column | undefined>,
  headers: Record<string, string>,
  issues: IssueCollector,
  only: ReadonlySet<string> | undefined,
): void {
  const implied = impliedColumn(entity, columns, headerCells);
  const field = implied === 'won_only' ? 'stage' : implied === 'revenue_target' ? 'metric' : '';
  if (!implied || (only && !only.has(field))) return;
  const from = implied === 'won_only' ? 'closed' : 'target';
  const header = headers[from] ?? (isBlank(headerCells?.[columns[from]]) ? columnLetter(columns[from]) : String(headerCells?.[columns[from]]).trim());
  headers[field] = header;
  out[field] =
    implied === 'won_only'
      ? { type: 'stage', header, values: new Uint8Array(rowIndex.length).fill(STAGE_WON) }
      : { type: 'text', header, values: new Array<string>(rowIndex.length).fill('revenue') };
  for (let i = 0; i < rowIndex.length; i++) issues.add(field, implied, rowIndex[i] + 1, false);
}

function rowIsBlank(row: readonly unknown[] | undefined, cols: readonly number[]): boolean {
  if (!row) return true;
  for (let k = 0; k < cols.length; k++) if (!isBlank(row[cols[k]])) return false;
  return true;
}

/** Texts of a column, trimmed; placeholders (`\N`, `NULL`, `(none)`, `-`) become blanks, counted (`read_as_blank`). */
function readTextColumn(
  rows: Cells,
  col: number,
  rowIndex: Int32Array,
  toDay: (ms: number) => Day,
  field: string,
  issues: IssueCollector,
): string[] {
  const texts = new Array<string>(rowIndex.length);
  const tokens = new BlankTokens();
  for (let i = 0; i < rowIndex.length; i++) {
    const v = rows[rowIndex[i]][col];
    if (typeof v === 'string') {
      const text = trimmed(v);
      if (isTextToken(text)) {
        texts[i] = '';
        tokens.add(text);
        issues.add(field, 'read_as_blank', rowIndex[i] + 1, false);
      } else texts[i] = text;
    } else if (v === null || v === undefined) texts[i] = '';
    else if (isDateObject(v)) texts[i] = Number.isNaN(v.getTime()) ? '' : dayKey(toDay(v.getTime()));
    else texts[i] = String(v);
  }
  if (tokens.seen.length > 0) issues.setDetail(field, 'read_as_blank', tokens.detail);
  return texts;
}

/** `s.trim()`, without the call when both ends are visible ASCII (the usual case: nothing to trim). */
function trimmed(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  return a > 32 && a < 127 && b > 32 && b < 127 ? s : s.trim();
}

/** The stage labels as written (first spelling, trimmed) beside open/won/lost, for breakdowns by stage; -1 for blanks. */
function stageLabelCodes(rows: Cells, col: number, rowIndex: Int32Array): { labelCodes: Int32Array; labels: string[] } {
  const labelCodes = new Int32Array(rowIndex.length);
  const labels: string[] = [];
  const codeOf = new Map<unknown, number>(); // a few distinct labels: one lookup per row
  for (let i = 0; i < rowIndex.length; i++) {
    const v = rows[rowIndex[i]][col];
    let code = codeOf.get(v);
    if (code === undefined) {
      const text = v === null || v === undefined ? '' : String(v).trim();
      code = text === '' || isTextToken(text) ? -1 : labels.indexOf(text);
      if (text !== '' && !isTextToken(text) && code < 0 && labels.length < MEMO_LIMIT) code = labels.push(text) - 1;
      if (codeOf.size < MEMO_LIMIT) codeOf.set(v, code);
    }
    labelCodes[i] = code;
  }
  return { labelCodes, labels };
}
