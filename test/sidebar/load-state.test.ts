// Tests the opening state: every text in both languages, fields most useful first, saved mappings checked.

import { sidebarMessages } from '../../src/i18n/messages/sidebar';
import type { SavedConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { entityViews } from '../../src/sidebar/entity-views';
import { buildLoadState, sidebarTexts } from '../../src/sidebar/load-state';

const settings = { ...DEFAULT_SETTINGS, locale: 'fr_FR', timeZone: 'Europe/Paris' };

describe('sidebarTexts', () => {
  it('has every sidebar text, translated, in French and in English', () => {
    const fr = sidebarTexts('fr');
    const en = sidebarTexts('en');
    const keys = Object.keys(sidebarMessages);
    expect(Object.keys(fr)).toEqual(keys);
    for (const key of keys as (keyof typeof fr)[]) {
      expect(fr[key].trim()).not.toBe('');
      expect(en[key].trim()).not.toBe('');
    }
    expect(keys.filter((k) => fr[k as keyof typeof fr] === en[k as keyof typeof en])).toEqual([]);
  });
});

describe('entityViews', () => {
  it('lists the nine entities with the fields that unlock the most KPIs first', () => {
    const views = entityViews('fr');
    expect(views.map((v) => v.id)).toEqual(['leads', 'deals', 'customers', 'orders', 'activities', 'spend', 'targets', 'complaints', 'subscriptions']);
    const deals = views.find((v) => v.id === 'deals')!;
    expect(deals.label).toBe('Affaires');
    const counts = deals.fields.map((f) => f.unlocks.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(deals.fields[0].unlocks.length).toBeGreaterThan(3);
    expect(deals.fields.find((f) => f.id === 'lost_reason')?.unlocks).toEqual(['Motifs de perte']);
    expect(deals.unlocks).toContain('Taux de transformation (win rate)');
  });
});

describe('buildLoadState', () => {
  const samples = [
    { name: 'Affaires', lastRow: 2, values: [['Date de clôture', 'Montant H.T.', 'Étape'], ['01/03/2024', '100', 'Gagné']] },
  ];

  it('suggests a mapping when nothing is saved, and marks each suggested field', () => {
    const state = buildLoadState(samples, { config: null }, settings, 'fr');
    expect(state.saved).toBe(false);
    expect(state.draft.entities.deals?.fields).toEqual({ closed: 'Date de clôture', amount: 'Montant H.T.', stage: 'Étape' });
    expect(state.suggested.deals).toEqual(['closed', 'amount', 'stage']);
    expect(state.sheets[0].rows).toEqual([['Date de clôture', 'Montant H.T.', 'Étape'], ['01/03/2024', '100', 'Gagné']]);
  });

  it('gives each suggestion a confidence from the headers and the contents', () => {
    const state = buildLoadState(samples, { config: null }, settings, 'fr');
    expect(state.confidence?.['deals.stage']).toBeGreaterThan(0.5);
    expect(state.confidence?.['deals.stage']).toBeLessThanOrEqual(1);
    expect(state.confidence?.['deals.amount']).toBeGreaterThan(0.5);
  });

  it('says which sheet has no header row, in the person\'s language', () => {
    const headerless = [{ name: 'Export', lastRow: 3, values: [['A1', 'Gagné', 100], ['A2', 'Gagné', 200], ['A3', 'Perdu', 50]] }];
    expect(buildLoadState(headerless, { config: null }, settings, 'fr').notice).toBe(
      'L’onglet « Export » n’a pas de ligne d’en-tête (sa première ligne contient déjà des données) : ajoutez une ligne de titres de colonnes.',
    );
    expect(buildLoadState(headerless, { config: null }, settings, 'en').notice).toContain('The sheet “Export” has no header row');
  });

  it('shows a saved mapping as it is, with a renamed header reported and its fix', () => {
    const config: SavedConfig = {
      version: 3,
      entities: { deals: { sheet: 'Affaires', headerRow: 1, fields: { closed: 'Date de clôture', amount: 'Montant HT' } } },
      settings,
    };
    const state = buildLoadState(samples, { config, notice: 'migrated' }, settings, 'fr');
    expect(state.saved).toBe(true);
    expect(state.suggested).toEqual({});
    expect(state.notice).toBe('migrated');
    expect(state.draft.entities.deals?.fields).toEqual({ closed: 'Date de clôture', amount: 'Montant HT' });
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0].fix).toEqual({ kind: 'header', entity: 'deals', field: 'amount', header: 'Montant H.T.' });
    expect(state.problems[0].fixLabel).toBe('Utiliser « Montant H.T. »');
  });

  describe('related tables', () => {
    const linked = [
      {
        name: 'Affaires',
        lastRow: 4,
        values: [
          ['Date de clôture', 'Montant HT', 'Étape', 'Compte'],
          ['01/03/2024', '100', 'Gagné', 'Acme'],
          ['02/03/2024', '200', 'Perdu', 'Globex'],
          ['03/03/2024', '300', 'Gagné', 'Initech'],
        ],
      },
      { name: 'Comptes', lastRow: 4, values: [['Compte', 'Secteur'], ['Acme', 'Retail'], ['Globex', 'Software'], ['Initech', 'Retail']] },
    ];
    const mapped: SavedConfig = {
      version: 3,
      entities: { deals: { sheet: 'Affaires', headerRow: 1, fields: { closed: 'Date de clôture', amount: 'Montant HT', stage: 'Étape', customer: 'Compte' } } },
      settings,
    };

    it('are proposed for a mapping saved without them, described in the user\'s language, and sent back in the draft', () => {
      const fr = buildLoadState(linked, { config: mapped }, settings, 'fr');
      expect(fr.lookups).toEqual(['Affaires · Client → Comptes (clé « Compte ») : Secteur']);
      expect(fr.draft.lookups).toEqual([{ entity: 'deals', field: 'customer', sheet: 'Comptes', headerRow: 1, key: 'Compte', columns: ['Secteur'] }]);
      expect(buildLoadState(linked, { config: mapped }, settings, 'en').lookups).toEqual(['Deals · Customer → Comptes (key "Compte"): Secteur']);
    });

    it('are shown as saved, none proposed when the saved list is empty', () => {
      expect(buildLoadState(linked, { config: { ...mapped, lookups: [] } }, settings, 'fr').lookups).toEqual([]);
      expect(buildLoadState(samples, { config: mapped }, settings, 'fr').draft.lookups).toBeUndefined();
    });
  });
});
