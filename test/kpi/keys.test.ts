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
