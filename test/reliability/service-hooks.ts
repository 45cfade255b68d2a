// Intercepts every call a loaded script makes into a service tree (SpreadsheetApp → Spreadsheet → Sheet → Range...).

import type { Runtime } from '../../scripts/runtime';

/** Called before each method call with its name and how many times that name was called so far (1 for the first). */
export type Hook = (method: string, nth: number) => void;

/** Replaces the script's global `service` by a transparent proxy that runs `hook` before every method call. */
export function hookService(runtime: Runtime, service: string, hook: Hook): void {
  const context = (runtime as unknown as { realm: { context: Record<string, unknown> } }).realm.context;
  const counts = new Map<string, number>();
  const targets = new WeakMap<object, object>();
  const unwrap = (v: unknown) => (v !== null && typeof v === 'object' && targets.has(v) ? targets.get(v) : v);
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map(wrap);
    if (Object.prototype.toString.call(value) === '[object Date]') return value;
    const target = value as Record<string | symbol, unknown>;
    const proxy = new Proxy(target, {
      get(t, prop) {
        const v = t[prop];
        if (typeof v !== 'function' || typeof prop !== 'string') return v;
        return (...args: unknown[]) => {
          const nth = (counts.get(prop) ?? 0) + 1;
          counts.set(prop, nth);
          hook(prop, nth);
          return wrap((v as (...a: unknown[]) => unknown).apply(t, args.map(unwrap)));
        };
      },
    });
    targets.set(proxy, target);
    return proxy;
  };
  context[service] = wrap(context[service]);
}

/** A hook that throws a service error on the `nth` call of `method`. */
export function failOn(method: string, nth = 1): Hook {
  return (name, count) => {
    if (name === method && count === nth) throw new Error(`Service Spreadsheets failed while accessing document (${method})`);
  };
}
