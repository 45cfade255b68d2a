// fast-check generators of sheets as users fill them (ISO dates and serials, stage labels, amounts) and their parsing.

import fc from 'fast-check';
import type { KpiInput } from '../../src/kpi/types';
import { dayFromCivil, dayKey, SERIAL_EPOCH_DAY } from '../../src/model/days';
import type { EntityId } from '../../src/model/entities';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS, type Settings } from '../../src/model/settings';

export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, locale: 'en_US', timeZone: 'Europe/Paris' };
export type Grid = unknown[][];

/** Days from 2023-11-01 to 2024-06-30. */
export const FIRST_DAY = dayFromCivil(2023, 11, 1);
export const LAST_DAY = dayFromCivil(2024, 6, 30);
export const JAN_2024 = 2024 * 12;

/** A day written as an ISO date or as a Sheets serial number. */
export const dateCell = (min = FIRST_DAY, max = LAST_DAY) =>
  fc.tuple(fc.integer({ min, max }), fc.boolean()).map(([day, serial]) => (serial ? day - SERIAL_EPOCH_DAY : dayKey(day)));

const stage = fc.constantFrom('Won', 'Lost', 'Open', 'Gagné', 'Perdu', 'Closed Won', 'Negotiation');
const owner = fc.constantFrom('Alice', 'Bob', 'Chloé', '');
const amount = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 100000 }) }, { weight: 1, arbitrary: fc.constant('') });

export const DEAL_HEADERS = ['Deal ID', 'Created date', 'Close date', 'Stage', 'Amount', 'Owner'];
export const DEAL_COLUMNS = { id: 0, created: 1, closed: 2, stage: 3, amount: 4, owner: 5 };

/** Deal rows (without header): every row has an id and a creation date; close dates may be blank. */
export const dealRows = (maxLength = 40, minLength = 0) =>
  fc.array(fc.tuple(dateCell(), fc.oneof(dateCell(), fc.constant('')), stage, amount, owner), { maxLength, minLength }).map((rows) =>
    rows.map(([created, closed, s, a, o], i) => [`D${i}`, created, closed, s, a, o] as unknown[]),
  );

export const CUSTOMER_HEADERS = ['Customer ID', 'Start date', 'End date'];
export const CUSTOMER_COLUMNS = { id: 0, start: 1, end: 2 };

/** Customer rows whose start falls in [minStart, maxStart] and whose end is blank or any day of the range. */
export const customerRows = (minStart = FIRST_DAY, maxStart = LAST_DAY, maxLength = 40) =>
  fc.array(fc.tuple(dateCell(minStart, maxStart), fc.oneof(dateCell(), fc.constant(''))), { maxLength }).map((rows) =>
    rows.map(([start, end], i) => [`C${i}`, start, end] as unknown[]),
  );

/** Parses `rows` under `headers` with the given columns, as the add-on does with a saved mapping. */
export function parse(entity: EntityId, headers: readonly string[], columns: Record<string, number>, rows: readonly (readonly unknown[])[]) {
  return parseTable(entity, entity, [headers, ...rows], columns, { headerRow: 1, settings: SETTINGS });
}

export function dealsInput(rows: readonly (readonly unknown[])[]): KpiInput {
  return { tables: { deals: parse('deals', DEAL_HEADERS, DEAL_COLUMNS, rows) }, settings: SETTINGS };
}

export function customersInput(rows: readonly (readonly unknown[])[]): KpiInput {
  return { tables: { customers: parse('customers', CUSTOMER_HEADERS, CUSTOMER_COLUMNS, rows) }, settings: SETTINGS };
}

/** A deterministic shuffle (the seed comes from fast-check, so failures shrink and replay). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Relative closeness for sums added in another order. */
export function close(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b || (a ?? null) === (b ?? null);
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
