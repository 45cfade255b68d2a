// The command-line summary names what to map for the KPIs it cannot show, and says nothing when nothing is missing.
import { missingLines, summaryLines } from '../../scripts/cli/summary';
import { missingFields } from '../../src/kpi/missing';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import type { KpiExport } from '../../src/sample/kpi-export';

const sheet = [
  ['Created', 'Closed', 'Deal Phase', 'Value'],
  ['2024-03-01', '2024-03-10', 'Won', 100],
];
const deals = parseTable('deals', 'Export', sheet, { created: 0, closed: 1, amount: 3 }, { headerRow: 1, settings: DEFAULT_SETTINGS });
const base: KpiExport = { month: '2024-03', months: ['2024-03'], kpis: [], dataQuality: { tables: [], problems: [], lookups: [] }, missing: [] };

describe('the summary’s missing-field lines', () => {
  it('name the field, the sheet and the closest column, in the user’s language', () => {
    const lines = missingLines({ ...base, missing: missingFields({ deals }) }, 'en');
    expect(lines[0]).toBe('');
    expect(lines[1]).toMatch(/^! Deals \(sheet “Export”\): the field Stage is not mapped to a column — needed for .*Closest columns: “Deal Phase”\.$/);
    expect(summaryLines({ ...base, missing: missingFields({ deals }) }, 'fr', 'EUR').join('\n')).toContain('le champ Étape n’est associé à aucune colonne');
  });

  it('are absent when nothing is missing', () => {
    expect(missingLines(base, 'en')).toEqual([]);
  });
});
