// Response rate, e-mail open rate and meetings from the activities table.

import { computeKpi } from '../../src/kpi/compute';
import { ACTIVITIES } from './fixtures';
import { input, month } from './table-builder';

const acts = input({ activities: ACTIVITIES });
const march = month('2024-03');

test('response rate is replies ÷ contacts made, meetings left out', () => {
  expect(computeKpi('response_rate', acts, march)).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
});

test('e-mail open rate is opened ÷ delivered, bounced e-mails left out', () => {
  const r = computeKpi('email_open_rate', acts, march);
  expect(r).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
  expect(r.skippedBy).toEqual({ bounced: 1 });
});

test('meetings are split solo / team and prospects / customers', () => {
  const r = computeKpi('meetings', acts, march);
  expect(r.value).toBe(3);
  expect(r.breakdown).toEqual([
    { key: 'solo', group: 'team', value: 2, count: 2, share: 2 / 3 },
    { key: 'team', group: 'team', value: 1, count: 1, share: 1 / 3 },
    { key: 'prospects', group: 'audience', value: 1, count: 1, share: 1 / 3 },
    { key: 'customers', group: 'audience', value: 1, count: 1, share: 1 / 3 },
  ]);
});

test('per owner, only that owner’s activities count', () => {
  expect(computeKpi('meetings', acts, march, { field: 'owner', value: 'Bob' }).value).toBe(2);
  expect(computeKpi('response_rate', acts, march, { field: 'owner', value: 'Bob' }).value).toBe(0.5);
});

test('a month without activities has no value', () => {
  expect(computeKpi('response_rate', acts, month('2024-05')).why).toBe('zero_denominator');
  expect(computeKpi('email_open_rate', acts, month('2024-05')).why).toBe('zero_denominator');
  expect(computeKpi('meetings', acts, month('2024-05')).why).toBe('no_rows');
});
