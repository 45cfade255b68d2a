// Tests the sidebar's server calls on the built bundle in the local runtime: bounded reads, saving, broken mappings.

import type { Runtime } from '../../scripts/runtime/runtime';
import { type CellValue, workbookFromArrays } from '../../scripts/runtime/workbook-model';
import type { LoadResult, PreviewResult, SaveResult } from '../../src/sidebar/protocol';
import { ensureBuilt, runtimeFor } from '../browser/harness';

const KEY = 'salesKpi.config';

function bigDeals(rows: number): CellValue[][] {
  const out: CellValue[][] = [['Date de clôture', 'Montant HT', 'Étape']];
  for (let i = 0; i < rows; i++) out.push([new Date(Date.UTC(2024, 0, 1 + (i % 28), 9)), 100 + i, i % 2 ? 'Gagné' : 'Perdu']);
  return out;
}

function runtime(): Runtime {
  return runtimeFor(
    workbookFromArrays(
      { Affaires: bigDeals(5000), Clients: [['Client', 'Date de début', 'Date de fin']], Vide: [] },
      { locale: 'fr_FR', timeZone: 'Europe/Paris' },
    ),
  );
}

/** What google.script.run would deliver: the JSON of the value. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value));

beforeAll(() => ensureBuilt(), 120000);

describe('sidebarLoad', () => {
  it('reads each sheet with one getValues, bounded, whatever the sheet’s size', () => {
    const rt = runtime();
    rt.calls.reset();
    const load = rt.call<LoadResult>('sidebarLoad');
    expect(rt.calls.byMethod['Range.getValues']).toBe(3 - 1); // the empty sheet is not read at all
    expect(rt.calls.byMethod['Sheet.getDataRange'] ?? 0).toBe(0);
    expect(rt.calls.byMethod['Sheet.getName']).toBe(3);
    const deals = load.sheets.find((s) => s.name === 'Affaires')!;
    expect(deals.lastRow).toBe(5001);
    expect(deals.rows).toHaveLength(10);
    expect(deals.rows[1][0]).toBe('2024-01-01');
  });

  it('answers plain JSON in French, with the deals suggested from their headers', () => {
    const load = runtime().call<LoadResult>('sidebarLoad');
    expect(overTheWire(load)).toEqual(load);
    expect(load.lang).toBe('fr');
    expect(load.texts.sb_save).toBe('Enregistrer');
    expect(load.saved).toBe(false);
    expect(load.draft.entities.deals).toEqual({ sheet: 'Affaires', headerRow: 1, fields: { closed: 'Date de clôture', amount: 'Montant HT', stage: 'Étape' } });
    expect([...(load.suggested.deals ?? [])].sort()).toEqual(['amount', 'closed', 'stage']);
  });

  it('reports a corrupt saved value instead of crashing, and suggests again', () => {
    const rt = runtime();
    rt.state.properties.document.set(KEY, '{not json');
    const load = rt.call<LoadResult>('sidebarLoad');
    expect(load.notice).toBeTruthy();
    expect(load.saved).toBe(false);
    expect(load.draft.entities.deals).toBeDefined();
  });
});

describe('sidebarPreview', () => {
  it('checks the first 500 rows and says so', () => {
    const rt = runtime();
    const load = rt.call<LoadResult>('sidebarLoad');
    rt.calls.reset();
    const preview = rt.call<PreviewResult>('sidebarPreview', load.draft, 'deals');
    expect(rt.calls.byMethod['Range.getValues']).toBe(1);
    expect(preview.entities).toHaveLength(1);
    expect(preview.entities[0].checked).toBe('Vérifié sur les 509 premières lignes (la feuille en compte 5000).');
    expect(preview.entities[0].rows[0]).toEqual({ row: 2, cells: ['2024-01-01', 'perdue', '100'] });
  });
});

describe('sidebarSave', () => {
  it('stores the validated mapping and settings for the whole document', () => {
    const rt = runtime();
    const load = rt.call<LoadResult>('sidebarLoad');
    const draft = { ...load.draft, settings: { ...load.draft.settings, currency: 'usd', wonLabels: ['Signé'] } };
    const result = rt.call<SaveResult>('sidebarSave', overTheWire(draft));
    expect(result.message).toBe('Enregistré. Toute l’équipe partage maintenant ces colonnes.');
    expect(result.problems).toEqual([]);
    const saved = JSON.parse(rt.state.properties.document.get(KEY)!);
    expect(saved.settings).toMatchObject({ currency: 'USD', wonLabels: ['Signé'], locale: 'fr_FR', timeZone: 'Europe/Paris' });
    expect(saved.entities.deals.fields).toEqual({ closed: 'Date de clôture', amount: 'Montant HT', stage: 'Étape' });
    expect(typeof saved.savedAt).toBe('string');
    const again = runtimeFor(null, rt).call<LoadResult>('sidebarLoad');
    expect(again.saved).toBe(true);
    expect(again.suggested).toEqual({});
    expect(again.draft.settings.currency).toBe('USD');
  });

  it('refuses a malformed draft with a sentence in the user’s language and saves nothing', () => {
    const rt = runtime();
    const load = rt.call<LoadResult>('sidebarLoad');
    const bad = { ...load.draft, settings: { ...load.draft.settings, currency: 'euros' } };
    expect(() => rt.call('sidebarSave', bad)).toThrow('La devise doit être un code à 3 lettres (EUR, USD…).');
    expect(() => rt.call('sidebarSave', { entities: 'x' })).toThrow(/Rouvrez le panneau/);
    expect(rt.state.properties.document.get(KEY)).toBeUndefined();
  });
});

describe('the saved mapping seen by the custom functions', () => {
  it('lets the table form find a column whose header no synonym knows', () => {
    const rt = runtime();
    const values = rt.workbook.sheets[0].values.map((row) => [...row]);
    values[0][1] = 'Colonne X';
    expect(() => rt.callCustomFunction('REVENUE', values, '2024-01')).toThrow();
    const load = rt.call<LoadResult>('sidebarLoad');
    const deals = load.draft.entities.deals!;
    rt.call('sidebarSave', { ...load.draft, entities: { deals: { ...deals, fields: { ...deals.fields, amount: 'Colonne X' } } } });
    // won rows are the odd i of 0..4999, amount 100 + i: 2,500 × 100 + (1 + 3 + … + 4999) = 250,000 + 6,250,000
    expect(rt.callCustomFunction('REVENUE', values, '2024-01')).toBe(6500000);
  });
});

describe('a saved mapping whose sheet was deleted', () => {
  it('is reported on the next open with the sheet to use instead', () => {
    const rt = runtime();
    const config = {
      version: 2,
      entities: { deals: { sheet: 'Old deals', headerRow: 1, fields: { amount: 'Montant HT', closed: 'Date de clôture' } } },
      settings: { locale: 'fr_FR', timeZone: 'Europe/Paris', currency: 'EUR', fiscalYearStart: 1, wonLabels: [], lostLabels: [] },
    };
    rt.state.properties.document.set(KEY, JSON.stringify(config));
    const load = rt.call<LoadResult>('sidebarLoad');
    expect(load.saved).toBe(true);
    expect(load.problems).toHaveLength(1);
    expect(load.problems[0].text).toContain('Old deals');
    expect(load.problems[0].fix).toEqual({ kind: 'sheet', entity: 'deals', sheet: 'Affaires' });
    expect(load.problems[0].fixLabel).toBe('Utiliser « Affaires »');
    const preview = rt.call<PreviewResult>('sidebarPreview', load.draft);
    expect(preview.entities[0].issues[0].text).toBe('La feuille « Old deals » n’existe plus.');
  });
});

describe('showMappingSidebar', () => {
  it('shows the built page, titled in the user’s language', () => {
    const rt = runtime();
    rt.call('showMappingSidebar');
    expect(rt.ui.sidebars).toHaveLength(1);
    expect(rt.ui.sidebars[0].title).toBe('Associer les colonnes');
    expect(rt.ui.sidebars[0].html).toContain('<div id="app"></div>');
    expect(rt.ui.sidebars[0].html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });
});
