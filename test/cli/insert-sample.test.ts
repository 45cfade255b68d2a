// "Insert sample data" in the local runtime: new sheets only, the mapping saved, a constant number of service calls.

import { join } from 'node:path';
import { createRuntime, emptyWorkbook } from '../../scripts/runtime/index';

const bundle = process.env.SALES_KPI_BUNDLE ?? join(__dirname, '..', '..', 'dist', 'Code.js');
const NOW = Date.UTC(2026, 10, 1, 8);

function runtime(locale = 'fr_FR') {
  return createRuntime({ workbook: emptyWorkbook({ locale, timeZone: 'Europe/Paris' }), now: NOW }).load(bundle);
}

describe('insertSampleData', () => {
  it('adds the French sheets, saves their mapping and says so in a toast', () => {
    const rt = runtime();
    rt.call('insertSampleData');
    expect(rt.workbook.sheets.map((s) => s.name).slice(-9)).toEqual(['Leads', 'Affaires', 'Clients', 'Commandes', 'Activités', 'Dépenses', 'Objectifs', 'Réclamations', 'Abonnements']);
    const config = JSON.parse(rt.state.properties.document.get('salesKpi.config') ?? '{}');
    expect(config.entities.deals).toEqual(expect.objectContaining({ sheet: 'Affaires', headerRow: 1 }));
    expect(config.entities.deals.fields.amount).toBe('Montant HT');
    expect(rt.ui.toasts[0].message).toContain('24 mois');
    const deals = rt.workbook.sheets.find((s) => s.name === 'Affaires');
    expect(deals?.values[0][1]).toBe('Date de création');
    expect(Object.prototype.toString.call(deals?.values[1][1])).toBe('[object Date]');
  });

  it('never overwrites a sheet: a second run writes "Affaires (2)" and maps it', () => {
    const rt = runtime();
    rt.call('insertSampleData');
    rt.workbook.sheets.find((s) => s.name === 'Affaires')!.values[1][0] = 'mine';
    rt.call('insertSampleData');
    expect(rt.workbook.sheets.find((s) => s.name === 'Affaires')!.values[1][0]).toBe('mine');
    const config = JSON.parse(rt.state.properties.document.get('salesKpi.config') ?? '{}');
    expect(config.entities.deals.sheet).toBe('Affaires (2)');
  });

  it('uses English sheets and headers in an English spreadsheet', () => {
    const rt = runtime('en_US');
    rt.call('insertSampleData');
    expect(rt.workbook.sheets.map((s) => s.name)).toContain('Deals');
    expect(rt.workbook.sheets.find((s) => s.name === 'Deals')?.values[0].slice(0, 3)).toEqual(['ID', 'Created date', 'Close date']);
  });

  it('makes the same number of service calls for 5 or 200 deals a month', () => {
    const small = runtime();
    small.call('insertSampleDataWith_', { dealsPerMonth: 5 });
    const big = runtime();
    big.call('insertSampleDataWith_', { dealsPerMonth: 200 });
    // Only Sheet.insertRowsAfter may differ (a sheet longer than the default 1,000 rows needs rows added).
    const without = (m: Record<string, number>) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== 'Sheet.insertRowsAfter' && k !== 'Sheet.getMaxRows'));
    expect(without(big.calls.byMethod)).toEqual(without(small.calls.byMethod));
    expect(big.calls.total).toBeLessThanOrEqual(small.calls.total + 16);
  }, 60000);
});
