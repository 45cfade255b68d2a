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
