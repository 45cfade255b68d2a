// Row selection: the sorted day index, periods as [start, end), blank dates, segments and caching.

import { allRows, blankRows, dayIndex, rowsBefore, rowsInPeriod } from '../../src/kpi/rows';
import { day, month, period, table } from './table-builder';

const deals = table('deals', [
  { closed: '2024-03-31', owner: 'Alice', source: 'Web' },
  { closed: '2024-04-01', owner: 'Bob' },
  { closed: '', owner: 'Alice' },
  { closed: '2024-03-01', owner: 'Élodie', source: 'web ' },
  { closed: '2024-02-29', owner: 'alice' },
  { closed: '2024-03-15', owner: 'Bob' },
]);

test('selects rows whose date is in [start, end), sorted by date', () => {
  expect([...rowsInPeriod(deals, 'closed', month('2024-03'))]).toEqual([3, 5, 0]);
});

test('keeps rows with a blank date apart', () => {
  expect([...blankRows(deals, 'closed')]).toEqual([2]);
  expect(dayIndex(deals, 'closed').order.length).toBe(5);
});

test('selects rows before a day', () => {
  expect([...rowsBefore(deals, 'closed', day('2024-03-02'))]).toEqual([4, 3]);
});

test('filters by a segment without case or accents; tables lacking the field are not filtered', () => {
  expect([...rowsInPeriod(deals, 'closed', month('2024-03'), { field: 'owner', value: 'ALICE' })]).toEqual([0]);
  expect([...rowsInPeriod(deals, 'closed', month('2024-03'), { field: 'owner', value: 'elodie' })]).toEqual([3]);
  expect([...rowsInPeriod(deals, 'closed', month('2024-03'), { field: 'channel', value: 'WEB' })]).toEqual([3, 0]);
  expect([...allRows(deals, { field: 'sector', value: 'x' })]).toEqual([0, 1, 2, 3, 4, 5]);
  expect(allRows(deals, { field: 'owner', value: 'nobody' }).length).toBe(0);
});

test('builds the index once per table and field', () => {
  expect(dayIndex(deals, 'closed')).toBe(dayIndex(deals, 'closed'));
});

test('sorts the same way when dates are too spread out for a counting sort', () => {
  const rows = [{ closed: '2100-01-01' }, { closed: '1900-01-01' }, { closed: '2024-03-05' }, { closed: '2024-03-04' }];
  const wide = table('deals', rows);
  expect([...dayIndex(wide, 'closed').order]).toEqual([1, 3, 2, 0]);
  expect([...rowsInPeriod(wide, 'closed', month('2024-03'))]).toEqual([3, 2]);
});

test('an empty period or a missing column selects nothing', () => {
  expect(rowsInPeriod(deals, 'closed', period('2024-03-10', '2024-03-10')).length).toBe(0);
  expect(rowsInPeriod(deals, 'created', month('2024-03')).length).toBe(0);
});

test('the index of a large table is ordered and complete', () => {
  const n = 50000;
  const base = day('2022-01-01');
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = i % 97 === 0 ? Number.NaN : base + ((i * 7919) % 730);
  const big = { ...table('deals', []), size: n, columns: { closed: { type: 'date' as const, header: 'Close', values } } };
  const ix = dayIndex(big, 'closed');
  for (let k = 1; k < ix.days.length; k++) expect(ix.days[k] >= ix.days[k - 1]).toBe(true);
  expect(ix.order.length + ix.blank.length).toBe(n);
  for (let k = 0; k < ix.order.length; k += 997) expect(values[ix.order[k]]).toBe(ix.days[k]);
});
