// Tests what each user action does to the page's state: suggestions on picking a sheet, header rows, fields, fixes.

import { applyFix, chooseField, findHeader, chooseHeaderRow, chooseSheet, fmt, headerOptions, initialState, chooseStageOutcome, stageChoices, toDraft } from '../../src/sidebar/client/state';
import type { LoadResult } from '../../src/sidebar/protocol';
import { businessHoursOf, businessHoursProblem, chooseBusinessHours, chooseWorkday } from '../../src/sidebar/client/business-hours';

function loadResult(overrides: Partial<LoadResult> = {}): LoadResult {
  return {
    lang: 'fr',
    texts: {} as LoadResult['texts'],
    locale: 'fr_FR',
    timeZone: 'Europe/Paris',
    sheets: [
      {
        name: 'Affaires',
        rows: [
          ['Export CRM du 3 mars', '', ''],
          ['Date de clôture', 'Montant HT', 'Étape'],
          ['2024-03-01', '1200', 'Gagné'],
        ],
        lastRow: 3,
      },
      { name: 'Clients', rows: [['Client', 'Date de début', 'Date de fin', 'Client']], lastRow: 1 },
    ],
    entities: [],
    draft: {
      entities: { deals: { sheet: 'Affaires', headerRow: 2, fields: { closed: 'Date de clôture', amount: 'Montant HT' }, fallbacks: { closed: ['Lost time'] } } },
      settings: { currency: 'EUR', fiscalYearStart: 1, wonLabels: [], lostLabels: [] },
    },
    suggested: { deals: ['closed', 'amount'] },
    problems: [],
    saved: false,
    lookups: [],
    ...overrides,
  };
}

describe('initialState', () => {
  it('starts from the draft with its suggestions marked, and counts unsaved suggestions as changes', () => {
    const state = initialState(loadResult());
    expect(state.entities.deals?.fields).toEqual({ closed: 'Date de clôture', amount: 'Montant HT' });
    expect([...(state.suggested.deals ?? [])]).toEqual(['closed', 'amount']);
    expect(state.dirty).toBe(true);
    expect(initialState(loadResult({ saved: true, suggested: {} })).dirty).toBe(false);
  });
});

describe('headerOptions', () => {
  it('lists the distinct non-blank headers of the chosen row', () => {
    const state = initialState(loadResult());
    expect(headerOptions(state.load.sheets[1], 1)).toEqual(['Client', 'Date de début', 'Date de fin']);
    expect(headerOptions(state.load.sheets[0], 1)).toEqual(['Export CRM du 3 mars']);
    expect(headerOptions(undefined, 1)).toEqual([]);
  });
});

describe('findHeader', () => {
  it('finds a saved header the way the server does: same text once case, accents and punctuation are ignored', () => {
    const headers = ['Montant (HT)', 'Date de clôture'];
    expect(findHeader(headers, 'Date de clôture')).toBe('Date de clôture');
    expect(findHeader(headers, 'montant HT')).toBe('Montant (HT)');
    expect(findHeader(headers, 'DATE DE CLOTURE')).toBe('Date de clôture');
    expect(findHeader(headers, 'Montant TTC')).toBeUndefined();
    expect(findHeader(headers, ' ')).toBeUndefined();
  });
});

describe('chooseSheet', () => {
  it('finds the header row below a title and suggests every field it can', () => {
    const state = initialState(loadResult());
    chooseSheet(state, 'deals', '');
    expect(state.entities.deals).toBeUndefined();
    chooseSheet(state, 'deals', 'Affaires');
    expect(state.entities.deals).toEqual({
      sheet: 'Affaires',
      headerRow: 2,
      fields: { closed: 'Date de clôture', amount: 'Montant HT', stage: 'Étape' },
      fallbacks: {},
    });
    expect([...(state.suggested.deals ?? [])].sort()).toEqual(['amount', 'closed', 'stage']);
  });

  it('keeps the confidence of each suggestion for its badge', () => {
    const state = initialState(loadResult({ confidence: { 'deals.closed': 0.9 } }));
    expect(state.confidence['deals.closed']).toBe(0.9);
    chooseSheet(state, 'deals', 'Affaires');
    expect(state.confidence['deals.stage']).toBeGreaterThan(0.5);
  });

  it('suggests the customer fields of a customers sheet', () => {
    const state = initialState(loadResult());
    chooseSheet(state, 'customers', 'Clients');
    expect(state.entities.customers?.fields).toMatchObject({ start: 'Date de début', end: 'Date de fin' });
  });
});

describe('chooseHeaderRow', () => {
  it('drops the fields whose header is not in the new row and suggests from that row', () => {
    const state = initialState(loadResult());
    chooseHeaderRow(state, 'deals', 1);
    expect(state.entities.deals?.fields).toEqual({});
    expect(state.entities.deals?.fallbacks).toEqual({});
    chooseHeaderRow(state, 'deals', 2);
    expect(state.entities.deals?.fields).toEqual({ closed: 'Date de clôture', amount: 'Montant HT', stage: 'Étape' });
  });
});

describe('chooseField', () => {
  it('sets or clears one field, which is then the user’s choice and not a suggestion', () => {
    const state = initialState(loadResult());
    chooseField(state, 'deals', 'amount', 'Étape');
    chooseField(state, 'deals', 'closed', '');
    expect(state.entities.deals?.fields).toEqual({ amount: 'Étape' });
    expect(state.suggested.deals?.has('amount')).toBe(false);
    expect(toDraft(state).entities.deals).toEqual({ sheet: 'Affaires', headerRow: 2, fields: { amount: 'Étape' } });
  });
});

describe('applyFix', () => {
  it('renames a header as offered and removes the problem from the list', () => {
    const fix = { kind: 'header' as const, entity: 'deals' as const, field: 'amount', header: 'Étape' };
    const state = initialState(loadResult({ saved: true, problems: [{ text: 'gone', fix, fixLabel: 'Use' }, { text: 'other' }] }));
    applyFix(state, fix);
    expect(state.entities.deals?.fields.amount).toBe('Étape');
    expect(state.problems.map((p) => p.text)).toEqual(['other']);
    expect(state.dirty).toBe(true);
  });

  it('moves an entity to the sheet offered, keeping the headers found there', () => {
    const fix = { kind: 'sheet' as const, entity: 'deals' as const, sheet: 'Clients' };
    const state = initialState(loadResult({ problems: [{ text: 'sheet gone', fix }] }));
    applyFix(state, fix);
    expect(state.entities.deals?.sheet).toBe('Clients');
    expect(state.problems).toEqual([]);
  });
});

describe('toDraft', () => {
  it('keeps fallbacks of fields still mapped and copies the settings', () => {
    const state = initialState(loadResult());
    expect(toDraft(state)).toEqual({
      entities: { deals: { sheet: 'Affaires', headerRow: 2, fields: { closed: 'Date de clôture', amount: 'Montant HT' }, fallbacks: { closed: ['Lost time'] } } },
      settings: { currency: 'EUR', fiscalYearStart: 1, wonLabels: [], lostLabels: [], openLabels: [] },
    });
  });
});

describe('ticking what each stage value means', () => {
  const withStages = () => {
    const state = initialState(loadResult());
    state.previews.deals = {
      entity: 'deals',
      columns: [],
      rows: [],
      issues: [],
      checked: '',
      stages: [
        { label: 'Closed Won', rows: 12, builtIn: 'won' },
        { label: 'Stage 7', rows: 5, builtIn: null },
        { label: 'Выиграна', rows: 2, builtIn: 'won' },
      ],
    };
    return state;
  };

  it('offers the values found, unknown ones without a choice', () => {
    expect(stageChoices(withStages()).map((c) => [c.label, c.outcome])).toEqual([
      ['Closed Won', 'won'],
      ['Stage 7', null],
      ['Выиграна', 'won'],
    ]);
  });

  it('saves a choice that differs from the built-in meaning, in one list only', () => {
    const state = withStages();
    chooseStageOutcome(state, 'Stage 7', 'lost', null);
    chooseStageOutcome(state, 'Closed Won', 'lost', 'won');
    expect(state.settings).toMatchObject({ wonLabels: [], lostLabels: ['Stage 7', 'Closed Won'], openLabels: [] });
    chooseStageOutcome(state, 'stage 7', 'open', null);
    chooseStageOutcome(state, 'Closed Won', 'won', 'won');
    expect(state.settings).toMatchObject({ wonLabels: [], lostLabels: [], openLabels: ['stage 7'] });
    expect(state.dirty).toBe(true);
    expect(stageChoices(state).map((c) => [c.label, c.outcome, c.custom])).toEqual([
      ['Closed Won', 'won', false],
      ['Stage 7', 'open', true],
      ['Выиграна', 'won', false],
    ]);
  });

  it('lists labels of older settings not found in the rows, so they can be changed', () => {
    const state = withStages();
    state.settings = { ...state.settings, wonLabels: ['Facturé'], lostLabels: ['Facturé'] };
    const choices = stageChoices(state);
    expect(choices.map((c) => [c.label, c.rows])).toContainEqual(['Facturé', 0]);
    chooseStageOutcome(state, 'Facturé', 'won', null);
    expect(state.settings).toMatchObject({ wonLabels: ['Facturé'], lostLabels: [] });
  });
});

describe('small helpers', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fmt('{n} sur {total} {x}', { n: 3, total: 12 })).toBe('3 sur 12 {x}');
  });
});

describe('business hours', () => {
  it('read as off, 9:00 to 18:00, Monday to Friday while the settings hold none, and stay out of the draft untouched', () => {
    const state = initialState(loadResult());
    expect(businessHoursOf(state.settings)).toEqual({ on: false, start: 9, end: 18, days: [1, 2, 3, 4, 5] });
    expect(toDraft(state).settings.businessHours).toBeUndefined();
  });

  it('are switched on, given other hours and days, and sent with the draft', () => {
    const state = initialState(loadResult());
    state.dirty = false;
    chooseBusinessHours(state, { on: true });
    chooseBusinessHours(state, { start: 8, end: 20 });
    chooseWorkday(state, 6, true);
    chooseWorkday(state, 5, false);
    expect(state.dirty).toBe(true);
    expect(toDraft(state).settings.businessHours).toEqual({ on: true, start: 8, end: 20, days: [1, 2, 3, 4, 6] });
  });

  it('say when the hours or days cannot be saved', () => {
    const state = initialState(loadResult());
    expect(businessHoursProblem(state.settings)).toBe(false);
    chooseBusinessHours(state, { start: 18, end: 9 });
    expect(businessHoursProblem(state.settings)).toBe(true);
    chooseBusinessHours(state, { start: 9, end: 18 });
    for (const d of [1, 2, 3, 4, 5]) chooseWorkday(state, d, false);
    expect(businessHoursProblem(state.settings)).toBe(true);
  });
});
