// Header matching: typical CRM exports and spreadsheets map without help; header rows and entities are found.

import { detectHeaderRow, type FieldMatch, matchFields, phraseScore, suggestEntity, toPhrase } from '../../src/model/header-match';
import { splitColumns } from '../../src/model/split-columns';

const byField = (matches: readonly FieldMatch[]) => Object.fromEntries(matches.map((m) => [m.field, m.header]));

describe('matchFields', () => {
  it('maps a HubSpot deals export', () => {
    const headers = ['Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Deal owner', 'Pipeline', 'Closed lost reason'];
    expect(byField(matchFields('deals', headers))).toEqual({
      stage: 'Deal Stage',
      amount: 'Amount',
      closed: 'Close Date',
      created: 'Create Date',
      owner: 'Deal owner',
      lost_reason: 'Closed lost reason',
    });
  });

  it('maps a Salesforce opportunities export', () => {
    const headers = ['Opportunity Name', 'Stage', 'Amount', 'Close Date', 'Created Date', 'Opportunity Owner', 'Lead Source', 'Loss Reason'];
    expect(byField(matchFields('deals', headers))).toEqual({
      stage: 'Stage',
      amount: 'Amount',
      closed: 'Close Date',
      created: 'Created Date',
      owner: 'Opportunity Owner',
      source: 'Lead Source',
      lost_reason: 'Loss Reason',
    });
  });

  it('maps a Pipedrive export, taking "Won time" as the close date and "Lost time" as its complement', () => {
    const headers = ['Title', 'Value', 'Status', 'Won time', 'Lost time', 'Deal created', 'Owner', 'Lost reason'];
    const matches = matchFields('deals', headers);
    expect(byField(matches)).toEqual({
      amount: 'Value',
      stage: 'Status',
      closed: 'Won time',
      created: 'Deal created',
      owner: 'Owner',
      lost_reason: 'Lost reason',
    });
    expect(splitColumns('deals', headers, matches)).toEqual({ closed: [4] });
  });

  it('maps a Pipedrive export whose headers carry the "Deal - " prefix, preferring "Won time" to the expected date', () => {
    const headers = ['Deal - Title', 'Deal - Value', 'Deal - Status', 'Deal - Expected close date', 'Deal - Won time', 'Deal - Lost time', 'Deal - Owner'];
    const matches = matchFields('deals', headers);
    expect(byField(matches)).toMatchObject({ amount: 'Deal - Value', stage: 'Deal - Status', closed: 'Deal - Won time', owner: 'Deal - Owner' });
    expect(splitColumns('deals', headers, matches)).toEqual({ closed: [5] });
  });

  it('prefers Pipedrive\'s "Deal closed on", which covers won and lost deals, to "Won time"', () => {
    const headers = ['Title', 'Status', 'Won time', 'Lost time', 'Deal closed on'];
    const matches = matchFields('deals', headers);
    expect(byField(matches).closed).toBe('Deal closed on');
    expect(splitColumns('deals', headers, matches)).toEqual({});
  });

  it('maps an Axonaut or Sellsy export in French', () => {
    const headers = ['Date de création', 'Montant HT', 'Statut', 'Date de signature', 'Commercial', 'Origine'];
    expect(byField(matchFields('deals', headers))).toEqual({
      created: 'Date de création',
      amount: 'Montant HT',
      stage: 'Statut',
      closed: 'Date de signature',
      owner: 'Commercial',
      source: 'Origine',
    });
  });

  it('maps a plain French spreadsheet with accents, apostrophes and units in the headers', () => {
    const headers = ["Nom de l'affaire", 'Client', 'Montant (€)', 'Étape', 'Date de clôture', 'Commercial', 'Motif de perte'];
    expect(byField(matchFields('deals', headers))).toEqual({
      customer: 'Client',
      amount: 'Montant (€)',
      stage: 'Étape',
      closed: 'Date de clôture',
      owner: 'Commercial',
      lost_reason: 'Motif de perte',
    });
  });

  it('maps a plain English customers sheet', () => {
    const headers = ['Customer', 'Start date', 'End date', 'MRR', 'Sales rep', 'Industry'];
    expect(byField(matchFields('customers', headers))).toEqual({
      id: 'Customer',
      start: 'Start date',
      end: 'End date',
      mrr: 'MRR',
      owner: 'Sales rep',
      sector: 'Industry',
    });
  });

  it('gives an exact synonym the score 1 and a contained synonym less', () => {
    const [exact] = matchFields('deals', ['Amount']);
    const [contained] = matchFields('deals', ['Amount (company currency)']);
    expect(exact).toEqual({ field: 'amount', column: 0, header: 'Amount', score: 1 });
    expect(contained.field).toBe('amount');
    expect(contained.score).toBeCloseTo(0.6 + 0.35 * (1 / 3), 3);
  });

  it('uses each column once: the exact header wins over the one that merely contains the synonym', () => {
    const matches = matchFields('deals', ['Amount in company currency', 'Amount']);
    expect(matches).toEqual([{ field: 'amount', column: 1, header: 'Amount', score: 1 }]);
  });

  it('does not read a synonym lost in the middle of a header: "Amount in company currency" is no company', () => {
    expect(byField(matchFields('deals', ['Amount in company currency']))).toEqual({ amount: 'Amount in company currency' });
  });

  it('proposes nothing for headers that fit no field, blank cells or numbers', () => {
    expect(matchFields('deals', ['Foo', '', 42, null, 'Pipeline'])).toEqual([]);
  });
});

describe('phraseScore', () => {
  it('scores a header inside a longer synonym lower than a synonym inside the header', () => {
    const inside = phraseScore(toPhrase('Date signature client'), toPhrase('date signature'));
    const around = phraseScore(toPhrase('Date signature'), toPhrase('date signature client'));
    expect(inside).toBeCloseTo(0.6 + 0.35 * (2 / 3), 6);
    expect(around).toBeCloseTo(0.3 + 0.4 * (2 / 3), 6);
  });

  it('ignores small words such as "de" when comparing', () => {
    expect(phraseScore(toPhrase('Date de la création'), toPhrase('date creation'))).toBe(0.95);
  });
});

describe('detectHeaderRow', () => {
  it('finds the header on row 1 of a plain table', () => {
    expect(detectHeaderRow([['Date', 'Montant', 'Canal'], ['2024-03-01', 1200, 'Google Ads']])).toBe(1);
  });

  it('skips a title row and a blank row above the header', () => {
    const values = [
      ['Pipeline commercial 2024', '', '', ''],
      ['', '', '', ''],
      ['Client', 'Montant HT', 'Statut', 'Date de signature'],
      ['Acme', 1200, 'Gagné', '2024-03-04'],
    ];
    expect(detectHeaderRow(values)).toBe(3);
  });

  it('takes the lower row of a two-row header whose merged cells come as blanks', () => {
    const values = [
      ['Affaire', '', 'Dates', ''],
      ['Client', 'Montant', 'Date de création', 'Date de clôture'],
      ['Acme', 1200, 45352, 45380],
    ];
    expect(detectHeaderRow(values)).toBe(2);
  });

  it('reads "Création" and "Clôture" under a merged "Dates" cell as the deal dates', () => {
    const values = [
      ['Affaire', '', 'Dates', ''],
      ['Client', 'Montant', 'Création', 'Clôture'],
      ['Acme', 1200, 45352, 45380],
    ];
    expect(detectHeaderRow(values)).toBe(2);
    expect(byField(matchFields('deals', values[1]))).toEqual({ customer: 'Client', amount: 'Montant', created: 'Création', closed: 'Clôture' });
  });

  it('keeps a header row that has merged (blank) cells in it', () => {
    const values = [
      ['Export CRM', '', ''],
      ['Deal Stage', '', 'Amount', '', 'Close Date'],
      ['Closed Won', '', 1000, '', 45352],
    ];
    expect(detectHeaderRow(values)).toBe(2);
  });

  it('does not take a data row whose labels look like headers', () => {
    const values = [
      ['Deal Stage', 'Amount', 'Deal owner'],
      ['Closed Won', 5000, 'Alice'],
      ['Closed Lost', 2000, 'Bob'],
    ];
    expect(detectHeaderRow(values)).toBe(1);
  });

  it('falls back to the first non-blank row when nothing matches, and to 1 for an empty sheet', () => {
    expect(detectHeaderRow([['', ''], ['foo', 'bar']])).toBe(2);
    expect(detectHeaderRow([])).toBe(1);
  });
});

describe('suggestEntity', () => {
  it('recognises deals from a HubSpot header row whatever the sheet is called', () => {
    const s = suggestEntity('Export 2024-03-31', ['Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Create Date', 'Deal owner']);
    expect(s).toEqual({ entity: 'deals', score: 1 });
  });

  it('lets the sheet name decide between spend and orders on identical headers', () => {
    const headers = ['Date', 'Montant', 'Canal'];
    expect(suggestEntity('Dépenses marketing', headers)?.entity).toBe('spend');
    expect(suggestEntity('Commandes', headers)?.entity).toBe('orders');
  });

  it('prefers the entity whose fields the headers cover best when the name says nothing', () => {
    expect(suggestEntity('Feuille 1', ['Mois', 'Montant', 'Canal'])?.entity).toBe('spend');
    expect(suggestEntity('Sheet1', ['Lead ID', 'Created', 'Lead source', 'Qualified'])?.entity).toBe('leads');
  });

  it('recognises customers and targets in French', () => {
    expect(suggestEntity('Clients', ['Client', 'Date de début', 'Date de fin', 'Revenu mensuel'])?.entity).toBe('customers');
    expect(suggestEntity('Objectifs', ['Mois', 'Commercial', 'Indicateur', 'Objectif'])?.entity).toBe('targets');
  });

  it('does not take a sheet of reps and sectors for leads: those fields belong to every entity', () => {
    expect(suggestEntity('Équipe', ['Commercial', 'Secteur', 'Source'])).toBeNull();
  });

  it('returns null for a sheet that holds nothing it knows', () => {
    expect(suggestEntity('Notes', ['Idée', 'Auteur', 'Commentaire'])).toBeNull();
    expect(suggestEntity('Leads', [])).toBeNull();
  });
});

describe('suggestEntity on contact and invoice exports', () => {
  it('takes a HubSpot contacts export for leads, not deals, though "Lifecycle Stage" looks like a stage', () => {
    const headers = ['Record ID', 'First Name', 'Last Name', 'Email', 'Lifecycle Stage', 'Lead Status', 'Create Date', 'Contact owner', 'Original Source'];
    expect(suggestEntity('hubspot-crm-exports-all-contacts', headers)?.entity).toBe('leads');
  });

  it('takes a Salesforce leads export for leads', () => {
    const headers = ['Lead ID', 'First Name', 'Last Name', 'Company', 'Lead Source', 'Lead Status', 'Lead Owner', 'Created Date', 'Converted'];
    expect(suggestEntity('report1711', headers)?.entity).toBe('leads');
  });

  it('takes a French invoice list for orders', () => {
    const headers = ['N° facture', 'Date', 'Client', 'Montant HT', 'TVA', 'Montant TTC'];
    const s = suggestEntity('Export', headers);
    expect(s?.entity).toBe('orders');
    expect(byField(matchFields('orders', headers))).toEqual({ id: 'N° facture', date: 'Date', customer: 'Client', amount: 'Montant HT' });
  });
});
