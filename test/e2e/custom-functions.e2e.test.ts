// End-to-end: dist/Code.js in the local Apps Script runtime, custom functions called as Sheets calls them.

import { join } from 'node:path';
import { createRuntime, type Runtime, workbookFromArrays } from '../../scripts/runtime';
import { CONFIG_PROPERTY_KEY, type SavedConfig, serializeConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

const BUNDLE = join(__dirname, '../../dist/Code.js');
/** Midnight in Paris (UTC+1 in winter, UTC+2 in summer), as Sheets passes a date cell of a Paris spreadsheet. */
const paris = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - (m >= 4 && m <= 10 ? 7200000 : 3600000));

const DEALS = [
  ['Réf', 'Créée le', 'Signée le', 'Statut', 'Valeur', 'Vendeur'],
  ['A1', paris(2024, 1, 10), paris(2024, 3, 5), 'Gagné', 1200, 'Alice'],
  ['A2', paris(2024, 2, 1), paris(2024, 3, 20), 'Perdu', 800, 'Bob'],
  ['A3', paris(2024, 2, 15), paris(2024, 3, 31), 'Gagné', 2000, 'Bob'],
  ['A4', paris(2024, 3, 1), '', 'En cours', 5000, 'Alice'],
];

function runtimeWith(locale: string, config?: SavedConfig): Runtime {
  const workbook = workbookFromArrays({ Deals: DEALS }, { locale, timeZone: 'Europe/Paris' });
  const runtime = createRuntime({ workbook, userLocale: locale.slice(0, 2) }).load(BUNDLE);
  if (config) runtime.state.properties.document.set(CONFIG_PROPERTY_KEY, serializeConfig(config));
  return runtime;
}

/** What Sheets passes for `Deals!A:F`: the whole column range, thousands of blank rows included. */
const wholeColumns = () => [...DEALS, ...Array.from({ length: 5000 }, () => ['', '', '', '', '', ''])];

describe('custom functions in the built bundle', () => {
  it('computes the arithmetic CAC of the design example', () => {
    expect(runtimeWith('fr_FR').callCustomFunction('CAC', 10000, 50)).toBe(200);
  });

  it('computes a win rate from a whole-column range of dates passed as Date objects', () => {
    const runtime = runtimeWith('fr_FR');
    expect(runtime.callCustomFunction<number>('WIN_RATE', wholeColumns(), '2024-03')).toBeCloseTo(2 / 3, 12);
    expect(runtime.callCustomFunction<number>('REVENUE', wholeColumns(), '2024-03', 'owner', 'Bob')).toBe(2000);
  });

  it('uses a date at midnight in the spreadsheet zone as the last day of its month (31 March stays in March)', () => {
    expect(runtimeWith('fr_FR').callCustomFunction('DEALS_WON', wholeColumns(), '2024-03')).toBe(2);
  });

  it('finds columns through the saved mapping when headers are not standard', () => {
    const config: SavedConfig = {
      version: 3,
      entities: { deals: { sheet: 'Deals', headerRow: 1, fields: { created: 'Créée le', closed: 'Signée le', stage: 'Statut', amount: 'Valeur', owner: 'Vendeur' } } },
      settings: { ...DEFAULT_SETTINGS, locale: 'fr_FR' },
    };
    expect(runtimeWith('fr_FR', config).callCustomFunction('REVENUE', wholeColumns(), '2024-03')).toBe(3200);
  });

  it('throws an Error whose message is in the spreadsheet language, as #ERROR! shows it', () => {
    expect(() => runtimeWith('fr_FR').callCustomFunction('CAC', 10000, 0)).toThrow(/CAC : pas de valeur/);
    expect(() => runtimeWith('en_US').callCustomFunction('CAC', 10000, 0)).toThrow(/CAC: no value/);
  });

  it('reads only (no write, no UI) and costs a handful of service calls', () => {
    const runtime = runtimeWith('fr_FR');
    runtime.calls.reset();
    runtime.callCustomFunction('WIN_RATE', wholeColumns(), '2024-03');
    expect(runtime.calls.total).toBeLessThanOrEqual(6);
    expect(Object.keys(runtime.calls.byMethod).every((m) => /^(SpreadsheetApp|Spreadsheet|PropertiesService|Properties)\./.test(m))).toBe(true);
  });

  it('builds the menu from onOpen in AuthMode.NONE', () => {
    const runtime = runtimeWith('en_US');
    runtime.callWithAuthMode('NONE', 'onOpen', { authMode: 'NONE' });
    const menus = runtime.ui.menuCaptions();
    expect(menus).toHaveLength(1);
    expect(menus[0].items).toContain('Map columns');
  });
});

/** A Paris wall-clock date-time as Sheets passes it (winter, UTC+1). */
const parisAt = (y: number, m: number, d: number, h: number, min: number) => new Date(Date.UTC(y, m - 1, d, h - 1, min));

const SUBSCRIPTIONS = [
  ['Customer ID', 'Plan', 'Start Date', 'Ended At', 'Amount', 'Interval', 'Quantity'],
  ['cus_1', 'Gold', paris(2024, 1, 10), '', 2000, 'year', 1],
  ['cus_2', 'Silver', paris(2024, 1, 15), paris(2024, 3, 20), 30, 'month', 2],
  ['cus_3', 'Silver', paris(2024, 2, 1), '', 30, 'month', 1],
  ['cus_3', 'Silver', paris(2024, 3, 5), '', 30, 'month', 1],
  ['cus_4', 'Gold', paris(2024, 3, 8), '', 50, 'month', 3],
];

describe('the issue-16 functions in the built bundle', () => {
  const rt = () => runtimeWith('en_US');

  it('reads a Stripe-like subscriptions export: MRR, ARR and the spilled MRR movements that add up', () => {
    expect(rt().callCustomFunction<number>('MRR', SUBSCRIPTIONS, '2024-03')).toBeCloseTo(2000 / 12 + 60 + 150, 9);
    expect(rt().callCustomFunction<number>('ARR', SUBSCRIPTIONS, '2024-03')).toBeCloseTo(12 * (2000 / 12 + 60 + 150), 9);
    const table = rt().callCustomFunction<unknown[][]>('MRR_MOVEMENTS', SUBSCRIPTIONS, '2024-03');
    expect(table.map((r) => r[0])).toEqual(['Key', 'Start MRR', 'New business', 'Expansion', 'Reactivation', 'Contraction', 'Churned', 'End MRR']);
    const values = table.slice(1).map((r) => r[1] as number);
    expect(values.slice(0, -1).reduce((a, b) => a + b, 0)).toBeCloseTo(values[values.length - 1], 9);
    expect(values[1]).toBeCloseTo(150, 9); // cus_4 is new business
    expect(values[2]).toBeCloseTo(30, 9); // cus_3 doubles its Silver plan: expansion
    expect(values[5]).toBeCloseTo(-60, 9); // cus_2 churns
  });

  it('computes the arithmetic forms with a billing interval and refuses impossible inputs', () => {
    expect(rt().callCustomFunction('MRR', 1200, 'year')).toBe(100);
    expect(() => rt().callCustomFunction('CHURN', -5, 200)).toThrow(/argument 1 \(lost\) is -5/);
    expect(() => rt().callCustomFunction('CAC', '', 50)).toThrow(/argument 1 \(spend\) is blank/);
    expect(runtimeWith('fr_FR').callCustomFunction('CAC', '10 000,00 €', 50)).toBe(200);
  });

  it('returns one number for SALES_PER_REP and MEETINGS, and spills breakdowns through KPI_BREAKDOWN', () => {
    expect(rt().callCustomFunction<number>('SALES_PER_REP', wholeColumns(), '2024-03')).toBeCloseTo(3200 / 2, 9);
    const perRep = rt().callCustomFunction<unknown[][]>('KPI_BREAKDOWN', 'sales_per_rep', wholeColumns(), '2024-03');
    expect(perRep.slice(1).map((r) => [r[0], r[1]])).toEqual([['Bob', 2000], ['Alice', 1200]]);
    const activities = [['Date', 'Type', 'Owner'], [paris(2024, 3, 4), 'Meeting', 'Alice'], [paris(2024, 3, 6), 'Call', 'Bob'], [paris(2024, 3, 7), 'RDV', 'Bob']];
    expect(rt().callCustomFunction('MEETINGS', activities, '2024-03')).toBe(2);
  });

  it('measures the lead response time from the date-times, in hours', () => {
    const leads = [
      ['Created date', 'First contact', 'Owner'],
      [parisAt(2024, 3, 12, 10, 0), parisAt(2024, 3, 12, 10, 30), 'Alice'],
      [parisAt(2024, 3, 12, 23, 50), parisAt(2024, 3, 13, 0, 10), 'Bob'],
    ];
    expect(rt().callCustomFunction<number>('LEAD_RESPONSE_TIME', leads, '2024-03')).toBeCloseTo((0.5 + 1 / 3) / 2, 9);
  });
});
