// Which KPIs a field unlocks and which KPIs the mapped fields allow (sidebar hints).

import { computableKpis, newlyUnlocked, unlockedBy } from '../../src/kpi/requirements';
import { DEALS } from './fixtures';
import { table } from './table-builder';

const ids = (defs: { id: string }[]) => defs.map((d) => d.id);

test('the deals close date unlocks revenue, deals won, win rate and the pipeline', () => {
  const unlocked = ids(unlockedBy('deals', 'closed'));
  for (const id of ['revenue', 'deals_won', 'win_rate', 'pipeline', 'sales_cycle']) expect(unlocked).toContain(id);
  expect(unlocked).not.toContain('leads');
});

test('the spend amount unlocks CAC and what is built on it', () => {
  expect(ids(unlockedBy('spend', 'amount')).sort()).toEqual(['cac', 'cac_payback', 'ltv_cac']);
});

test('mapped field lists tell which KPIs are computable', () => {
  const computable = ids(computableKpis({ deals: ['closed', 'stage', 'amount'] }));
  expect(computable).toEqual(expect.arrayContaining(['revenue', 'deals_won', 'deals_lost', 'win_rate', 'aov', 'growth']));
  expect(computable).not.toContain('sales_cycle');
  expect(computable).not.toContain('conversion_rate');
});

test('parsed tables work as well as field lists', () => {
  expect(ids(computableKpis({ deals: table('deals', DEALS) }))).toContain('pipeline_velocity');
  expect(computableKpis({})).toEqual([]);
});

test('mapping one more field lists the KPIs it would newly unlock', () => {
  expect(ids(newlyUnlocked({ deals: ['closed', 'stage', 'amount'] }, 'deals', 'created')).sort()).toEqual(
    ['pipeline', 'pipeline_velocity', 'sales_cycle', 'sales_forecast', 'weighted_pipeline'],
  );
});
