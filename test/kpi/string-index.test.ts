// String numbering: first appearance order, equal texts from different string objects, growth past many keys.

import { StringIndex } from '../../src/kpi/string-index';

test('numbers distinct strings in order of first appearance', () => {
  const ix = new StringIndex();
  expect(['b', 'a', 'b', '', 'a', 'c'].map((s) => ix.add(s))).toEqual([0, 1, 0, 2, 1, 3]);
  expect(ix.strings).toEqual(['b', 'a', '', 'c']);
  expect(ix.get('c')).toBe(3);
  expect(ix.get('d')).toBeUndefined();
});

test('finds a text built separately (another string object) and keeps 50,000 keys apart', () => {
  const ix = new StringIndex();
  for (let i = 0; i < 50000; i++) ix.add(`CL-${i}`);
  expect(ix.size).toBe(50000);
  expect(ix.add(['CL', '4242'].join('-'))).toBe(4242);
  expect(ix.get(`CL-${49999}`)).toBe(49999);
  expect(ix.get('CL-50000')).toBeUndefined();
  expect(ix.size).toBe(50000);
});

test('finds the empty string again among many blanks, and keys differing in a few characters', () => {
  const ix = new StringIndex();
  for (let i = 0; i < 100000; i++) ix.add(i % 2 ? '' : `AF-${100000 + i}`);
  expect(ix.size).toBe(50001);
  expect(ix.get('')).toBe(1);
});
