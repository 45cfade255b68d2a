// Two-level caches (per table, then per key): the inner map of an owner, created empty the first time it is asked for.

/** `cache`'s map for `owner` (a table, an input, a definition), made and stored on first use. */
export function innerMap<O, K, V>(cache: { get(owner: O): Map<K, V> | undefined; set(owner: O, value: Map<K, V>): unknown }, owner: O): Map<K, V> {
  let inner = cache.get(owner);
  if (!inner) {
    inner = new Map<K, V>();
    cache.set(owner, inner);
  }
  return inner;
}
