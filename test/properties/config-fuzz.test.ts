// Stored configurations mangled in every way are read without throwing, and what is read can always be saved again.

import fc from 'fast-check';
import { UserError } from '../../src/i18n';
import { CONFIG_MAX_BYTES, parseConfig, serializeConfig, utf8Length } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

const V2 = {
  version: 2,
  entities: {
    deals: { sheet: 'Deals', headerRow: 1, fields: { amount: 'Amount', stage: 'Stage', closed: 'Close date', customer: 'Account' }, fallbacks: { closed: ['Lost time'] } },
    customers: { sheet: 'Clients', headerRow: 2, fields: { start: 'Début', end: 'Fin' } },
  },
  settings: DEFAULT_SETTINGS,
};
const VALID = {
  ...V2,
  version: 3,
  lookups: [{ entity: 'deals', field: 'customer', sheet: 'Accounts', headerRow: 1, key: 'Account', columns: ['Sector', 'Region'] }],
};

const V1 = { version: 1, mappings: [{ entity: 'deals', sheet: 'Deals', columns: { amount: 'Amount' } }], currency: 'USD' };

/** Replaces the value at a random path of a JSON tree by another JSON value. */
function mutate(tree: unknown, path: readonly number[], replacement: unknown): unknown {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return replacement;
  const keys = Object.keys(tree as object);
  if (keys.length === 0) return replacement;
  const key = keys[path[0] % keys.length];
  const copy: Record<string, unknown> = Array.isArray(tree) ? ([...tree] as unknown as Record<string, unknown>) : { ...(tree as object) };
  copy[key] = mutate((tree as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

describe('for any stored configuration', () => {
  it('a valid configuration with one value replaced anywhere is read or reset, never thrown', () => {
    fc.assert(
      fc.property(fc.constantFrom(VALID, V2, V1), fc.array(fc.nat(), { maxLength: 5 }), fc.jsonValue(), (base, path, replacement) => {
        const { config, notice } = parseConfig(JSON.stringify(mutate(base, path, replacement)));
        if (config === null) expect(notice).toBeDefined();
        else expect(config.version).toBe(3);
      }),
      { numRuns: 200 },
    );
  });

  it('whatever is read back can be saved again, under the size limit or with err_config_too_large', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 5 }), fc.jsonValue(), (path, replacement) => {
        const { config } = parseConfig(JSON.stringify(mutate(VALID, path, replacement)));
        if (!config) return;
        try {
          expect(utf8Length(serializeConfig(config))).toBeLessThanOrEqual(CONFIG_MAX_BYTES);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
          expect((error as UserError).code).toBe('err_config_too_large');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a truncated value (a write cut short) is reset with a notice', () => {
    const json = JSON.stringify(VALID);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: json.length - 1 }), (cut) => {
        const { config, notice } = parseConfig(json.slice(0, cut));
        expect(config).toBeNull();
        expect(notice).toBe('config_corrupt_reset');
      }),
      { numRuns: 100 },
    );
  });
});
