// Prospects and customers per sector: leads created in the period and customers active at its end.

import { dateColumn } from '../../model/table';
import { breakdownBy } from '../measures/sums';
import { noValue, Tally, withValue } from '../result';
import { rowsBefore, rowsInPeriod } from '../rows';
import type { BreakdownRow, KpiDef } from '../types';

const CUSTOMERS = [{ entity: 'customers' as const, fields: ['start', 'sector'] }];
const LEADS = [{ entity: 'leads' as const, fields: ['created', 'sector'] }];

export const bySector: KpiDef = {
  id: 'by_sector',
  fn: 'BY_SECTOR',
  label: { fr: 'Prospects et clients par secteur', en: 'Prospects and customers by sector' },
  description: {
    fr: 'Nombre de clients actifs en fin de période et de leads créés dans la période, par secteur, avec la part de chaque secteur.',
    en: 'Number of customers active at the end of the period and of leads created in it, per sector, with each sector’s share.',
  },
  unit: 'count',
  better: 'neutral',
  needs: [CUSTOMERS, LEADS],
  spills: true,
  compute(input, period, segment) {
    const tally = new Tally();
    const breakdown: BreakdownRow[] = [];
    const customers = input.tables.customers;
    if (customers && dateColumn(customers, 'start') && customers.columns.sector) {
      const end = dateColumn(customers, 'end');
      const before = rowsBefore(customers, 'start', period.end, segment);
      let n = 0;
      for (let k = 0; k < before.length; k++) if (!end || !(end[before[k]] < period.end)) n++;
      const active = new Int32Array(n);
      let o = 0;
      for (let k = 0; k < before.length; k++) if (!end || !(end[before[k]] < period.end)) active[o++] = before[k];
      tally.used += n;
      breakdown.push(...breakdownBy(customers, active, 'sector', undefined, 'customers'));
    }
    const leads = input.tables.leads;
    if (leads && dateColumn(leads, 'created') && leads.columns.sector) {
      const rows = rowsInPeriod(leads, 'created', period, segment);
      tally.used += rows.length;
      breakdown.push(...breakdownBy(leads, rows, 'sector', undefined, 'prospects'));
    }
    if (tally.used === 0) return noValue('no_rows', tally, { breakdown });
    return withValue(tally.used, tally, { breakdown });
  },
  example: { formula: '=BY_SECTOR(Clients!A:E, "2024-03")', result: 'Retail | 12 | 30%' },
};
