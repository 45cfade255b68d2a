// Confirms header guesses by a column's contents: a date field holds dates, an amount numbers, a stage a few labels.

import { stageReader } from './coerce-stage';
import { newDateScan, scanDate } from './coerce-date';
import { parseNumber } from './coerce-number';
import type { FieldType } from './entities';
import { isDateObject } from './is-date';
import { compactText } from './normalize';
import { DEFAULT_SETTINGS } from './settings';
import { STAGE_LOST, STAGE_WON } from './table';

/** Cells looked at per column, spread over the whole table (a sorted export shows its won deals first). */
export const SAMPLE_CELLS = 40;

/** Fit of a field to a column whose sampled cells are all blank: no evidence either way. */
const UNKNOWN_FIT = 0.7;

/** Yes/no spellings (compacted): a column of them is a flag, never a date nor a stage. */
const FLAG_WORDS = new Set([
  'y', 'n', 'yes', 'no', 'true', 'false', 'oui', 'non', 'vrai', 'faux', 'si', 'sí', 'ja', 'nein', 'да', 'нет', 'x', '0', '1',
]);

interface Profile {
  /** Non-blank cells sampled. */
  n: number;
  dates: number;
  /** Plain numbers in the range of spreadsheet date serials (1950-2100): dates only if nothing says otherwise. */
  serials: number;
  numbers: number;
  flags: number;
  distinct: number;
  won: number;
  lost: number;
}

const readStage = stageReader(DEFAULT_SETTINGS);

/** Whole numbers that are spreadsheet date serials of 1950-2100. */
function isSerial(v: number): boolean {
  return v >= 18264 && v <= 73051 && Number.isInteger(v);
}

/** Fewer non-blank cells than this never refuse a column: too little evidence. */
const MIN_EVIDENCE = 3;
const utcDay = (ms: number) => Math.floor(ms / 86400000);

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function profileOf(cells: readonly unknown[]): Profile {
  const p: Profile = { n: 0, dates: 0, serials: 0, numbers: 0, flags: 0, distinct: 0, won: 0, lost: 0 };
  const seen = new Set<string>();
  const scan = newDateScan();
  for (const v of cells) {
    if (isBlank(v)) continue;
    p.n++;
    if (typeof v === 'boolean') {
      p.flags++;
      continue;
    }
    if (isDateObject(v)) {
      p.dates++;
      continue;
    }
    if (typeof v === 'number') {
      p.numbers++;
      if (isSerial(v)) p.serials++;
      if (v === 0 || v === 1) p.flags++;
      continue;
    }
    const text = String(v).trim();
    const number = parseNumber(text);
    if (number.kind === 'blank') {
      p.n--;
      continue;
    }
    seen.add(text);
    if (number.kind === 'number') {
      // `45366` written as text may be a date serial; `2024-03-15` reads as no number.
      p.numbers++;
      if (isSerial(number.value)) p.serials++;
      if (number.value === 0 || number.value === 1) p.flags++;
      continue;
    }
    if (FLAG_WORDS.has(compactText(text) || text.toLowerCase())) {
      p.flags++;
      continue;
    }
    const kind = scanDate(text, utcDay, scan).kind;
    if (kind === 'day' || kind === 'pair') {
      p.dates++;
      continue;
    }
    const stage = readStage(text);
    if (stage === STAGE_WON) p.won++;
    else if (stage === STAGE_LOST) p.lost++;
  }
  p.distinct = seen.size;
  return p;
}

/** How well a column's contents fit a field type, from 0 (impossible: refuse the column) to 1. */
export function contentFit(type: FieldType, p: Profile): number {
  if (p.n === 0) return UNKNOWN_FIT;
  const fit = typedFit(type, p);
  return p.n < MIN_EVIDENCE ? Math.max(fit, 0.5) : fit;
}

function typedFit(type: FieldType, p: Profile): number {
  const share = (k: number) => k / p.n;
  switch (type) {
    case 'date': {
      if (share(p.flags) >= 0.5) return 0;
      const dates = share(p.dates + 0.6 * p.serials);
      return dates < 0.5 ? 0 : 0.6 + 0.4 * dates;
    }
    case 'amount':
    case 'number': {
      const numbers = share(p.numbers);
      return numbers < 0.5 ? 0 : 0.6 + 0.4 * numbers;
    }
    case 'stage': {
      if (share(p.dates + p.numbers) >= 0.5) return 0;
      if (share(p.flags) >= 0.5) return 0.3;
      if (p.won > 0 && p.lost > 0) return 1;
      if (p.won > 0 || p.lost > 0) return 0.9;
      // Free text (names, titles) is no stage: a stage column repeats a few labels.
      return p.n >= 10 && p.distinct / p.n > 0.7 ? 0.3 : 0.6;
    }
    case 'flag':
      if (share(p.flags) >= 0.6) return 1;
      return share(p.dates) >= 0.5 ? 0.8 : 0.5;
    default:
      if (share(p.dates) >= 0.8) return 0.6;
      return 1;
  }
}

/** Why a column was refused for a field type (for messages), or '' when it was not. */
export function refusal(type: FieldType, p: Profile): '' | 'no_dates' | 'no_numbers' | 'not_labels' {
  if (contentFit(type, p) > 0) return '';
  if (type === 'date') return 'no_dates';
  if (type === 'amount' || type === 'number') return 'no_numbers';
  return 'not_labels';
}

/** The sampled contents of a table's columns below its header row, profiled lazily, once per column. */
export class ColumnSample {
  private readonly profiles = new Map<number, Profile>();
  private readonly rows: readonly (readonly unknown[])[];

  /** `values` is the whole range; data starts after `headerRow` (1-based; 0 when the range has no header). */
  constructor(values: readonly (readonly unknown[])[], headerRow: number) {
    const first = Math.max(0, headerRow);
    const total = values.length - first;
    const step = Math.max(1, Math.floor(total / SAMPLE_CELLS));
    const rows: (readonly unknown[])[] = [];
    for (let r = first; r < values.length && rows.length < SAMPLE_CELLS; r += step) rows.push(values[r] ?? []);
    this.rows = rows;
  }

  profile(column: number): Profile {
    let p = this.profiles.get(column);
    if (!p) {
      p = profileOf(this.rows.map((row) => row[column]));
      this.profiles.set(column, p);
    }
    return p;
  }

  fit(type: FieldType, column: number): number {
    return contentFit(type, this.profile(column));
  }

  refusal(type: FieldType, column: number): ReturnType<typeof refusal> {
    return refusal(type, this.profile(column));
  }
}
