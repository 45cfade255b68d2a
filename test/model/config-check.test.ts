// checkConfig: saved mappings that no longer fit the workbook are reported with a suggested fix, in FR and EN.

import { checkConfig, describeProblem, type SavedConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

const config: SavedConfig = {
  version: 3,
  entities: {
    deals: { sheet: 'Affaires', headerRow: 1, fields: { amount: 'Montant', stage: 'Statut', closed: 'Date de signature' } },
    spend: { sheet: 'Marketing', headerRow: 1, fields: { date: 'Mois', amount: 'Dépense', channel: 'Canal' } },
  },
  settings: DEFAULT_SETTINGS,
};

const dealsHeaders = ['Client', 'Montant', 'Statut', 'Date de signature'];
const spendHeaders = ['Mois', 'Dépense', 'Canal'];

describe('checkConfig', () => {
  it('finds nothing wrong when every sheet and header is there', () => {
    const sheets = [
      { name: 'Affaires', headers: dealsHeaders },
      { name: 'Marketing', headers: spendHeaders },
    ];
    expect(checkConfig(config, sheets)).toEqual([]);
  });

  it('reports a renamed header and suggests the new one', () => {
    const sheets = [
      { name: 'Affaires', headers: ['Client', 'Montant HT', 'Statut', 'Date de signature'] },
      { name: 'Marketing', headers: spendHeaders },
    ];
    expect(checkConfig(config, sheets)).toEqual([
      { kind: 'header_missing', entity: 'deals', field: 'amount', sheet: 'Affaires', missing: 'Montant', suggestion: 'Montant HT' },
    ]);
  });

  it('suggests a renamed header by its spelling even when it is no synonym', () => {
    const sheets = [
      { name: 'Affaires', headers: dealsHeaders },
      { name: 'Marketing', headers: ['Mois', 'Dépenses (€)', 'Canal'] },
    ];
    expect(checkConfig(config, sheets)).toEqual([
      { kind: 'header_missing', entity: 'spend', field: 'amount', sheet: 'Marketing', missing: 'Dépense', suggestion: 'Dépenses (€)' },
    ]);
  });

  it('reports a removed header without a suggestion when nothing fits', () => {
    const sheets = [
      { name: 'Affaires', headers: ['Client', 'Montant', 'Statut', 'Commentaire'] },
      { name: 'Marketing', headers: spendHeaders },
    ];
    expect(checkConfig(config, sheets)).toEqual([
      { kind: 'header_missing', entity: 'deals', field: 'closed', sheet: 'Affaires', missing: 'Date de signature' },
    ]);
  });

  it('reports a deleted or renamed sheet and suggests the sheet whose headers fit', () => {
    const sheets = [
      { name: 'Notes', headers: ['Idée', 'Auteur'] },
      { name: 'Affaires 2024', headers: dealsHeaders },
      { name: 'Marketing', headers: spendHeaders },
    ];
    expect(checkConfig(config, sheets)).toEqual([
      { kind: 'sheet_missing', entity: 'deals', sheet: 'Affaires', missing: 'Affaires', suggestion: 'Affaires 2024' },
    ]);
  });

  it('does not suggest a sheet another mapping already uses, nor one that fits nothing', () => {
    const sheets = [
      { name: 'Notes', headers: ['Idée', 'Auteur'] },
      { name: 'Marketing', headers: spendHeaders },
    ];
    expect(checkConfig(config, sheets)).toEqual([{ kind: 'sheet_missing', entity: 'deals', sheet: 'Affaires', missing: 'Affaires' }]);
  });

  it('reports a mapped header that appears twice', () => {
    const sheets = [
      { name: 'Affaires', headers: [...dealsHeaders, 'Statut'] },
      { name: 'Marketing', headers: spendHeaders },
    ];
    expect(checkConfig(config, sheets)).toEqual([
      { kind: 'header_duplicate', entity: 'deals', field: 'stage', sheet: 'Affaires', missing: 'Statut' },
    ]);
  });
});

describe('describeProblem', () => {
  const renamed = { kind: 'header_missing', entity: 'deals', field: 'amount', sheet: 'Affaires', missing: 'Montant', suggestion: 'Montant HT' } as const;

  it('tells a French reader which column is gone and what to use instead', () => {
    expect(describeProblem('fr', renamed)).toBe(
      'Affaires, Montant : la colonne « Montant » est introuvable dans l’onglet « Affaires ». Utiliser plutôt « Montant HT » ?',
    );
  });

  it('tells an English reader about a deleted sheet', () => {
    expect(describeProblem('en', { kind: 'sheet_missing', entity: 'spend', sheet: 'Marketing', missing: 'Marketing' })).toBe(
      'Spend: the sheet “Marketing” no longer exists. Choose the sheet that holds this data.',
    );
  });
});
