// The vm context a bundle runs in: fake-clock Date, and conversions of values between the host and the script realm.

import vm from 'node:vm';
import { isDateLike } from './cell-value';
import type { Realm } from './service-context';

const FAKE_DATE = `(function (now) {
  var RealDate = Date;
  class LocalDate extends RealDate {
    constructor(a, ...rest) {
      if (arguments.length === 0) super(now());
      else if (arguments.length === 1) super(a);
      else super(a, ...rest);
    }
    static now() { return now(); }
  }
  Object.defineProperty(LocalDate, 'name', { value: 'Date' });
  globalThis.Date = LocalDate;
})`;

/**
 * Builtins bound as top-level constants of the context, before the script loads (after the fake Date). In a Node vm
 * context every lookup of a global property goes through the context's interceptor (about 10× slower in hot loops);
 * a top-level lexical binding does not. Apps Script's V8 has no interceptor, so this only removes a cost of the local
 * runtime. Non-configurable globals (`NaN`, `Infinity`, `undefined`) cannot be bound this way and are left alone.
 */
const BUILTINS = [
  'Array', 'ArrayBuffer', 'Boolean', 'DataView', 'Date', 'Error', 'Float32Array', 'Float64Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Intl', 'JSON', 'Map', 'Math', 'Number', 'Object', 'Promise', 'RangeError', 'Reflect', 'RegExp', 'Set',
  'String', 'Symbol', 'SyntaxError', 'TypeError', 'Uint8Array', 'Uint16Array', 'Uint32Array', 'WeakMap', 'WeakSet',
  'isFinite', 'isNaN', 'parseFloat', 'parseInt',
];
const LEXICAL_BUILTINS = `const ${BUILTINS.map((name) => `${name} = globalThis.${name}`).join(', ')};`;

export interface ScriptRealm extends Realm {
  context: vm.Context;
  error(message: string): Error;
  /** Deep copy of host arrays, Dates and plain objects into the script realm (function arguments). */
  toScript(value: unknown): unknown;
  /** Deep copy of script arrays, Dates and plain objects into the host realm (return values). */
  fromScript(value: unknown): unknown;
}

/** A fresh vm context holding `globals`, whose `new Date()` and `Date.now()` read `now()`. */
export function createScriptRealm(globals: Record<string, unknown>, now: () => number): ScriptRealm {
  const context = vm.createContext({ ...globals });
  (vm.runInContext(FAKE_DATE, context) as (n: () => number) => void)(now);
  vm.runInContext(LEXICAL_BUILTINS, context);
  const ScriptDate = vm.runInContext('Date', context) as DateConstructor;
  const ScriptArray = vm.runInContext('Array', context) as ArrayConstructor;
  const ScriptError = vm.runInContext('Error', context) as ErrorConstructor;
  const scriptObjectProto = vm.runInContext('Object.prototype', context) as object;
  // A script array of a known length filled by index: Array.from or the script's slice called on a host array take
  // a slow cross-realm path (about 20× slower on a 300,000-row range).
  const scriptSlice = <T>(items: readonly T[], start: number, end: number): T[] => {
    const n = Math.max(0, Math.min(end, items.length) - start);
    const out = new ScriptArray(n) as T[];
    for (let i = 0; i < n; i++) out[i] = items[start + i];
    return out;
  };

  const copy = (value: unknown, toScript: boolean): unknown => {
    if (typeof value !== 'object' || value === null) return value; // primitives and functions pass as they are
    if (Array.isArray(value)) {
      if (!toScript) return value.map((v) => copy(v, false));
      // Built in the script realm directly (no host array copied again): a 100,000-row range is copied in each call.
      const out = new ScriptArray();
      for (let i = 0; i < value.length; i++) out.push(copy(value[i], true));
      return out;
    }
    if (isDateLike(value)) return toScript ? new ScriptDate(value.getTime()) : new Date(value.getTime());
    if (value && typeof value === 'object') {
      const proto = Object.getPrototypeOf(value);
      const plain = proto === null || proto === Object.prototype || proto === scriptObjectProto;
      if (!plain) return value;
      const out: Record<string, unknown> = toScript ? (vm.runInContext('({})', context) as Record<string, unknown>) : {};
      for (const [k, v] of Object.entries(value)) out[k] = copy(v, toScript);
      return out;
    }
    return value;
  };

  return {
    context,
    date: (ms) => new ScriptDate(ms),
    array: <T>(items: T[]) => (Array.isArray(items) ? scriptSlice(items, 0, items.length) : (ScriptArray.from(items) as T[])),
    slice: scriptSlice,
    error: (message) => new ScriptError(message),
    toScript: (v) => copy(v, true),
    fromScript: (v) => copy(v, false),
  };
}
