// Tests that the draft sent by the page is checked before anything is saved, and becomes a clean saved configuration.

import { UserError } from '../../src/i18n';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { configToDraft, draftToConfig, parseDraft } from '../../src/sidebar/draft-schema';
import type { Draft } from '../../src/sidebar/protocol';

const settings = { currency: 'eur', fiscalYearStart: 4, wonLabels: [' Signé ', 'Signé', ''], lostLabels: ['Abandon'] };
const draft: Draft = {
  entities: {
    deals: { sheet: 'Affaires', headerRow: 2, fields: { closed: 'Date de clôture', amount: ' Montant HT ', unknown: 'X', stage: '' } },
    leads: { sheet: 'Leads', headerRow: 1, fields: { created: '  ' } },
  },
  settings,
};

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof UserError ? error.code : `not a UserError: ${String(error)}`;
  }
  return 'no error';
}

describe('parseDraft', () => {
  it('accepts a well-formed draft as it is', () => {
    expect(parseDraft(draft)).toEqual(draft);
  });

  it('refuses an unknown entity, a header row of 0 and a fiscal month of 13 with a readable error', () => {
    expect(codeOf(() => parseDraft({ ...draft, entities: { invoices: { sheet: 'A', headerRow: 1, fields: {} } } }))).toBe('sb_bad_draft');
    expect(codeOf(() => parseDraft({ ...draft, entities: { deals: { sheet: 'A', headerRow: 0, fields: {} } } }))).toBe('sb_bad_draft');
    expect(codeOf(() => parseDraft({ ...draft, settings: { ...settings, fiscalYearStart: 13 } }))).toBe('sb_bad_draft');
    expect(codeOf(() => parseDraft(null))).toBe('sb_bad_draft');
  });

  it('names the currency when it is not a three-letter code', () => {
    expect(codeOf(() => parseDraft({ ...draft, settings: { ...settings, currency: 'euros' } }))).toBe('sb_bad_currency');
  });
});

describe('draftToConfig', () => {
  const config = draftToConfig(draft, { ...DEFAULT_SETTINGS, locale: 'fr_FR', timeZone: 'Europe/Paris' });

  it('keeps known fields with a header, trimmed, and drops entities left with no field', () => {
    expect(config.entities).toEqual({ deals: { sheet: 'Affaires', headerRow: 2, fields: { closed: 'Date de clôture', amount: 'Montant HT' } } });
  });

  it('takes locale and time zone from the spreadsheet, and cleans the settings typed by the user', () => {
    expect(config.settings).toEqual({
      locale: 'fr_FR',
      timeZone: 'Europe/Paris',
      currency: 'EUR',
      fiscalYearStart: 4,
      wonLabels: ['Signé'],
      lostLabels: ['Abandon'],
      openLabels: [],
    });
    expect(config.version).toBe(3);
  });

  it('keeps fallback headers only for fields that are mapped', () => {
    const withFallbacks: Draft = {
      entities: { deals: { sheet: 'Deals', headerRow: 1, fields: { closed: 'Won time' }, fallbacks: { closed: ['Lost time'], stage: ['Status'] } } },
      settings,
    };
    expect(draftToConfig(withFallbacks, DEFAULT_SETTINGS).entities.deals?.fallbacks).toEqual({ closed: ['Lost time'] });
  });

  it('gives back the same draft from the saved configuration', () => {
    expect(configToDraft(config)).toEqual({
      entities: { deals: { sheet: 'Affaires', headerRow: 2, fields: { closed: 'Date de clôture', amount: 'Montant HT' } } },
      settings: { currency: 'EUR', fiscalYearStart: 4, wonLabels: ['Signé'], lostLabels: ['Abandon'], openLabels: [] },
    });
  });

  it('keeps the related tables sent back by the page while their linking field is mapped, and checks their shape', () => {
    const accounts = { entity: 'deals' as const, field: 'amount', sheet: 'accounts', headerRow: 1, key: 'account', columns: ['sector'] };
    const teams = { entity: 'deals' as const, field: 'owner', sheet: 'sales_teams', headerRow: 1, key: 'sales_agent', columns: ['regional_office'] };
    const withLookups: Draft = { ...draft, lookups: [accounts, teams] };
    const saved = draftToConfig(parseDraft(withLookups), DEFAULT_SETTINGS);
    expect(saved.lookups).toEqual([accounts]);
    expect(configToDraft(saved).lookups).toEqual([accounts]);
    expect(codeOf(() => parseDraft({ ...draft, lookups: [{ ...teams, columns: [] }] }))).toBe('sb_bad_draft');
  });
});

describe('business hours in the settings', () => {
  const hours = { on: true, start: 8, end: 19, days: [6, 1, 2, 3, 4, 5, 1] };
  const withHours: Draft = { ...draft, settings: { ...settings, businessHours: hours } };

  it('are accepted on or off with an opening hour before the closing hour and at least one working day', () => {
    expect(parseDraft(withHours).settings.businessHours).toEqual(hours);
    expect(parseDraft({ ...draft, settings: { ...settings, businessHours: { ...hours, on: false } } }).settings.businessHours?.on).toBe(false);
  });

  it.each([
    ['closing before opening', { ...hours, start: 18, end: 9 }],
    ['closing at opening', { ...hours, start: 9, end: 9 }],
    ['an hour past 24', { ...hours, end: 25 }],
    ['a half hour', { ...hours, start: 8.5 }],
    ['no working day', { ...hours, days: [] }],
    ['a weekday 8', { ...hours, days: [1, 8] }],
    ['no switch', { start: 9, end: 18, days: [1] }],
  ])('are refused with their own message: %s', (_, businessHours) => {
    expect(codeOf(() => parseDraft({ ...draft, settings: { ...settings, businessHours } }))).toBe('sb_bad_business_hours');
  });

  it('are saved in the document configuration, days once each in week order, and given back to the page', () => {
    const config = draftToConfig(parseDraft(withHours), DEFAULT_SETTINGS);
    expect(config.settings.businessHours).toEqual({ on: true, start: 8, end: 19, days: [1, 2, 3, 4, 5, 6] });
    expect(configToDraft(config).settings.businessHours).toEqual({ on: true, start: 8, end: 19, days: [1, 2, 3, 4, 5, 6] });
  });

  it('of a configuration saved without a switch or days read as off, Monday to Friday', () => {
    const old = draftToConfig(draft, DEFAULT_SETTINGS);
    expect(configToDraft({ ...old, settings: { ...old.settings, businessHours: { start: 9, end: 18 } } }).settings.businessHours).toEqual({
      on: false, start: 9, end: 18, days: [1, 2, 3, 4, 5],
    });
  });
});
