// Leads created and qualified, qualification rate, lead → opportunity, lead response time.

import { computeKpi } from '../../src/kpi/compute';
import { LEADS } from './fixtures';
import { input, month, table } from './table-builder';

const leads = input({ leads: LEADS });
const march = month('2024-03');

test('leads counts leads created in the period and skips those without a creation date', () => {
  const r = computeKpi('leads', leads, march);
  expect(r.value).toBe(6);
  expect(r.skippedBy).toEqual({ no_created_date: 1 });
});

test('qualified leads counts the qualified ones among them', () => {
  expect(computeKpi('qualified_leads', leads, march).value).toBe(2);
});

test('qualification rate is qualified ÷ created', () => {
  expect(computeKpi('qualification_rate', leads, march)).toMatchObject({ value: 2 / 6, numerator: 2, denominator: 6 });
});

test('lead-to-opportunity is leads that became opportunities ÷ leads', () => {
  expect(computeKpi('lead_to_opportunity', leads, march).value).toBeCloseTo(1 / 6, 12);
});

test('per owner, only that owner’s leads count', () => {
  expect(computeKpi('qualification_rate', leads, march, { field: 'owner', value: 'alice' }).value).toBeCloseTo(1 / 3, 12);
});

test('lead response time is the mean hours to first contact, leaving out leads not yet contacted', () => {
  const r = computeKpi('lead_response_time', leads, march);
  expect(r.value).toBe(12);
  expect(r.skippedBy).toEqual({ no_first_contact: 3, contact_before_creation: 1 });
});

test('an empty period has no value', () => {
  expect(computeKpi('leads', leads, month('2023-03'))).toMatchObject({ value: null, why: 'no_rows' });
  expect(computeKpi('qualification_rate', leads, month('2023-03'))).toMatchObject({ value: null, why: 'zero_denominator' });
  expect(computeKpi('lead_response_time', leads, month('2023-03')).value).toBeNull();
});

test('qualified leads need the qualified column', () => {
  const bare = input({ leads: table('leads', [{ created: '2024-03-01' }]) });
  expect(computeKpi('qualified_leads', bare, march)).toMatchObject({ why: 'missing_field', missing: { entity: 'leads', fields: ['qualified'] } });
});
