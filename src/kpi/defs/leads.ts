// Leads: created, qualified, qualification rate, lead → opportunity, response time to a new lead.

import { dateColumn, flagColumn } from '../../model/table';
import { countFlag, skipBlankDates } from '../measures/sums';
import { noValue, ratio, Tally, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import type { KpiDef, Text } from '../types';

function leadDef(
  id: string,
  fn: string,
  flag: 'qualified' | 'opportunity' | null,
  asRate: boolean,
  label: Text,
  description: Text,
  example: string,
): KpiDef {
  return {
    id,
    fn,
    label,
    description,
    unit: asRate ? 'rate' : 'count',
    better: 'up',
    needs: [[{ entity: 'leads', fields: flag ? ['created', flag] : ['created'] }]],
    compute(input, period, segment) {
      const leads = input.tables.leads!;
      const rows = rowsInPeriod(leads, 'created', period, segment);
      const tally = new Tally();
      tally.used = rows.length;
      skipBlankDates(leads, 'created', tally, 'no_created_date', segment);
      const n = flag ? countFlag(flagColumn(leads, flag), rows) : rows.length;
      if (asRate) return ratio(n, rows.length, tally);
      if (rows.length === 0) return noValue('no_rows', tally);
      return withValue(n, tally);
    },
    example: { formula: `=${fn}(Leads!A:G, "2024-03")`, result: example },
  };
}

export const leadsCreated = leadDef(
  'leads', 'LEADS', null, false,
  { fr: 'Leads générés', en: 'Leads created' },
  { fr: 'Nombre de leads créés dans la période.', en: 'Number of leads created in the period.' },
  '320',
);

export const qualifiedLeads = leadDef(
  'qualified_leads', 'QUALIFIED_LEADS', 'qualified', false,
  { fr: 'Leads qualifiés', en: 'Qualified leads' },
  { fr: 'Leads créés dans la période et marqués comme qualifiés.', en: 'Leads created in the period and marked as qualified.' },
  '96',
);

export const qualificationRate = leadDef(
  'qualification_rate', 'QUALIFICATION_RATE', 'qualified', true,
  { fr: 'Taux de qualification', en: 'Qualification rate' },
  { fr: 'Leads qualifiés ÷ leads créés dans la période.', en: 'Qualified leads ÷ leads created in the period.' },
  '30%',
);

export const leadToOpportunity = leadDef(
  'lead_to_opportunity', 'LEAD_TO_OPPORTUNITY', 'opportunity', true,
  { fr: 'Ratio lead → opportunité', en: 'Lead-to-opportunity rate' },
  { fr: 'Leads créés dans la période devenus opportunités ÷ leads créés dans la période.', en: 'Leads created in the period that became opportunities ÷ leads created in the period.' },
  '18%',
);

export const leadResponseTime: KpiDef = {
  id: 'lead_response_time',
  fn: 'LEAD_RESPONSE_TIME',
  label: { fr: 'Délai de prise de contact', en: 'Lead response time' },
  description: {
    fr: 'Nombre moyen de jours entre la création d’un lead de la période et le premier contact (leads pas encore contactés exclus).',
    en: 'Mean number of days from the creation of a lead of the period to the first contact (leads not yet contacted left out).',
  },
  unit: 'days',
  better: 'down',
  needs: [[{ entity: 'leads', fields: ['created', 'first_contact'] }]],
  compute(input, period, segment) {
    const leads = input.tables.leads!;
    const created = dateColumn(leads, 'created')!;
    const contact = dateColumn(leads, 'first_contact')!;
    const rows = rowsInPeriod(leads, 'created', period, segment);
    const tally = new Tally();
    let days = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      const d = contact[i] - created[i];
      if (Number.isNaN(d)) tally.skip('no_first_contact');
      else if (d < 0) tally.skip('contact_before_creation');
      else {
        days += d;
        tally.used++;
      }
    }
    return ratio(days, tally.used, tally);
  },
  example: { formula: '=LEAD_RESPONSE_TIME(Leads!A:G, "2024-03")', result: '1.5' },
};
