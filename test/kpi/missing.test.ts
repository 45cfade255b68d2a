// Tests of what to map for the KPIs the tables cannot compute: fields by name, closest columns, whole tables.
import { closestHeaders, describeMissing, missingFields } from '../../src/kpi/missing';
import { parseTable } from '../../src/model/parse-table';
import { DEFAULT_SETTINGS } from '../../src/model/settings';

const sheet = [
  ['Created', 'Closed', 'Deal Phase', 'Value', 'Sales Agent'],
  ['2024-03-01', '2024-03-10', 'Won', 100, 'Ann'],
];
const deals = parseTable('deals', 'Export', sheet, { created: 0, closed: 1, amount: 3 }, { headerRow: 1, settings: DEFAULT_SETTINGS });

describe('missingFields', () => {
  const missing = missingFields({ deals });
  const stage = missing.find((m) => m.entity === 'deals' && m.fields.includes('stage'));

  it('names the field a present table lacks and the KPIs it would unlock', () => {
    expect(stage).toMatchObject({ entity: 'deals', sheet: 'Export', fields: ['stage'] });
    expect(stage?.kpis).toEqual(expect.arrayContaining(['revenue', 'win_rate', 'deals_won']));
  });

  it('offers the unmapped columns that look closest', () => {
    expect(stage?.closest.stage).toEqual(['Deal Phase']);
  });

  it('lists each table not mapped once, after the fields', () => {
    const leads = missing.filter((m) => m.entity === 'leads');
    expect(leads).toHaveLength(1);
    expect(leads[0].sheet).toBeUndefined();
    expect(missing[missing.length - 1].sheet).toBeUndefined();
  });

  it('names only whole tables when none is mapped', () => {
    expect(missingFields({}).every((m) => m.sheet === undefined)).toBe(true);
  });
});

describe('closestHeaders', () => {
  it('finds owner columns by synonyms or spelling, and nothing far', () => {
    expect(closestHeaders('deals', 'owner', ['Sales Agent', 'Amount', 'Zzz'])).toEqual(['Sales Agent']);
    expect(closestHeaders('deals', 'lost_reason', ['Foo', 'Bar'])).toEqual([]);
  });
});

describe('describeMissing', () => {
  it('says it in the user’s language, fields by their label', () => {
    const [en] = describeMissing(missingFields({ deals }), 'en');
    expect(en).toContain('Deals (sheet “Export”): the field Stage is not mapped');
    expect(en).toContain('Closest columns: “Deal Phase”.');
    const fr = describeMissing(missingFields({ deals }), 'fr');
    expect(fr[0]).toContain('le champ Étape n’est associé à aucune colonne');
    expect(fr[fr.length - 1]).toMatch(/^Tableaux non associés/);
  });
});
