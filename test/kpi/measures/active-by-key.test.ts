// Active rows per key at a day, counted from sorted start and end days.

import { keyCodes } from '../../../src/kpi/keys';
import { activeCountsAt } from '../../../src/kpi/measures/active-by-key';
import { day, table } from '../table-builder';

const customers = table('customers', [
  { id: 'A', start: '2024-01-10', end: '', sector: 'Retail', owner: 'Alice' },
  { id: 'B', start: '2024-01-20', end: '2024-03-05', sector: 'retail', owner: 'Bob' },
  { id: 'C', start: '2024-03-02', end: '', sector: 'Santé', owner: 'Alice' },
  { id: 'D', start: '', end: '', sector: 'Santé', owner: 'Bob' },
  { id: 'E', start: '2024-02-01', end: '2024-01-01', sector: '', owner: 'Alice' },
  { id: 'F', start: '2024-02-10', end: '2024-03-01', sector: '', owner: 'Bob' },
]);

/** Counts by label ('' for the blank key), zero counts left out. */
function bySector(at: string, owner?: string): Record<string, number> {
  const counts = activeCountsAt(customers, 'start', 'end', 'sector', day(at), owner ? { field: 'owner', value: owner } : undefined);
  const labels = keyCodes(customers, 'sector')!.labels;
  const out: Record<string, number> = {};
  counts.forEach((n, s) => {
    if (n) out[s === 0 ? '' : labels[s - 1]] = n;
  });
  return out;
}

test('counts the rows started before the day and not ended before it, per key', () => {
  // On 2024-03-01: A and B (Retail, B ends later), F ends that very day so still counts; E ended before it started.
  expect(bySector('2024-03-01')).toEqual({ Retail: 2, '': 1 });
  // On 2024-03-06: B has ended, F too; C started on 03-02.
  expect(bySector('2024-03-06')).toEqual({ Retail: 1, Santé: 1 });
  // Before anything started, nothing; a row without a start date never counts.
  expect(bySector('2024-01-01')).toEqual({});
});

test('keeps segments apart', () => {
  expect(bySector('2024-03-06', 'alice')).toEqual({ Retail: 1, Santé: 1 });
  expect(bySector('2024-03-01', 'bob')).toEqual({ Retail: 1, '': 1 });
});
