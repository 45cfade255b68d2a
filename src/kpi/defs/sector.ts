// Prospects and customers per sector: leads created in the period and customers active at its end.

import { dateColumn } from '../../model/table';
import { keyCodes } from '../keys';
import { activeCountsAt } from '../measures/active-by-key';
import { breakdownBy, breakdownRows } from '../measures/sums';
import { noValue, Tally, withValue } from '../result';
import { rowsInPeriod } from '../rows';
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
      // counted per sector from sorted start and end days, not by visiting every customer each period
      const counts = activeCountsAt(customers, 'start', 'end', 'sector', period.end, segment);
      let n = 0;
      for (let s = 0; s < counts.length; s++) n += counts[s];
      tally.used += n;
      breakdown.push(...breakdownRows(keyCodes(customers, 'sector')?.labels, counts, undefined, 'customers'));
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
  example: { formula: '=BY_SECTOR(Clients!A:E, "2024-03")', result: 'a table: Key | Prospects and customers by sector | Count | Share, then Retail | 12 | 12 | 30%' },
};
