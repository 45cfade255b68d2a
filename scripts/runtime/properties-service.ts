// The local PropertiesService: document, script and user stores with Google's 9 KB value and 500 KB store limits.

import type { Scope, ServiceContext } from './service-context';

type GasProperties = GoogleAppsScript.Properties.Properties;

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export class Properties
  implements Pick<GasProperties, 'getProperty' | 'getProperties' | 'setProperty' | 'setProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'>
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly store: Map<string, string>,
  ) {}

  private _self(): GasProperties {
    return this as unknown as GasProperties;
  }

  /** Checks then applies a batch of writes, as one storage operation. */
  private _write(entries: [string, string][], deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [key, value] of entries) {
      if (bytes(value) > PROPERTY_VALUE_LIMIT) throw new Error('Argument too large: value');
      next.set(key, value);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_LIMIT) {
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return this.ctx.realm.array([...this.store.keys()]);
  }
  setProperty(key: string, value: string): GasProperties {
    this._write([[String(key), String(value)]], false);
    return this._self();
  }
  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): GasProperties {
    this._write(
      Object.entries(properties).map(([k, v]) => [k, String(v)]),
      Boolean(deleteAllOthers),
    );
    return this._self();
  }
  deleteProperty(key: string): GasProperties {
    this.store.delete(String(key));
    return this._self();
  }
  deleteAllProperties(): GasProperties {
    this.store.clear();
    return this._self();
  }
}

export class PropertiesServiceImpl
  implements Pick<GoogleAppsScript.Properties.PropertiesService, 'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'>
{
  constructor(private readonly ctx: ServiceContext) {}

  private _store(scope: Scope): GasProperties {
    return this.ctx.wrap(new Properties(this.ctx, this.ctx.state.properties[scope]), 'Properties') as unknown as GasProperties;
  }
  getDocumentProperties(): GasProperties {
    return this._store('document');
  }
  getScriptProperties(): GasProperties {
    return this._store('script');
  }
  /** Each user has their own store (the first runtime's user's is `state.properties.user`). */
  getUserProperties(): GasProperties {
    const own = this.ctx.state.userProperties.get(this.ctx.settings.userEmail);
    if (!own) return this._store('user');
    return this.ctx.wrap(new Properties(this.ctx, own), 'Properties') as unknown as GasProperties;
  }
}
