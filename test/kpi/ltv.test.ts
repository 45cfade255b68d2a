// CAC, LTV (from customers, or from orders only), LTV:CAC and CAC payback.

import { computeKpi } from '../../src/kpi/compute';
import { arpaIn } from '../../src/kpi/measures/arpa';
import { CUSTOMERS, ORDERS, SPEND } from './fixtures';
import { input, month } from './table-builder';

const march = month('2024-03');
const all = input({ customers: CUSTOMERS, orders: ORDERS, spend: SPEND });
const marginRate = 200 / 700;

describe('cac', () => {
  test('is spend of the period ÷ new customers of the period', () => {
    const r = computeKpi('cac', all, march);
    expect(r.value).toBe(5000);
    expect([r.numerator, r.denominator]).toEqual([10000, 2]);
  });

  test('has no value without new customers', () => {
    expect(computeKpi('cac', all, month('2024-02'))).toMatchObject({ value: null, why: 'zero_denominator' });
  });

  test('filters spend by channel when segmented by source', () => {
    // Web spend 4000; customers have no source column, so they are not filtered.
    expect(computeKpi('cac', all, march, { field: 'source', value: 'web' }).value).toBe(2000);
  });
});

describe('ltv', () => {
  test('is ARPA (mrr of customers active at the start) × margin rate × lifetime in months', () => {
    const r = computeKpi('ltv', all, march);
    // ARPA = (100 + 200 + 300) / 3; churn = 2/3 → lifetime 1.5 months.
    expect(r.value).toBeCloseTo(200 * marginRate * 1.5, 9);
    expect(r.notes).toBeUndefined();
    expect(r.breakdown?.map((b) => b.key)).toEqual(['arpa', 'margin_rate', 'churn', 'lifetime_months']);
    expect(r.breakdown?.[0].value).toBe(200);
  });

  test('assumes a margin rate of 1, and says so, without costs', () => {
    const r = computeKpi('ltv', input({ customers: CUSTOMERS }), march);
    expect(r.value).toBeCloseTo(300, 9);
    expect(r.notes).toEqual(['margin_rate_assumed']);
  });

  test('uses revenue ÷ active customers when there is no mrr column', () => {
    const noMrr = CUSTOMERS.map(({ mrr: _m, ...rest }) => rest);
    const r = computeKpi('ltv', input({ customers: noMrr, orders: ORDERS }), march);
    // ARPA = 700 / 3 customers / 1 month.
    expect(r.value).toBeCloseTo((700 / 3) * marginRate * 1.5, 9);
  });

  test('from orders only is AOV × purchase frequency × lifetime over the trailing twelve months', () => {
    const rows = [
      { date: '2022-05-01', customer: 'A', amount: 10 },
      { date: '2022-06-01', customer: 'B', amount: 10 },
      { date: '2022-07-01', customer: 'C', amount: 10 },
      { date: '2023-03-31', customer: 'D', amount: 10 },
      { date: '2023-04-01', customer: 'A', amount: 100 },
      { date: '2023-09-01', customer: 'A', amount: 100 },
      { date: '2024-01-01', customer: 'B', amount: 200 },
      { date: '2024-03-31', customer: 'E', amount: 100 },
      { date: '2024-04-01', customer: 'F', amount: 999 },
    ];
    const r = computeKpi('ltv', input({ orders: rows }), march);
    // Trailing year: 500 over 4 orders by 3 buyers; 2 of the 4 previous buyers came back → lifetime 2 years.
    expect(r.value).toBeCloseTo(125 * (4 / 3) * 2, 9);
    expect(r.breakdown?.find((b) => b.key === 'lifetime_months')?.value).toBe(24);
    expect(r.notes).toEqual(['margin_rate_assumed']);
  });

  test('has no value when nobody churned', () => {
    expect(computeKpi('ltv', all, month('2023-08')).why).toBe('zero_denominator');
  });
});

describe('ltv_cac and cac_payback', () => {
  test('LTV:CAC is LTV ÷ CAC', () => {
    expect(computeKpi('ltv_cac', all, march).value).toBeCloseTo((200 * marginRate * 1.5) / 5000, 12);
  });

  test('CAC payback is CAC ÷ (ARPA × margin rate), in months', () => {
    expect(computeKpi('cac_payback', all, march).value).toBeCloseTo(5000 / (200 * marginRate), 9);
  });

  test('both have no value without new customers', () => {
    expect(computeKpi('ltv_cac', all, month('2024-02')).value).toBeNull();
    expect(computeKpi('cac_payback', all, month('2024-02')).value).toBeNull();
  });
});

describe('arpaIn from mrr', () => {
  test('averages the mrr of customers active at the start, per month and segment, each call with its own tally', () => {
    const first = arpaIn(all, march);
    expect([first.value, first.tally.used, first.how]).toEqual([200, 3, 'mrr']);
    first.tally.used = 99;
    expect(arpaIn(all, march).tally.used).toBe(3);
    expect(arpaIn(all, month('2024-04')).value).toBe(75);
    expect(arpaIn(all, march, { field: 'sector', value: 'retail' }).value).toBe(100);
    expect(arpaIn(all, march).value).toBe(200);
  });
});
