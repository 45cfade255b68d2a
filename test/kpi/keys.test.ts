// Key codes of a text column: one code per normalised value, first spelling as label, blanks as -1.

import { keyCodes } from '../../src/kpi/keys';
import { table } from './table-builder';

test('gives spellings of one value one code, labelled by the first spelling met, and blanks -1', () => {
  const deals = table('deals', [{ owner: 'Élodie ' }, { owner: 'Bob' }, { owner: '' }, { owner: 'elodie' }, { owner: ' - ' }, { owner: 'BOB' }, { owner: 'Zoé' }]);
  const kc = keyCodes(deals, 'owner')!;
  expect([...kc.codes]).toEqual([0, 1, -1, 0, -1, 1, 2]);
  expect(kc.labels).toEqual(['Élodie', 'Bob', 'Zoé']);
  expect(kc.norms).toEqual(['elodie', 'bob', 'zoe']);
  expect(kc.codeOf('zoe')).toBe(2);
  expect(kc.codeOf('alice')).toBeUndefined();
  expect(keyCodes(deals, 'sector')).toBeUndefined();
});

test('numbers texts the same way before and after a column outgrows its first few distinct values', () => {
  // 'A'..'L' (12 distinct texts, more than are compared one by one), each met again later in another case.
  const letters = 'ABCDEFGHIJKL'.split('');
  const rows = [...letters, ...letters.map((l) => l.toLowerCase()).reverse()].map((owner) => ({ owner }));
  const kc = keyCodes(table('deals', rows), 'owner')!;
  expect([...kc.codes]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  expect(kc.labels).toEqual(letters);
});
