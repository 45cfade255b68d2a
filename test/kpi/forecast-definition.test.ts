// The weighted open pipeline and the historical win rate against their definition, row by row, for random deal tables
// (blank and odd dates, closes before creation, probabilities), with the day often on a row's own close or creation day.

import fc from 'fast-check';
import { weightedOpenAt, closedWinRate, probabilityOf } from '../../src/kpi/measures/forecast';
import { dateColumn, numberColumn, STAGE_LOST, STAGE_OPEN, STAGE_WON, stageColumn, type Table } from '../../src/model/table';
import { day, table } from './table-builder';

/** The former one-pass reading: every row tested against the definition. */
function reference(deals: Table, at: number, due?: { start: number; end: number }) {
  const created = dateColumn(deals, 'created')!;
  const closed = dateColumn(deals, 'closed')!;
  const stage = stageColumn(deals, 'stage')!;
  const amount = numberColumn(deals, 'amount')!;
  const probability = numberColumn(deals, 'probability');
  let won = 0;
  let lost = 0;
  for (let i = 0; i < deals.size; i++) {
    if (!(closed[i] >= at - 365 && closed[i] < at)) continue;
    if (stage[i] === STAGE_WON) won++;
    else if (stage[i] === STAGE_LOST) lost++;
  }
  const rate = won + lost > 0 ? won / (won + lost) : null;
  let total = 0;
  let weighted = 0;
  let count = 0;
  for (let i = 0; i < deals.size; i++) {
    if (!(created[i] < at)) continue;
    const open = stage[i] === STAGE_OPEN;
    if (due) {
      if (!open || !(closed[i] >= due.start && closed[i] < due.end)) continue;
    } else if (!open && !(closed[i] >= at && closed[i] >= created[i])) continue;
    if (Number.isNaN(amount[i])) continue;
    const own = probability ? probabilityOf(probability[i]) : Number.NaN;
    const p = Number.isNaN(own) ? (rate ?? 0) : own;
    total += amount[i];
    weighted += amount[i] * p;
    count++;
  }
  return { amount: total, weighted, count, historicalRate: rate };
}

const iso = fc.integer({ min: 0, max: 90 }).map((d) => new Date(Date.UTC(2023, 0, 1) + d * 86400000).toISOString().slice(0, 10));
const deal = fc.record({
  created: fc.oneof(iso, fc.constant('')),
  closed: fc.oneof(iso, fc.constant('')),
  stage: fc.constantFrom('open', 'won', 'lost'),
  amount: fc.oneof(fc.integer({ min: 0, max: 100000 }).map((n) => n / 7), fc.constant('')),
  probability: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant('')),
});

test('the weighted open pipeline and the historical win rate equal a pass over every row, at any day', () => {
  fc.assert(
    fc.property(fc.array(deal, { minLength: 5, maxLength: 80 }), iso, fc.nat(), fc.boolean(), (rows, someDay, pick, withDue) => {
      const deals = table('deals', rows, ['created', 'closed', 'stage', 'amount', 'probability']);
      // Half the time the day is a row's own close or creation day: the boundaries where an index goes wrong.
      const row = rows[pick % rows.length];
      const own = pick % 4 === 0 ? row.created : pick % 4 === 1 ? row.closed : '';
      const at = day(own || someDay);
      const due = withDue ? { start: at - 10, end: at + 20 } : undefined;
      const got = weightedOpenAt(deals, at, undefined, due);
      const want = reference(deals, at, due);
      expect({ amount: got.amount, weighted: got.weighted, count: got.count, historicalRate: got.historicalRate }).toEqual(want);
      expect(closedWinRate(deals, at - 365, at)).toBe(want.historicalRate);
      // A month-long window, so that both of its edges fall on rows' close days.
      const closed = dateColumn(deals, 'closed')!;
      const stage = stageColumn(deals, 'stage')!;
      let won = 0;
      let decided = 0;
      for (let i = 0; i < deals.size; i++) {
        if (!(closed[i] >= at - 30 && closed[i] < at) || stage[i] === STAGE_OPEN) continue;
        decided++;
        if (stage[i] === STAGE_WON) won++;
      }
      expect(closedWinRate(deals, at - 30, at)).toBe(decided > 0 ? won / decided : null);
    }),
    { numRuns: 1000 },
  );
});
