// The saved configuration: round trip, corrupt or invalid input, version-1 migration, the 9 KB limit, header lookup.

import { UserError } from '../../src/i18n';
import {
  CONFIG_MAX_BYTES,
  CONFIG_PROPERTY_KEY,
  type EntityMapping,
  parseConfig,
  resolveColumns,
  type SavedConfig,
  serializeConfig,
  utf8Length,
} from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

const config: SavedConfig = {
  version: 3,
  entities: {
    deals: { sheet: 'Affaires', headerRow: 2, fields: { amount: 'Montant HT', stage: 'Statut', closed: 'Won time' }, fallbacks: { closed: ['Lost time'] } },
    spend: { sheet: 'Marketing', headerRow: 1, fields: { date: 'Mois', amount: 'Dépense' } },
  },
  lookups: [{ entity: 'deals', field: 'customer', sheet: 'accounts', headerRow: 1, key: 'account', columns: ['sector', 'office_location'] }],
  settings: { ...DEFAULT_SETTINGS, locale: 'fr_FR', wonLabels: ['Signé'] },
  savedAt: '2024-03-31T08:00:00.000Z',
};

describe('parseConfig and serializeConfig', () => {
  it('store under the document property salesKpi.config', () => {
    expect(CONFIG_PROPERTY_KEY).toBe('salesKpi.config');
  });

  it('give back the same configuration after a round trip', () => {
    expect(parseConfig(serializeConfig(config))).toEqual({ config });
  });

  it('read nothing saved as no configuration and no notice', () => {
    expect(parseConfig(null)).toEqual({ config: null });
    expect(parseConfig(undefined)).toEqual({ config: null });
    expect(parseConfig('')).toEqual({ config: null });
  });

  it('reset a configuration that is not JSON, without throwing', () => {
    expect(parseConfig('{"version": 2, "entities": {')).toEqual({ config: null, notice: 'config_corrupt_reset' });
  });

  it('reset a configuration of the wrong shape', () => {
    expect(parseConfig('[1, 2]')).toEqual({ config: null, notice: 'config_invalid_reset' });
    expect(parseConfig('{"version": 2, "entities": {"deals": {"sheet": "Deals"}}, "settings": {}}')).toEqual({
      config: null,
      notice: 'config_invalid_reset',
      issue: { path: 'entities.deals.headerRow', message: 'expected number' },
    });
    const badMonth = { ...config, settings: { ...config.settings, fiscalYearStart: 13 } };
    expect(parseConfig(JSON.stringify(badMonth))).toMatchObject({ notice: 'config_invalid_reset', issue: { path: 'settings.fiscalYearStart', message: 'at most 12' } });
    expect(parseConfig('{"version": 7}').notice).toBe('config_invalid_reset');
  });

  it('fill settings left out with the defaults and drop entities and fields it does not know', () => {
    const raw = {
      version: 2,
      entities: { deals: { sheet: 'Deals', headerRow: 1, fields: { amount: 'Amount', colour: 'Colour' } }, unicorns: { sheet: 'U' } },
      settings: { currency: 'USD' },
    };
    expect(parseConfig(JSON.stringify({ ...raw, version: 3 }))).toEqual({
      config: {
        version: 3,
        entities: { deals: { sheet: 'Deals', headerRow: 1, fields: { amount: 'Amount' } } },
        settings: { ...DEFAULT_SETTINGS, currency: 'USD' },
      },
    });
  });

  it('take the default settings when none were saved, but reset settings that are not an object', () => {
    const raw = { version: 3, entities: {} };
    expect(parseConfig(JSON.stringify(raw))).toEqual({ config: { version: 3, entities: {}, settings: DEFAULT_SETTINGS } });
    expect(parseConfig(JSON.stringify({ ...raw, settings: 'fr' })).notice).toBe('config_invalid_reset');
  });

  it('migrate a version-1 configuration: header on row 1, currency and locale kept, other settings by default', () => {
    const v1 = {
      version: 1,
      mappings: [
        { entity: 'deals', sheet: 'Deals', columns: { amount: 'Montant' } },
        { entity: 'customers', sheet: 'Clients', columns: { start: 'Début', end: 'Fin' } },
      ],
      currency: 'EUR',
      locale: 'fr_FR',
    };
    expect(parseConfig(JSON.stringify(v1))).toEqual({
      config: {
        version: 3,
        entities: {
          deals: { sheet: 'Deals', headerRow: 1, fields: { amount: 'Montant' } },
          customers: { sheet: 'Clients', headerRow: 1, fields: { start: 'Début', end: 'Fin' } },
        },
        settings: { ...DEFAULT_SETTINGS, currency: 'EUR', locale: 'fr_FR' },
      },
      notice: 'config_migrated',
    });
  });

  it('read a version-2 configuration as version 3 without lookups and without a notice (nothing changes meaning)', () => {
    const { lookups, ...rest } = config;
    expect(lookups).toBeDefined();
    expect(parseConfig(JSON.stringify({ ...rest, version: 2 }))).toEqual({ config: rest });
    expect(parseConfig('{"version": 2, "entities": {"deals": {"sheet": "Deals"}}}').notice).toBe('config_invalid_reset');
  });

  it('keep lookups from a text field of the entity and drop the others; reset a lookup of the wrong shape', () => {
    const raw = {
      ...config,
      lookups: [
        ...(config.lookups ?? []),
        { entity: 'deals', field: 'amount', sheet: 'x', headerRow: 1, key: 'k', columns: ['c'] },
        { entity: 'deals', field: 'colour', sheet: 'x', headerRow: 1, key: 'k', columns: ['c'] },
      ],
    };
    expect(parseConfig(JSON.stringify(raw)).config?.lookups).toEqual(config.lookups);
    const noColumns = { ...config, lookups: [{ entity: 'deals', field: 'owner', sheet: 'x', headerRow: 1, key: 'k', columns: [] }] };
    expect(parseConfig(JSON.stringify(noColumns)).notice).toBe('config_invalid_reset');
  });

  it('reset a version-1 configuration that is broken', () => {
    expect(parseConfig('{"version": 1, "mappings": "Deals"}')).toEqual({ config: null, notice: 'config_invalid_reset' });
  });

  it('refuse to save a configuration whose JSON passes 9,000 bytes of UTF-8', () => {
    const labels = Array.from({ length: 500 }, () => 'é'.repeat(10));
    const big: SavedConfig = { ...config, settings: { ...config.settings, wonLabels: labels } };
    let error: unknown;
    try {
      serializeConfig(big);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('err_config_too_large');
    expect((error as UserError).params.limit).toBe(9000);
    expect((error as UserError).params.size).toBe(utf8Length(JSON.stringify(big)));
    expect(utf8Length(JSON.stringify(big))).toBeGreaterThan(CONFIG_MAX_BYTES);
    expect(JSON.stringify(big).length).toBeLessThan(Number((error as UserError).params.size));
  });

  it('save a configuration just under the limit', () => {
    const base = utf8Length(serializeConfig({ ...config, settings: { ...config.settings, wonLabels: [] } }));
    // Each label of 20 "a" adds 23 bytes: the quotes and a comma.
    const count = Math.floor((CONFIG_MAX_BYTES - base) / 23);
    const near: SavedConfig = { ...config, settings: { ...config.settings, wonLabels: Array(count).fill('a'.repeat(20)) } };
    const json = serializeConfig(near);
    expect(utf8Length(json)).toBeLessThanOrEqual(CONFIG_MAX_BYTES);
    expect(utf8Length(json)).toBeGreaterThan(CONFIG_MAX_BYTES - 23);
  });

  it('count bytes as UTF-8: é is two bytes, € three, an emoji four', () => {
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
  });

  it('refuse to save an invalid configuration', () => {
    const bad = { ...config, entities: { deals: { sheet: '', headerRow: 1, fields: {} } } } as SavedConfig;
    expect(() => serializeConfig(bad)).toThrow(UserError);
  });
});

describe('resolveColumns', () => {
  const mapping: EntityMapping = { sheet: 'Deals', headerRow: 1, fields: { amount: 'Montant HT', stage: 'Statut', owner: 'Commercial' } };

  it('finds each mapped header whatever its case, accents or spacing', () => {
    expect(resolveColumns(mapping, ['Client', ' montant ht ', 'STATUT', 'commercial'])).toEqual({
      columns: { amount: 1, stage: 2, owner: 3 },
      missing: [],
      duplicates: [],
      fallbacks: {},
    });
  });

  it('reports the fields whose header is gone', () => {
    expect(resolveColumns(mapping, ['Montant HT', 'Étape']).missing).toEqual(['stage', 'owner']);
  });

  it('takes the first of duplicated headers and reports it', () => {
    const r = resolveColumns(mapping, ['Statut', 'Montant HT', 'Commercial', 'Statut']);
    expect(r.columns).toEqual({ amount: 1, stage: 0, owner: 2 });
    expect(r.duplicates).toEqual(['Statut']);
  });

  it('finds the columns read where the main one is blank', () => {
    const pipedrive: EntityMapping = { sheet: 'Deals', headerRow: 1, fields: { closed: 'Won time' }, fallbacks: { closed: ['Lost time'] } };
    expect(resolveColumns(pipedrive, ['Title', 'Won time', 'Lost time'])).toMatchObject({ columns: { closed: 1 }, fallbacks: { closed: [2] } });
  });
});
