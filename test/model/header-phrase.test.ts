// Header phrases: API spellings split into words, one-word forms compared without spaces.

import { COMPACT_SCORE, phraseScore, splitApiName, toPhrase } from '../../src/model/header-phrase';
import { type FieldMatch, matchFields } from '../../src/model/header-match';

const byField = (matches: readonly FieldMatch[]) => Object.fromEntries(matches.map((m) => [m.field, m.header]));

describe('splitApiName', () => {
  it('splits CamelCase, acronyms and custom-field suffixes', () => {
    expect(splitApiName('CloseDate')).toBe('Close Date');
    expect(splitApiName('StageName')).toBe('Stage Name');
    expect(splitApiName('IDNumber')).toBe('ID Number');
    expect(splitApiName('Lost_Reason__c')).toBe('Lost_Reason');
    expect(splitApiName('Reason_For_Loss__s')).toBe('Reason_For_Loss');
  });

  it('leaves ordinary headers as they are', () => {
    expect(splitApiName('Montant HT')).toBe('Montant HT');
    expect(splitApiName('DATE_CREATE')).toBe('DATE_CREATE');
  });
});

describe('toPhrase', () => {
  it('reads snake_case, SCREAMING_CASE and dotted API paths as words', () => {
    expect(toPhrase('sales_agent').text).toBe('sales agent');
    expect(toPhrase('DATE_CREATE').text).toBe('date create');
    expect(toPhrase('Owner.Name').text).toBe('owner name');
    expect(toPhrase('Account.Industry').core).toEqual(['account', 'industry']);
  });
});

describe('phraseScore', () => {
  it('matches a one-word header with a several-word synonym', () => {
    expect(phraseScore(toPhrase('closingdate'), toPhrase('closing date'))).toBe(COMPACT_SCORE);
    expect(phraseScore(toPhrase('CLOSEDATE'), toPhrase('close date'))).toBe(COMPACT_SCORE);
    expect(phraseScore(toPhrase('leadsource'), toPhrase('lead source'))).toBe(COMPACT_SCORE);
  });
});

describe('matchFields on API and one-word headers', () => {
  it('maps Salesforce API names, with dotted relationship fields', () => {
    const headers = ['Id', 'StageName', 'Amount', 'CloseDate', 'CreatedDate', 'Owner.Name', 'LeadSource', 'Account.Industry'];
    expect(byField(matchFields('deals', headers))).toMatchObject({
      stage: 'StageName', amount: 'Amount', closed: 'CloseDate', created: 'CreatedDate', owner: 'Owner.Name', source: 'LeadSource', sector: 'Account.Industry',
    });
  });

  it('maps vtiger and Bitrix24 database names', () => {
    expect(byField(matchFields('deals', ['potentialname', 'closingdate', 'sales_stage', 'amount', 'createdtime', 'leadsource']))).toMatchObject({
      closed: 'closingdate', stage: 'sales_stage', amount: 'amount', created: 'createdtime', source: 'leadsource',
    });
    expect(byField(matchFields('deals', ['TITLE', 'STAGE_ID', 'DATE_CREATE', 'CLOSEDATE', 'ASSIGNED_BY_NAME']))).toMatchObject({
      created: 'DATE_CREATE', closed: 'CLOSEDATE', owner: 'ASSIGNED_BY_NAME',
    });
  });

  it('maps the usual labels of Close, Copper, Freshsales, monday.com and Zendesk Sell', () => {
    expect(byField(matchFields('deals', ['lead_name', 'status_type', 'value', 'date_created', 'date_won', 'user_name']))).toMatchObject({
      stage: 'status_type', amount: 'value', created: 'date_created', closed: 'date_won', owner: 'user_name', customer: 'lead_name',
    });
    expect(byField(matchFields('deals', ['Name', 'Status', 'Monetary Value', 'Close Date', 'Loss Reason', 'Date Created']))).toMatchObject({
      stage: 'Status', amount: 'Monetary Value', closed: 'Close Date', lost_reason: 'Loss Reason', created: 'Date Created',
    });
    expect(byField(matchFields('deals', ['Name', 'Deal value', 'Deal stage', 'Closed date', 'Sales owner', 'Created at', 'Lost reason']))).toMatchObject({
      amount: 'Deal value', stage: 'Deal stage', closed: 'Closed date', owner: 'Sales owner', created: 'Created at', lost_reason: 'Lost reason',
    });
    expect(byField(matchFields('deals', ['Name', 'Owner', 'Stage', 'Deal Value', 'Expected Close Date', 'Actual Close Date']))).toMatchObject({
      stage: 'Stage', amount: 'Deal Value', closed: 'Actual Close Date', owner: 'Owner',
    });
    expect(byField(matchFields('deals', ['Deal Name', 'Value', 'Stage', 'Owner', 'Added On', 'Estimated Close Date', 'Loss Reason']))).toMatchObject({
      amount: 'Value', stage: 'Stage', owner: 'Owner', created: 'Added On', closed: 'Estimated Close Date', lost_reason: 'Loss Reason',
    });
  });
});
