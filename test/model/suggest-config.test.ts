// suggestConfig: a whole mapping proposed from the workbook's sheets, with the best sheet per entity.

import { parseConfig, serializeConfig } from '../../src/model/config';
import { DEFAULT_SETTINGS } from '../../src/model/settings';
import { suggestConfig } from '../../src/model/suggest-config';
import { readExport } from './exports/corpus';

describe('suggestConfig', () => {
  const sheets = [
    {
      name: 'Export HubSpot',
      values: [
        ['Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Deal owner', 'Pipeline', 'Closed lost reason'],
        ['Acme renewal', 'Closed Won', 12000, 45380, 45300, 'Alice', 'Sales', ''],
      ],
    },
    {
      name: 'Dépenses',
      values: [
        ['Budget marketing 2024', '', ''],
        ['Mois', 'Montant', 'Canal'],
        ['2024-01', 3000, 'Google Ads'],
      ],
    },
    { name: 'Notes', values: [['Idée', 'Auteur'], ['Relancer Acme', 'Bob']] },
    { name: 'KPI 2024-03', values: [['Indicateur', 'Valeur', 'Objectif'], ['CA', 1000, 2000]] },
    { name: 'Vide', values: [] },
  ];

  it('maps each recognised sheet with its header row and leaves the others out', () => {
    const { config, confidence } = suggestConfig(sheets, DEFAULT_SETTINGS);
    expect(config.entities).toEqual({
      deals: {
        sheet: 'Export HubSpot',
        headerRow: 1,
        fields: {
          stage: 'Deal Stage',
          amount: 'Amount',
          closed: 'Close Date',
          created: 'Create Date',
          owner: 'Deal owner',
          lost_reason: 'Closed lost reason',
        },
      },
      spend: { sheet: 'Dépenses', headerRow: 2, fields: { date: 'Mois', amount: 'Montant', channel: 'Canal' } },
    });
    expect(config.settings).toBe(DEFAULT_SETTINGS);
    expect(confidence.deals).toBe(1);
    expect(confidence.spend).toBe(1);
    expect(confidence['deals.amount']).toBe(1);
  });

  it('keeps the sheet with the strongest evidence when two sheets hold the same entity', () => {
    const two = [
      { name: 'Old deals', values: [['Amount', 'Stage']] },
      { name: 'Affaires', values: [['Montant HT', 'Statut', 'Date de signature', 'Commercial', 'Date de création']] },
    ];
    const { config } = suggestConfig(two, DEFAULT_SETTINGS);
    expect(config.entities.deals?.sheet).toBe('Affaires');
  });

  it('records Pipedrive\'s "Lost time" as the column read when "Won time" is blank', () => {
    const pipedrive = [{ name: 'Deals', values: [['Title', 'Value', 'Status', 'Won time', 'Lost time', 'Deal created', 'Owner', 'Lost reason']] }];
    const deals = suggestConfig(pipedrive, DEFAULT_SETTINGS).config.entities.deals;
    expect(deals?.fields.closed).toBe('Won time');
    expect(deals?.fallbacks).toEqual({ closed: ['Lost time'] });
  });

  it('does not map a field to a header that also names an earlier column', () => {
    const dup = [{ name: 'Leads', values: [['Date', 'Source', 'Date', 'Owner']] }];
    const leads = suggestConfig(dup, DEFAULT_SETTINGS).config.entities.leads;
    expect(leads?.fields).toEqual({ created: 'Date', source: 'Source', owner: 'Owner' });
  });

  it('proposes a configuration that can be saved and read back', () => {
    const { config } = suggestConfig(sheets, DEFAULT_SETTINGS);
    expect(parseConfig(serializeConfig(config)).config).toEqual(config);
  });

  it('proposes an empty configuration for a workbook it recognises nothing in', () => {
    expect(suggestConfig([{ name: 'Notes', values: [['Idée']] }], DEFAULT_SETTINGS)).toEqual({
      config: { version: 3, entities: {}, settings: DEFAULT_SETTINGS },
      confidence: {},
      considered: {},
      notes: [],
    });
  });
});

describe('suggestConfig reads the columns\' contents', () => {
  it('does not take a yes/no CLOSED column for the close date, and names it among the columns considered', () => {
    const values = [
      ['ID', 'TITLE', 'STAGE', 'OPPORTUNITY_AMOUNT', 'CLOSED', 'DATE_CREATE'],
      ...Array.from({ length: 12 }, (_, i) => [String(i), `Deal ${i}`, i % 2 ? 'Won' : 'Lost', 100 * i, i % 3 ? 'Y' : 'N', '2024-03-01']),
    ];
    const { config, considered } = suggestConfig([{ name: 'Deals', values }], DEFAULT_SETTINGS);
    expect(config.entities.deals?.fields.closed).toBeUndefined();
    expect(config.entities.deals?.fields.created).toBe('DATE_CREATE');
    expect(considered['deals.closed']).toEqual([{ field: 'closed', column: 4, header: 'CLOSED', reason: 'no_dates' }]);
  });

  it('prefers the status holding won and lost to the pipeline stage (Pipedrive)', () => {
    const values = [
      ['Deal - Stage', 'Deal - Status', 'Deal - Value'],
      ...Array.from({ length: 10 }, (_, i) => [['Qualified', 'Contact Made', 'Proposal Made'][i % 3], ['Won', 'Lost', 'Open'][i % 3], 100]),
    ];
    expect(suggestConfig([{ name: 'Deals', values }], DEFAULT_SETTINGS).config.entities.deals?.fields.stage).toBe('Deal - Status');
  });

  it('reads the Salesforce Opportunity table as deals and the Lead table as leads', () => {
    const { config } = suggestConfig(
      [
        { name: 'Opportunity', values: readExport('salesforce-opportunity.csv') },
        { name: 'Lead', values: readExport('salesforce-lead.csv') },
      ],
      DEFAULT_SETTINGS,
    );
    expect(config.entities.deals?.sheet).toBe('Opportunity');
    expect(config.entities.leads?.sheet).toBe('Lead');
    expect(config.entities.orders).toBeUndefined();
    expect(config.entities.leads?.fields).toMatchObject({ created: 'CreatedDate', source: 'LeadSource', opportunity: 'IsConverted' });
  });
});
