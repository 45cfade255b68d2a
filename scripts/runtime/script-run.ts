// google.script.run as documented: private functions (ending with _) are unreachable; values cross as primitives, arrays and plain objects.

import { isDateLike } from './cell-value';

/**
 * Copies a value the way google.script.run carries it: primitives, null, arrays and plain objects pass; a Date, a
 * function or any other object makes the request fail; `undefined` inside an array becomes null, an `undefined`
 * property is dropped; a cycle fails.
 */
export function transferValue(value: unknown, path = 'value', seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value === undefined) return undefined;
  if (typeof value === 'function') throw new Error(`google.script.run: a function cannot be sent (${path})`);
  if (typeof value !== 'object') throw new Error(`google.script.run: a ${typeof value} cannot be sent (${path})`);
  if (isDateLike(value)) throw new Error(`google.script.run: a Date cannot be sent (${path}); send a string or a number`);
  if (seen.has(value)) throw new Error(`google.script.run: a circular reference cannot be sent (${path})`);
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v, i) => (v === undefined ? null : transferValue(v, `${path}[${i}]`, seen)));
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) {
      throw new Error(`google.script.run: only plain objects can be sent (${path} is a ${proto.constructor?.name ?? 'object'})`);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined) out[k] = transferValue(v, `${path}.${k}`, seen);
    }
    return out;
  } finally {
    seen.delete(value);
  }
}

/** Throws as Google does when a page calls a function it may not reach. */
export function checkCallable(name: string): void {
  if (name.endsWith('_')) {
    throw new Error(`google.script.run: ${name} is private (names ending with _ cannot be called from a page)`);
  }
}
