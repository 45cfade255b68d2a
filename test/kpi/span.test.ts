// Inside the span of a table's data, counts and sums with nothing in the period are 0; outside it they have no value.

import { computeKpi } from '../../src/kpi/compute';
import { tableSpan } from '../../src/kpi/span';
import { ACTIVITIES, CUSTOMERS, DEALS, LEADS } from './fixtures';
import { day, input, month, table } from './table-builder';

// Like the Maven CRM export: deals created from October 2016, none closed before March 2017.
const MAVEN = [
  { created: '2016-10-20', closed: '2017-03-01', stage: 'won', amount: 1000, owner: 'Anna' },
  { created: '2016-11-02', closed: '2017-03-15', stage: 'lost', amount: 500, owner: 'Bo' },
  { created: '2016-12-05', closed: '', stage: 'open', amount: 700, owner: 'Anna' },
];

describe('the span of a table', () => {
  it('runs from the first to the last date of any column, open deals’ expected close dates left aside', () => {
    const t = table('deals', [...MAVEN, { created: '2017-01-10', closed: '2019-01-01', stage: 'open', amount: 1 }]);
    expect(tableSpan(t)).toEqual({ first: day('2016-10-20'), last: day('2017-03-15') });
  });

  it('is the segment’s own when a segment is given', () => {
    expect(tableSpan(table('deals', MAVEN), { field: 'owner', value: 'bo' })).toEqual({ first: day('2016-11-02'), last: day('2017-03-15') });
    expect(tableSpan(table('deals', MAVEN), { field: 'owner', value: 'nobody' })).toBeNull();
  });
});

describe('counts and sums', () => {
  it('give revenue 0, not blank, for the months with deals created but none closed (Maven)', () => {
    const i = input({ deals: MAVEN });
    expect(computeKpi('revenue', i, month('2016-12')).value).toBe(0);
    expect(computeKpi('deals_won', i, month('2016-12')).value).toBe(0);
    expect(computeKpi('revenue', i, month('2017-03')).value).toBe(1000);
  });

  it('have no value before the first date and after the last one', () => {
    const i = input({ deals: MAVEN });
    expect(computeKpi('revenue', i, month('2016-09'))).toMatchObject({ value: null, why: 'no_rows' });
    expect(computeKpi('revenue', i, month('2017-05'))).toMatchObject({ value: null, why: 'no_rows' });
  });

  it('give NEW_CUSTOMERS 0 on a customers table when a month inside the data has no new customer', () => {
    expect(computeKpi('new_customers', input({ customers: CUSTOMERS }), month('2023-09')).value).toBe(0);
    expect(computeKpi('new_customers', input({ customers: CUSTOMERS }), month('2022-09')).value).toBeNull();
  });

  it('give 0 leads, meetings and lost reasons inside the data', () => {
    expect(computeKpi('leads', input({ leads: LEADS }), month('2024-03')).value).toBe(6);
    expect(computeKpi('meetings', input({ activities: ACTIVITIES }), month('2024-03')).value).toBe(3);
    const deals = input({ deals: DEALS });
    expect(computeKpi('lost_reasons', deals, month('2024-03')).value).toBe(2);
    expect(computeKpi('deals_lost', deals, month('2024-01')).value).toBe(0);
  });
});

describe('growth', () => {
  it('says that the previous period has no rows when it is empty, not a bare division by zero', () => {
    const i = input({ deals: MAVEN });
    expect(computeKpi('growth', i, month('2017-03'))).toMatchObject({ value: null, why: 'previous_empty' });
  });
});
