// Split fields: Pipedrive's close date is "Won time" for won deals and "Lost time" for lost ones.

import { fillFromFallbacks, splitColumns } from '../../src/model/split-columns';

describe('splitColumns', () => {
  it('pairs "Won time" with "Lost time" when the close date is matched to "Won time"', () => {
    const headers = ['Title', 'Won time', 'Lost time'];
    expect(splitColumns('deals', headers, [{ field: 'closed', column: 1, header: 'Won time', score: 0.95 }])).toEqual({ closed: [2] });
  });

  it('finds nothing to pair when the close date is an ordinary column', () => {
    const headers = ['Close Date', 'Lost time'];
    expect(splitColumns('deals', headers, [{ field: 'closed', column: 0, header: 'Close Date', score: 1 }])).toEqual({});
  });
});

describe('fillFromFallbacks', () => {
  const values = [
    ['Title', 'Status', 'Won time', 'Lost time'],
    ['A', 'won', '2024-03-04', ''],
    ['B', 'lost', '', '2024-03-09'],
    ['C', 'open', '', ''],
  ];

  it('fills a blank close date from "Lost time", leaving the header row and the input untouched', () => {
    const out = fillFromFallbacks(values, { closed: 2 }, { closed: [3] }, 1);
    expect(out.map((row) => row[2])).toEqual(['Won time', '2024-03-04', '2024-03-09', '']);
    expect(values[2][2]).toBe('');
    expect(out[1]).toBe(values[1]);
  });

  it('returns the values themselves when there is nothing to fill', () => {
    expect(fillFromFallbacks(values, { closed: 2 }, undefined, 1)).toBe(values);
  });
});
