// Leads: created, qualified, qualification rate, lead → opportunity, response time to a new lead (elapsed or business hours).

import { dateColumn, flagColumn } from '../../model/table';
import { countFlag, skipBlankDates } from '../measures/sums';
import { DEFAULT_SETTINGS } from '../../model/settings';
import { businessHoursBetween } from '../business-hours';
import { noValue, ratio, Tally, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import { withinSpan } from '../span';
import type { KpiDef, KpiInput, KpiResult, Period, Segment, Text } from '../types';

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
      if (rows.length === 0 && !withinSpan(leads, period, segment)) return noValue('no_rows', tally);
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

const RESPONSE_NEEDS = [[{ entity: 'leads' as const, fields: ['created', 'first_contact'] }]];

/** Mean hours from creation to first contact of the leads created in P: elapsed, or business hours of the settings. */
function responseHours(input: KpiInput, period: Period, segment: Segment | undefined, business: boolean): KpiResult {
  const leads = input.tables.leads!;
  const created = dateColumn(leads, 'created')!;
  const contact = dateColumn(leads, 'first_contact')!;
  const rows = rowsInPeriod(leads, 'created', period, segment);
  const hours = input.settings.businessHours ?? DEFAULT_SETTINGS.businessHours!;
  const tally = new Tally();
  let sum = 0;
  let timed = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const a = created[i];
    const b = contact[i];
    if (Number.isNaN(b)) tally.skip('no_first_contact');
    else if (b < a) tally.skip('contact_before_creation');
    else {
      sum += business ? businessHoursBetween(a, b, hours.start, hours.end, hours.days) : (b - a) * 24;
      if (a !== Math.floor(a) || b !== Math.floor(b)) timed++;
      tally.used++;
    }
  }
  const notes = tally.used > 0 && timed === 0 ? ['response_dates_only'] : [];
  return ratio(sum, tally.used, tally, { notes });
}

export const leadResponseTime: KpiDef = {
  id: 'lead_response_time',
  fn: 'LEAD_RESPONSE_TIME',
  label: { fr: 'Délai de prise de contact', en: 'Lead response time' },
  description: {
    fr: 'Nombre moyen d’heures écoulées entre la création d’un lead de la période et son premier contact, d’après les dates et heures (leads pas encore contactés exclus). En heures ouvrées : LEAD_RESPONSE_BUSINESS_HOURS.',
    en: 'Mean hours elapsed from the creation of a lead of the period to its first contact, from the dates and times (leads not yet contacted left out). In business hours: LEAD_RESPONSE_BUSINESS_HOURS.',
  },
  unit: 'hours',
  better: 'down',
  needs: RESPONSE_NEEDS,
  compute: (input, period, segment) => responseHours(input, period, segment, false),
  example: { formula: '=LEAD_RESPONSE_TIME(Leads!A:G, "2024-03")', result: '5.5' },
  note: {
    fr: 'La fonction renvoie des heures : une cellule contient un nombre (÷ 24 pour des jours). Le tableau de bord, l’e-mail récapitulatif et kpis.json (`display`) l’affichent en heures sous 48 h, en jours à partir de 48 h, à une décimale. Heures ouvrées activées dans les réglages de la barre latérale, le tableau de bord montre LEAD_RESPONSE_BUSINESS_HOURS à la place ; cette fonction compte toujours les heures écoulées.',
    en: 'The function returns hours: a cell holds a number (÷ 24 for days). The dashboard, the e-mail digest and kpis.json (`display`) show it in hours below 48 h and in days from 48 h, with one decimal. With business hours on in the sidebar’s settings, the dashboard shows LEAD_RESPONSE_BUSINESS_HOURS instead; this function always counts elapsed hours.',
  },
};

export const leadResponseBusinessHours: KpiDef = {
  id: 'lead_response_business_hours',
  fn: 'LEAD_RESPONSE_BUSINESS_HOURS',
  label: { fr: 'Délai de prise de contact (heures ouvrées)', en: 'Lead response time (business hours)' },
  description: {
    fr: 'Comme LEAD_RESPONSE_TIME, en ne comptant que les heures ouvrées des réglages (barre latérale › Réglages › Heures ouvrées) : du lundi au vendredi, de 9 h à 18 h par défaut (les nuits et jours non ouvrés ne comptent pas). Renvoie des heures.',
    en: 'As LEAD_RESPONSE_TIME, counting business hours only, those of the settings (sidebar › Settings › Business hours): Monday to Friday, 9:00 to 18:00 by default (nights and days off do not count). Returns hours.',
  },
  unit: 'hours',
  better: 'down',
  needs: RESPONSE_NEEDS,
  compute: (input, period, segment) => responseHours(input, period, segment, true),
  example: { formula: '=LEAD_RESPONSE_BUSINESS_HOURS(Leads!A:G, "2024-03")', result: '3' },
};
