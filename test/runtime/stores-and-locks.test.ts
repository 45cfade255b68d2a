// Properties enforce Google's size limits, caches expire on the runtime clock, locks are contended across runtimes.

import { createRuntime, LOCK_TIMEOUT_MESSAGE } from '../../scripts/runtime';

const SCRIPT = `
function setProp(key, value) { PropertiesService.getDocumentProperties().setProperty(key, value); }
function setProps(map, others) { PropertiesService.getScriptProperties().setProperties(map, others); }
function props() { var p = PropertiesService.getScriptProperties(); return [p.getKeys().sort(), p.getProperties()]; }
function dropProp(key) { PropertiesService.getScriptProperties().deleteProperty(key); }
function cachePut(key, value, ttl) { CacheService.getDocumentCache().put(key, value, ttl); }
function cacheGet(key) { return CacheService.getDocumentCache().get(key); }
function cacheMany() {
  var c = CacheService.getScriptCache();
  c.putAll({ a: '1', b: '2' });
  c.remove('a');
  return c.getAll(['a', 'b', 'c']);
}
function guarded() {
  var lock = LockService.getDocumentLock();
  lock.waitLock(10000);
  try { return 'did the work'; } finally { lock.releaseLock(); }
}
function tryGuarded() { var lock = LockService.getDocumentLock(); return [lock.tryLock(500), lock.hasLock()]; }
`;

const kb = (n: number) => 'x'.repeat(n * 1024);

describe('the local PropertiesService', () => {
  it('stores, lists and deletes properties, and setProperties can replace them all', () => {
    const rt = createRuntime().loadSource(SCRIPT);
    rt.call('setProps', { b: '2', a: '1' });
    expect(rt.call('props')).toEqual([['a', 'b'], { a: '1', b: '2' }]);
    rt.call('setProps', { c: '3' }, true);
    rt.call('dropProp', 'nope');
    expect(rt.call('props')).toEqual([['c'], { c: '3' }]);
  });

  it('refuses a value over 9 KB', () => {
    const rt = createRuntime().loadSource(SCRIPT);
    rt.call('setProp', 'ok', kb(9));
    expect(() => rt.call('setProp', 'big', `${kb(9)}x`)).toThrow('Argument too large: value');
    expect(rt.state.properties.document.has('big')).toBe(false);
  });

  it('refuses to grow a store past 500 KB, keeping what it had', () => {
    const rt = createRuntime().loadSource(SCRIPT);
    for (let i = 0; i < 55; i++) rt.call('setProp', `k${i}`, kb(9));
    expect(() => rt.call('setProp', 'k55', kb(9))).toThrow('exceeded the property storage quota');
    expect(rt.state.properties.document.size).toBe(55);
  });
});

describe('the local CacheService', () => {
  it('expires values after their time to live on the runtime clock', () => {
    const rt = createRuntime({ now: Date.UTC(2024, 2, 1) }).loadSource(SCRIPT);
    rt.call('cachePut', 'k', 'v', 60);
    rt.advanceClock(59_000);
    expect(rt.call('cacheGet', 'k')).toBe('v');
    rt.advanceClock(1_000);
    expect(rt.call('cacheGet', 'k')).toBeNull();
  });

  it('refuses values over 100 KB and handles batches', () => {
    const rt = createRuntime().loadSource(SCRIPT);
    expect(() => rt.call('cachePut', 'k', `${kb(100)}x`, 60)).toThrow('Argument too large: value');
    expect(rt.call('cacheMany')).toEqual({ b: '2' });
  });
});

describe('the local LockService', () => {
  it('lets an execution take and release the document lock', () => {
    const rt = createRuntime().loadSource(SCRIPT);
    expect(rt.call('guarded')).toBe('did the work');
    expect(rt.state.locks.document.holder).toBeNull();
  });

  it('times out when another execution sharing the document holds the lock', () => {
    const first = createRuntime({ now: 0 }).loadSource(SCRIPT);
    const second = createRuntime({ shareWith: first }).loadSource(SCRIPT);
    const release = first.holdLock('document');
    expect(() => second.call('guarded')).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(second.now().getTime()).toBe(10_000);
    expect(second.call('tryGuarded')).toEqual([false, false]);
    release();
    expect(second.call('guarded')).toBe('did the work');
  });

  it('releases a lock an execution forgot when the execution ends', () => {
    const first = createRuntime().loadSource(SCRIPT);
    const second = createRuntime({ shareWith: first }).loadSource(SCRIPT);
    expect(first.call('tryGuarded')).toEqual([true, true]);
    expect(second.call('tryGuarded')).toEqual([true, true]);
  });

  it('shares the workbook and the stores between the two runtimes', () => {
    const first = createRuntime().loadSource(SCRIPT);
    const second = createRuntime({ shareWith: first }).loadSource(SCRIPT);
    first.call('setProp', 'mapping', '{}');
    expect(second.state.properties.document.get('mapping')).toBe('{}');
    expect(second.workbook).toBe(first.workbook);
  });
});
