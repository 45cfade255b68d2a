// Blank-date skips: counted per stage and per segment, the same for every period (counted once, then reused).

import { skipBlankDates } from '../../../src/kpi/measures/sums';
import { Tally } from '../../../src/kpi/result';
import { STAGE_LOST, STAGE_OPEN, STAGE_WON, stageColumn } from '../../../src/model/table';
import { table } from '../table-builder';

const deals = table('deals', [
  { closed: '', stage: 'won', owner: 'Alice' },
  { closed: '', stage: 'won', owner: 'Bob' },
  { closed: '', stage: 'lost', owner: 'alice' },
  { closed: '', stage: 'open', owner: 'Alice' },
  { closed: '2024-03-01', stage: 'won', owner: 'Alice' },
]);
const stage = stageColumn(deals, 'stage');

function skipped(segment?: { field: string; value: string }, stages?: number[], withStage = true): Record<string, number> {
  const tally = new Tally();
  skipBlankDates(deals, 'closed', tally, 'no_close_date', segment, withStage ? stage : undefined, stages);
  return tally.by;
}

test('counts the won deals without a close date by default', () => {
  expect(skipped()).toEqual({ no_close_date: 2 });
});

test('counts the deals without a close date at any of the stages asked for', () => {
  expect(skipped(undefined, [STAGE_WON, STAGE_LOST])).toEqual({ no_close_date: 3 });
  expect(skipped(undefined, [STAGE_OPEN])).toEqual({ no_close_date: 1 });
});

test('counts every blank-date row when no stage column is given', () => {
  expect(skipped(undefined, undefined, false)).toEqual({ no_close_date: 4 });
});

test('keeps only the segment rows, and gives the same counts when asked again', () => {
  const alice = { field: 'owner', value: 'ALICE' };
  expect(skipped(alice, [STAGE_WON, STAGE_LOST])).toEqual({ no_close_date: 2 });
  expect(skipped(alice, [STAGE_WON, STAGE_LOST])).toEqual({ no_close_date: 2 });
  expect(skipped({ field: 'commercial', value: 'bob' })).toEqual({ no_close_date: 1 });
  expect(skipped(alice, undefined, false)).toEqual({ no_close_date: 3 });
  expect(skipped(undefined, [STAGE_WON, STAGE_LOST])).toEqual({ no_close_date: 3 });
});
