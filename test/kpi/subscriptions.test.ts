// Subscription revenue KPIs reproduce the worked examples published by ChartMogul and others, from whole tables.

import { computeKpi } from '../../src/kpi/compute';
import { movementsIn } from '../../src/kpi/measures/subscriptions';
import { monthlyAmount, parseInterval } from '../../src/kpi/measures/billing-interval';
import { input, month, type Row, table } from './table-builder';

const value = (id: string, rows: readonly Row[], key: string) => computeKpi(id, input({ subscriptions: rows }), month(key));
const breakdown = (rows: readonly Row[], key: string) =>
  Object.fromEntries((computeKpi('mrr_movements', input({ subscriptions: rows }), month(key)).breakdown ?? []).map((r) => [r.key, r.value]));

describe('billing intervals', () => {
  it('reads English, French and export spellings, with a count', () => {
    expect(parseInterval('month')).toEqual({ unit: 'month', count: 1 });
    expect(parseInterval('Annuel')).toEqual({ unit: 'year', count: 1 });
    expect(parseInterval('3 months')).toEqual({ unit: 'month', count: 3 });
    expect(parseInterval('every 2 weeks')).toEqual({ unit: 'week', count: 2 });
    expect(parseInterval('trimestriel')).toEqual({ unit: 'quarter', count: 1 });
    expect(parseInterval('sometimes')).toBeUndefined();
  });

  it('normalises to a month as DESIGN says: year ÷ 12, quarter ÷ 3, week × 52 ÷ 12, day × 365 ÷ 12', () => {
    expect(monthlyAmount(1200, 'year')).toBe(100);
    expect(monthlyAmount(300, 'quarter')).toBe(100);
    expect(monthlyAmount(12, 'week')).toBeCloseTo(52, 10);
    expect(monthlyAmount(12, 'day')).toBeCloseTo(365, 10);
    expect(monthlyAmount(200, 'month', 2)).toBe(100);
  });
});

// ChartMogul, "MRR movements" (help.chartmogul.com/hc/en-us/articles/201244842): Syncalytics buys four Gold yearly plans
// ($500 each, $2,000 → $166.67 MRR, new business), adds two Silver monthly plans ($60, expansion), cancels them
// (contraction), cancels Gold at the end of its year (churn) and comes back on three Gold monthly plans (reactivation).
const SYNCALYTICS: Row[] = [
  { customer: 'Syncalytics', plan: 'Gold yearly', amount: 500, quantity: 4, interval: 'year', start: '2024-01-10', end: '2025-01-10' },
  { customer: 'Syncalytics', plan: 'Silver monthly', amount: 30, quantity: 2, interval: 'month', start: '2024-02-05', end: '2024-03-18' },
  { customer: 'Syncalytics', plan: 'Gold monthly', amount: 50, quantity: 3, interval: 'month', start: '2025-03-01' },
];

describe('MRR movements (ChartMogul’s Syncalytics example)', () => {
  it('classifies the first yearly subscription as new business of $2,000 ÷ 12', () => {
    expect(breakdown(SYNCALYTICS, '2024-01').new).toBeCloseTo(2000 / 12, 6);
  });

  it('classifies a second subscription of an existing customer as expansion, and its cancellation as contraction', () => {
    expect(breakdown(SYNCALYTICS, '2024-02').expansion).toBeCloseTo(60, 6);
    expect(breakdown(SYNCALYTICS, '2024-03').contraction).toBeCloseTo(-60, 6);
  });

  it('classifies the end of the last subscription as churn, and the come-back as reactivation', () => {
    expect(breakdown(SYNCALYTICS, '2025-01').churned).toBeCloseTo(-2000 / 12, 6);
    expect(breakdown(SYNCALYTICS, '2025-03').reactivation).toBeCloseTo(150, 6);
  });

  it('spills start, new, expansion, reactivation, contraction, churned, end — and they add up', () => {
    const rows = computeKpi('mrr_movements', input({ subscriptions: SYNCALYTICS }), month('2024-02')).breakdown!;
    expect(rows.map((r) => r.key)).toEqual(['start', 'new', 'expansion', 'reactivation', 'contraction', 'churned', 'end']);
    const sum = rows.slice(0, -1).reduce((s, r) => s + (r.value ?? 0), 0);
    expect(sum).toBeCloseTo(rows[rows.length - 1].value!, 9);
  });

  it('has no value before the first subscription (outside the data) and 0 inside it when nothing moved', () => {
    expect(value('mrr', SYNCALYTICS, '2023-06').value).toBeNull();
    expect(value('mrr_movements', SYNCALYTICS, '2024-06').value).toBe(0);
  });
});

// ChartMogul, "Gross MRR churn rate" and "Net MRR churn rate" (articles 203359341, 4414075567250): $100 MRR at the start
// of the month, $10 lost to churn, $10 to contraction, one customer up by $10 → gross 20 %, net 10 %.
const CHARTMOGUL_CHURN: Row[] = [
  { customer: 'A', mrr: 40, start: '2024-01-05', end: '2024-03-10' },
  { customer: 'A', mrr: 50, start: '2024-03-10' },
  { customer: 'B', mrr: 30, start: '2024-01-05' },
  { customer: 'C', mrr: 20, start: '2024-02-01', end: '2024-03-15' },
  { customer: 'C', mrr: 10, start: '2024-03-15' },
  { customer: 'D', mrr: 10, start: '2024-02-01', end: '2024-03-20' },
];

describe('revenue churn and retention (ChartMogul’s $100 example)', () => {
  it('gives gross MRR churn 20 % and net MRR churn 10 %', () => {
    expect(value('revenue_churn', CHARTMOGUL_CHURN, '2024-03').value).toBeCloseTo(0.2, 12);
    expect(value('net_revenue_churn', CHARTMOGUL_CHURN, '2024-03').value).toBeCloseTo(0.1, 12);
  });

  it('gives NRR 90 % and GRR 80 % of the same month, over the customers present at its start', () => {
    expect(value('nrr', CHARTMOGUL_CHURN, '2024-03').value).toBeCloseTo(0.9, 12);
    expect(value('grr', CHARTMOGUL_CHURN, '2024-03').value).toBeCloseTo(0.8, 12);
  });

  it('leaves new customers out of NRR', () => {
    const withNew = [...CHARTMOGUL_CHURN, { customer: 'E', mrr: 500, start: '2024-03-02' }];
    expect(value('nrr', withNew, '2024-03').value).toBeCloseTo(0.9, 12);
    expect(value('quick_ratio', withNew, '2024-03').value).toBeCloseTo((500 + 10) / 20, 12);
  });

  it('gives MRR and ARR at the end of the period (ARR = 12 × MRR)', () => {
    expect(value('mrr', CHARTMOGUL_CHURN, '2024-03').value).toBeCloseTo(90, 12);
    expect(value('arr', CHARTMOGUL_CHURN, '2024-03').value).toBeCloseTo(1080, 12);
  });

  it('has no NRR when no MRR is there at the start of the period (division by zero)', () => {
    const r = value('nrr', CHARTMOGUL_CHURN, '2024-01');
    expect(r.value).toBeNull();
    expect(r.why).toBe('zero_denominator');
  });
});

// ChartMogul, "Average Revenue Per Account" (article 203359301): customers paying $1, $1, $3, $5, $5 → $15 ÷ 5 = $3,
// a customer's several subscriptions combined into one account.
describe('ARPA (ChartMogul’s example)', () => {
  it('divides the MRR by the paying customers, combining each customer’s subscriptions', () => {
    const rows: Row[] = [
      { customer: 'c1', mrr: 1, start: '2024-01-01' },
      { customer: 'c2', mrr: 1, start: '2024-01-01' },
      { customer: 'c3', mrr: 3, start: '2024-01-01' },
      { customer: 'c4', mrr: 2, start: '2024-01-01' },
      { customer: 'c4', mrr: 3, start: '2024-02-01' },
      { customer: 'c5', mrr: 5, start: '2024-01-01' },
    ];
    expect(value('arpa', rows, '2024-03').value).toBeCloseTo(3, 12);
  });
});

describe('rows that cannot count', () => {
  it('skips a row whose interval is unreadable and says why, never reading it as monthly', () => {
    const rows: Row[] = [
      { customer: 'a', amount: 120, interval: 'year', start: '2024-01-01' },
      { customer: 'b', amount: 50, interval: 'sometimes', start: '2024-01-01' },
    ];
    const r = value('mrr', rows, '2024-02');
    expect(r.value).toBeCloseTo(10, 12);
    expect(r.skippedBy).toEqual({ no_interval: 1 });
  });

  it('treats a row without a customer as its own customer', () => {
    const t = table('subscriptions', [
      { customer: '', mrr: 10, start: '2024-01-01' },
      { customer: '', mrr: 20, start: '2024-01-01', end: '2024-02-10' },
    ]);
    const m = movementsIn(t, month('2024-02'));
    expect([m.start, m.churned, m.end]).toEqual([30, 20, 10]);
  });
});
