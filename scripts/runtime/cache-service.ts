// The local CacheService: document, script and user caches with expiry on the runtime clock and 100 KB values.

import type { CacheEntry, Scope, ServiceContext } from './service-context';

type GasCache = GoogleAppsScript.Cache.Cache;

export const CACHE_VALUE_LIMIT = 100 * 1024;
const DEFAULT_TTL = 600;
const MAX_TTL = 21600;

export class Cache implements Pick<GasCache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: Map<string, CacheEntry>,
  ) {}

  get(key: string): string | null {
    const entry = this.store.get(String(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.ctx.state.clock.now()) {
      this.store.delete(String(key));
      return null;
    }
    return entry.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const v = this.get(key);
      if (v !== null) out[key] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = String(key);
    const v = String(value);
    if (k.length > 250) throw new Error('Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_LIMIT) throw new Error('Argument too large: value');
    const ttl = Math.max(1, Math.min(MAX_TTL, expirationInSeconds ?? DEFAULT_TTL));
    this.store.set(k, { value: v, expiresAt: this.ctx.state.clock.now() + ttl * 1000 });
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.store.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(String(k));
  }
}

export class CacheServiceImpl
  implements Pick<GoogleAppsScript.Cache.CacheService, 'getDocumentCache' | 'getScriptCache' | 'getUserCache'>
{
  constructor(private readonly ctx: ServiceContext) {}

  private _cache(scope: Scope): GasCache {
    return this.ctx.wrap(new Cache(this.ctx, this.ctx.state.caches[scope]), 'Cache') as unknown as GasCache;
  }
  getDocumentCache(): GasCache {
    return this._cache('document');
  }
  getScriptCache(): GasCache {
    return this._cache('script');
  }
  getUserCache(): GasCache {
    return this._cache('user');
  }
}
