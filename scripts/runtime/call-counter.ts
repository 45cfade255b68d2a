// Counts every service call by `Class.method` and wraps service objects in a Proxy that refuses unknown methods.

export class CallCounter {
  total = 0;
  byMethod: Record<string, number> = {};

  count(name: string): void {
    this.total += 1;
    this.byMethod[name] = (this.byMethod[name] ?? 0) + 1;
  }

  reset(): void {
    this.total = 0;
    this.byMethod = {};
  }
}

/** Properties that JavaScript machinery (await, jest, util.inspect, JSON) probes on any object. */
const PROBED = new Set([
  'then',
  'toJSON',
  'toString',
  'valueOf',
  'constructor',
  'inspect',
  'asymmetricMatch',
  'nodeType',
  'tagName',
  '$$typeof',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'prototype',
  'length',
]);

export interface CallGuard {
  counter: CallCounter;
  /** Throws when the current execution's authorization mode forbids `Class.method`. */
  check(className: string, method: string): void;
  /** Turns an error thrown by a service into one of the script's realm (so `e instanceof Error` holds there). */
  scriptError(error: unknown): unknown;
}

/**
 * Wraps a service object: each method call is counted and checked, a method returning the object itself returns the
 * proxy (chaining stays counted), and any other missing property throws `Local runtime: Class.x is not implemented`.
 */
export function wrapService<T extends object>(target: T, className: string, guard: CallGuard): T {
  const wrappers = new Map<string, unknown>();
  const proxy: T = new Proxy(target, {
    get(t, prop) {
      if (typeof prop === 'symbol') return Reflect.get(t, prop);
      if (!(prop in t)) {
        if (PROBED.has(prop)) return undefined;
        throw new Error(`Local runtime: ${className}.${prop} is not implemented`);
      }
      const value = Reflect.get(t, prop);
      if (typeof value !== 'function' || prop.startsWith('_') || PROBED.has(prop)) return value;
      let wrapper = wrappers.get(prop);
      if (!wrapper) {
        const name = `${className}.${prop}`;
        wrapper = (...args: unknown[]) => {
          guard.counter.count(name);
          try {
            guard.check(className, prop);
          } catch (error) {
            throw guard.scriptError(error);
          }
          let result: unknown;
          try {
            result = (value as (...a: unknown[]) => unknown).apply(t, args);
          } catch (error) {
            throw guard.scriptError(error);
          }
          return result === t ? proxy : result;
        };
        wrappers.set(prop, wrapper);
      }
      return wrapper;
    },
  });
  return proxy;
}
