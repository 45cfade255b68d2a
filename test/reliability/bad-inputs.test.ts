// Every bad-input case through the real pipeline: the documented figures or a message naming sheet, column and rows.

import { runCustomFunction } from '../../src/functions/dispatch';
import type { FunctionContext } from '../../src/functions/table-args';
import { UserError } from '../../src/i18n';
import { KPI_CATALOG } from '../../src/kpi/catalog';
import { computeKpi } from '../../src/kpi/compute';
import { defaultMonth, monthsCovered } from '../../src/kpi/monthly';
import { monthKey } from '../../src/model/days';
import { buildKpiExport } from '../../src/sample/kpi-export';
import type { KpiInput } from '../../src/kpi/types';
import { describeIssue } from '../../src/model/describe-issue';
import { parsePeriod } from '../../src/model/period';
import { langOf } from '../../src/model/settings';
import { BAD_INPUT_CASES, type BadInputCase } from '../fixtures/bad-inputs';
import { configFor, isoDay, parseSheet, type SheetInput, settingsFor } from './pipeline';

function sheetsOf(c: BadInputCase): SheetInput[] {
  const blanks = Array.from({ length: c.trailingBlankRows ?? 0 }, () => c.headers.map(() => ''));
  const values = [...(c.above ?? []), c.headers, ...c.rows, ...blanks];
  const main: SheetInput = { entity: c.entity, sheet: c.sheet ?? 'Data', values, mapping: c.mapping, fallbacks: c.fallbacks };
  if (!c.extra) return [main];
  return [main, { entity: c.extra.entity, sheet: 'Extra', values: [c.extra.headers, ...c.extra.rows] }];
}

function run(c: BadInputCase) {
  const settings = { ...settingsFor(c.locale), currency: c.currency ?? 'EUR' };
  const sheets = sheetsOf(c);
  const today = c.today ? isoDay(c.today) : undefined;
  const parsed = sheets.map((s) => parseSheet(s, settings, today));
  const input: KpiInput = { tables: Object.fromEntries(parsed.map((p) => [p.table.entity, p.table])), settings };
  const period = parsePeriod(c.expect.period ?? '2024-03', settings);
  return { settings, sheets, main: parsed[0], input, period, today };
}

const INTERNAL = /unexpected error|erreur inattendue/;

describe.each(BAD_INPUT_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const { settings, sheets, main, input, period, today } = run(c);
  const lang = langOf(settings.locale);

  it('finds the header row, the columns and the rows expected', () => {
    if (c.expect.headerRow !== undefined) expect(main.headerRow).toBe(c.expect.headerRow);
    if (c.expect.columns) expect(main.columns).toMatchObject(c.expect.columns);
    if (c.expect.size !== undefined) expect(main.table.size).toBe(c.expect.size);
  });

  it('reports exactly the expected issues, each naming its sheet, column and rows in both languages', () => {
    const found = input.tables[c.entity]!.issues.map((i) => ({ field: i.field, kind: i.kind, rows: [...i.rows], blocking: i.blocking, count: i.count }));
    const wanted = (c.expect.issues ?? []).map((i) => ({ ...i, rows: [...i.rows], count: i.count ?? i.rows.length }));
    const order = (a: { field: string; kind: string }, b: { field: string; kind: string }) => `${a.field}${a.kind}`.localeCompare(`${b.field}${b.kind}`);
    expect(found.sort(order)).toEqual(wanted.sort(order));
    for (const issue of input.tables[c.entity]!.issues) {
      for (const l of ['fr', 'en'] as const) {
        const text = describeIssue(issue, l);
        expect(text).toContain(issue.sheet);
        expect(text).toContain(issue.header);
        for (const row of issue.rows) expect(text).toMatch(new RegExp(`\\b${row}\\b`));
      }
    }
  });

  it('gives every KPI of the catalog a finite value or no value with a reason — never NaN, never a crash', () => {
    for (const def of KPI_CATALOG) {
      let result: ReturnType<typeof computeKpi>;
      try {
        result = computeKpi(def.id, input, period);
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        continue;
      }
      if (result.value === null) expect(result.why).toBeDefined();
      else expect(Number.isFinite(result.value)).toBe(true);
      for (const row of result.breakdown ?? []) if (row.value !== null) expect(Number.isFinite(row.value)).toBe(true);
    }
  });

  it('computes the documented KPI values', () => {
    for (const [id, value] of Object.entries(c.expect.kpis ?? {})) {
      const result = computeKpi(id, input, period);
      if (value === null) expect({ id, value: result.value }).toEqual({ id, value: null });
      else expect({ id, value: result.value === null ? null : Number(result.value.toFixed(9)) }).toEqual({ id, value: Number(value.toFixed(9)) });
    }
    for (const [id, reasons] of Object.entries(c.expect.skipped ?? {})) expect(computeKpi(id, input, period).skippedBy).toMatchObject(reasons);
  });

  it('gives the custom function its documented value or message, with a saved mapping and without one', () => {
    const args = [...sheets.map((s) => s.values), c.expect.period ?? '2024-03'];
    const withConfig: FunctionContext = { config: configFor(sheets, settings), settings, lang, today };
    const bare: FunctionContext = { config: null, settings, lang, today };
    for (const ctx of [withConfig, bare]) {
      for (const def of KPI_CATALOG.filter((d) => !d.spills)) {
        try {
          const out = runCustomFunction(def.fn, args, ctx);
          if (typeof out === 'number') expect(Number.isFinite(out)).toBe(true);
        } catch (error) {
          expect((error as Error).message).not.toMatch(INTERNAL);
        }
      }
    }
    const fn = c.expect.fn;
    if (!fn) return;
    const call = () => runCustomFunction(fn.name, args, withConfig);
    if (fn.error) expect(call).toThrow(fn.error);
    else expect(call()).toBeCloseTo(fn.value ?? Number.NaN, 9);
  });
});

describe.each(BAD_INPUT_CASES.filter((c) => c.expect.defaultMonth).map((c) => [c.name, c] as const))('the default month: %s', (_name, c) => {
  const { settings, sheets, input, today } = run(c);
  const wanted = c.expect.defaultMonth;

  it('is the same month for the engine, kpis.json, KPI_TABLE and a table-form function without a period', () => {
    const month = defaultMonth(input);
    expect(month === null ? null : monthKey(month)).toBe(wanted);
    const exported = buildKpiExport(input, null);
    expect(exported.month).toBe(wanted);
    expect(exported.months[exported.months.length - 1]).toBe(wanted);
    expect(monthsCovered(input).map(monthKey)).toEqual(exported.months);
    const ctx: FunctionContext = { config: configFor(sheets, settings), settings, lang: langOf(settings.locale), today };
    const spill = runCustomFunction('KPI_TABLE', sheets.map((s) => s.values), ctx) as unknown[][];
    expect(spill[spill.length - 1][0]).toBe(wanted);
    const tables = sheets.map((s) => s.values);
    const call = (rest: unknown[]) => {
      try {
        return runCustomFunction('DEALS_WON', [...tables, ...rest], ctx);
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(call([])).toEqual(call([wanted]));
  });
});

it('holds at least 40 cases, all with distinct names', () => {
  expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(BAD_INPUT_CASES.map((c) => c.name)).size).toBe(BAD_INPUT_CASES.length);
});
