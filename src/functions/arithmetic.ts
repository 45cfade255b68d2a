// The arithmetic form of a KPI (=CAC(10000; 50)): reads each argument, enforces its rules, computes, names what is wrong.

import { UserError } from '../i18n';
import { MONTHS_PER_INTERVAL, parseInterval } from '../kpi/measures/billing-interval';
import type { ArithmeticBound, ArithmeticParam, KpiDef } from '../kpi/types';
import type { Lang } from '../model/settings';
import { is2D, sumArgument, trimTrailingBlanks } from './arguments';

/** Months per billing interval of an interval argument (`"year"` → 12). */
function readInterval(fn: string, index: number, p: ArithmeticParam, arg: unknown): number {
  const cell = is2D(arg) && arg.length === 1 && arg[0].length === 1 ? arg[0][0] : arg;
  const parsed = parseInterval(cell);
  if (!parsed) throw new UserError('err_bad_interval', { fn, index, param: p.name, value: String(cell).slice(0, 40) });
  return MONTHS_PER_INTERVAL[parsed.unit] * parsed.count;
}

const shown = (v: number) => String(Math.round(v * 1e6) / 1e6);

/** Throws the first rule an argument breaks: negative count, a part above its whole, a rate above 1, parts above their whole. */
function checkRules(fn: string, params: readonly ArithmeticParam[], values: readonly number[], bounds: readonly ArithmeticBound[] = []): void {
  params.forEach((p, i) => {
    const v = values[i];
    if (p.min !== undefined && v < p.min) throw new UserError('err_arg_negative', { fn, index: i + 1, param: p.name, value: shown(v) });
    if (p.fraction && v > 1) throw new UserError('err_arg_rate_above_one', { fn, index: i + 1, param: p.name, value: shown(v), percent: shown(v / 100) });
  });
  params.forEach((p, i) => {
    const w = p.atMost ? params.findIndex((q) => q.name === p.atMost) : -1;
    if (w >= 0 && values[i] > values[w]) {
      throw new UserError('err_arg_above_whole', { fn, param: p.name, value: shown(values[i]), whole: p.atMost!, total: shown(values[w]) });
    }
  });
  const argValue = (name: string) => values[params.findIndex((p) => p.name === name)];
  for (const b of bounds) {
    const minus = b.minus ?? [];
    const sum = b.plus.reduce((s, n) => s + argValue(n), 0) - minus.reduce((s, n) => s + argValue(n), 0);
    if (sum > argValue(b.atMost)) {
      const expr = [b.plus.join(' + '), ...minus].join(' − ');
      throw new UserError('err_args_above_whole', { fn, params: expr, value: shown(sum), whole: b.atMost, total: shown(argValue(b.atMost)) });
    }
  }
}

/** Runs the arithmetic form of `def` on the arguments as Sheets passed them; errors name the argument at fault. */
export function runArithmetic(def: KpiDef, rawArgs: readonly unknown[], lang: Lang): number {
  const form = def.arithmetic;
  const params = form?.params ?? [];
  const required = params.filter((p) => !p.optional).length;
  const args = trimTrailingBlanks(rawArgs, required);
  if (!form || args.length < required || args.length > params.length) {
    const expected = required === params.length ? String(required) : `${required}–${params.length}`;
    throw new UserError('err_args_count', { fn: def.fn, expected, params: params.map((p) => p.name).join(', '), got: args.length });
  }
  const values = params.map((p, i) => {
    if (i >= args.length) return p.optional!.fallback;
    if (p.kind === 'interval') return readInterval(def.fn, i + 1, p, args[i]);
    const { total, count } = sumArgument(def.fn, i + 1, p.name, args[i], lang);
    if (count === 0) throw new UserError('err_arg_blank', { fn: def.fn, index: i + 1, param: p.name });
    return total;
  });
  checkRules(def.fn, params, values, form.bounds);
  const value = form.compute(...values);
  if (value === null || !Number.isFinite(value)) {
    const zero = (form.zero ?? []).filter((name) => values[params.findIndex((p) => p.name === name)] === 0);
    const names = zero.length > 0 ? zero : (form.zero ?? params.map((p) => p.name));
    throw new UserError('err_arith_no_value', { fn: def.fn, params: names.join(' + ') });
  }
  return value;
}
