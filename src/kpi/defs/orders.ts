// Orders: repeat purchase rate over the trailing twelve months, complaint rate with the main reasons.

import { repeatBuyers } from '../measures/buyers';
import { breakdownBy } from '../measures/sums';
import { trailingYear } from '../period-shift';
import { ratio, Tally } from '../result';
import { rowsInPeriod } from '../rows';
import type { KpiDef } from '../types';

export const repeatPurchaseRate: KpiDef = {
  id: 'repeat_purchase_rate',
  fn: 'REPEAT_PURCHASE_RATE',
  label: { fr: 'Taux de réachat', en: 'Repeat purchase rate' },
  description: {
    fr: 'Clients ayant passé au moins 2 commandes ÷ clients ayant passé au moins 1 commande, sur les 12 mois qui finissent avec la période.',
    en: 'Customers with at least 2 orders ÷ customers with at least 1 order, over the 12 months ending with the period.',
  },
  unit: 'rate',
  better: 'up',
  needs: [[{ entity: 'orders', fields: ['date', 'customer'] }]],
  compute(input, period, segment) {
    const orders = input.tables.orders!;
    const rows = rowsInPeriod(orders, 'date', trailingYear(period), segment);
    const r = repeatBuyers(orders, rows);
    const tally = new Tally();
    tally.used = rows.length - r.noCustomer;
    tally.skip('no_customer', r.noCustomer);
    return ratio(r.repeat, r.buyers, tally);
  },
  example: { formula: '=REPEAT_PURCHASE_RATE(Orders!A:F, "2024-03")', result: '28%' },
};

export const complaintRate: KpiDef = {
  id: 'complaint_rate',
  fn: 'COMPLAINT_RATE',
  label: { fr: 'Taux de réclamation', en: 'Complaint rate' },
  description: {
    fr: 'Réclamations reçues dans la période ÷ commandes de la période. Les principaux motifs : KPI_BREAKDOWN("complaint_rate"; …).',
    en: 'Complaints received in the period ÷ orders of the period. The main reasons: KPI_BREAKDOWN("complaint_rate"; …).',
  },
  unit: 'rate',
  better: 'down',
  needs: [[{ entity: 'complaints', fields: ['date'] }, { entity: 'orders', fields: ['date'] }]],
  compute(input, period, segment) {
    const complaints = input.tables.complaints!;
    const rows = rowsInPeriod(complaints, 'date', period, segment);
    const orders = rowsInPeriod(input.tables.orders!, 'date', period, segment).length;
    const tally = new Tally();
    tally.used = rows.length + orders;
    const breakdown = complaints.columns.reason ? breakdownBy(complaints, rows, 'reason') : undefined;
    return ratio(rows.length, orders, tally, { breakdown });
  },
  example: { formula: '=COMPLAINT_RATE(Complaints!A:D, Orders!A:F, "2024-03")', result: '1.5%' },
};
