// Tests of repeated-value detection.
import { repeatedPositions } from '../../src/model/duplicates';

describe('repeatedPositions', () => {
  it('lists every occurrence after the first, ignoring blanks', () => {
    expect(repeatedPositions(['a', 'b', '', 'a', '', 'c', 'b', 'a'])).toEqual([3, 6, 7]);
  });

  it('finds nothing in distinct values', () => {
    expect(repeatedPositions(['D1', 'D2', 'D10', 'd1'])).toEqual([]);
  });

  it('handles many repeats of one value and many distinct values', () => {
    const values = Array.from({ length: 100000 }, (_, i) => (i % 1000 === 0 ? 'same' : `ID-${i}`));
    const repeated = repeatedPositions(values);
    expect(repeated).toHaveLength(99);
    expect(repeated[0]).toBe(1000);
    expect(repeated[98]).toBe(99000);
  });
});
