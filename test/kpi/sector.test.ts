// Prospects and customers per sector.

import { computeKpi } from '../../src/kpi/compute';
import { CUSTOMERS } from './fixtures';
import { input, month } from './table-builder';

const march = month('2024-03');

test('counts customers active at the end and leads created in the period, per sector', () => {
  const leads = [
    { created: '2024-03-02', sector: 'Retail' },
    { created: '2024-03-03', sector: 'Santé' },
    { created: '2024-03-04', sector: 'sante' },
    { created: '2024-02-04', sector: 'Retail' },
  ];
  const r = computeKpi('by_sector', input({ customers: CUSTOMERS, leads }), march);
  // Active at the end of March: a (Retail) and d (retail).
  expect(r.value).toBe(5);
  expect(r.breakdown).toEqual([
    { key: 'Retail', value: 2, count: 2, share: 1, group: 'customers' },
    { key: 'Santé', value: 2, count: 2, share: 2 / 3, group: 'prospects' },
    { key: 'Retail', value: 1, count: 1, share: 1 / 3, group: 'prospects' },
  ]);
});

test('works with the customers table alone', () => {
  const r = computeKpi('by_sector', input({ customers: CUSTOMERS }), month('2024-02'));
  // Active at the end of February: a (Retail), b (Industrie), f (no sector).
  expect(r.value).toBe(3);
  expect(r.breakdown?.map((b) => [b.key, b.count])).toEqual([
    ['Industrie', 1],
    ['Retail', 1],
    ['', 1],
  ]);
});

test('needs a sector column somewhere', () => {
  expect(computeKpi('by_sector', input({ customers: [{ start: '2024-01-01' }] }), march).why).toBe('missing_field');
});
