// Activities: response rate, e-mail open rate, meetings (solo / team, prospects / customers).

import { flagColumn } from '../../model/table';
import { AUDIENCE_CUSTOMER, AUDIENCE_PROSPECT, activityClasses, audienceClasses, TYPE_EMAIL, TYPE_MEETING } from '../activity-types';
import { skipBlankDates } from '../measures/sums';
import { div, noValue, ratio, Tally, withValue } from '../result';
import { rowsInPeriod } from '../rows';
import { withinSpan } from '../span';
import type { BreakdownRow, KpiDef } from '../types';
import { finite, NON_NEGATIVE, param, partOf } from './helpers';

export const responseRate: KpiDef = {
  id: 'response_rate',
  fn: 'RESPONSE_RATE',
  label: { fr: 'Taux de réponse', en: 'Response rate' },
  description: {
    fr: 'Prises de contact ayant obtenu une réponse ÷ prises de contact de la période (appels, e-mails, messages ; les rendez-vous ne comptent pas).',
    en: 'Contacts that got a reply ÷ contacts made in the period (calls, e-mails, messages; meetings do not count).',
  },
  unit: 'rate',
  better: 'up',
  needs: [[{ entity: 'activities', fields: ['date', 'replied'] }]],
  compute(input, period, segment) {
    const acts = input.tables.activities!;
    const replied = flagColumn(acts, 'replied')!;
    const types = activityClasses(acts);
    const rows = rowsInPeriod(acts, 'date', period, segment);
    const tally = new Tally();
    let replies = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (types && types[i] === TYPE_MEETING) continue;
      tally.used++;
      if (replied[i] === 1) replies++;
    }
    skipBlankDates(acts, 'date', tally, 'no_date', segment);
    return ratio(replies, tally.used, tally);
  },
  arithmetic: {
    params: [param('replies', 'Réponses obtenues', 'Replies received', partOf('contacts')), param('contacts', 'Prises de contact', 'Contacts made', NON_NEGATIVE)],
    compute: (r, c) => (finite(r, c) ? div(r, c) : null),
    zero: ['contacts'],
  },
  example: { formula: '=RESPONSE_RATE(45, 300)', result: '15%' },
};

export const emailOpenRate: KpiDef = {
  id: 'email_open_rate',
  fn: 'EMAIL_OPEN_RATE',
  label: { fr: "Taux d'ouverture des e-mails", en: 'Email open rate' },
  description: {
    fr: 'E-mails ouverts ÷ e-mails délivrés (envoyés moins rejetés) dans la période.',
    en: 'E-mails opened ÷ e-mails delivered (sent minus bounced) in the period.',
  },
  unit: 'rate',
  better: 'up',
  needs: [[{ entity: 'activities', fields: ['date', 'opened'] }]],
  compute(input, period, segment) {
    const acts = input.tables.activities!;
    const opened = flagColumn(acts, 'opened')!;
    const bounced = flagColumn(acts, 'bounced');
    const types = activityClasses(acts);
    const rows = rowsInPeriod(acts, 'date', period, segment);
    const tally = new Tally();
    let delivered = 0;
    let opens = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (types && types[i] !== TYPE_EMAIL) continue;
      if (bounced && bounced[i] === 1) {
        tally.skip('bounced');
        continue;
      }
      delivered++;
      if (opened[i] === 1) opens++;
    }
    tally.used = delivered;
    return ratio(opens, delivered, tally);
  },
  arithmetic: {
    params: [param('opened', 'E-mails ouverts', 'E-mails opened', partOf('delivered')), param('delivered', 'E-mails délivrés (envoyés − rejetés)', 'E-mails delivered (sent − bounced)', NON_NEGATIVE)],
    compute: (o, d) => (finite(o, d) ? div(o, d) : null),
    zero: ['delivered'],
  },
  example: { formula: '=EMAIL_OPEN_RATE(420, 1200)', result: '35%' },
};

export const meetings: KpiDef = {
  id: 'meetings',
  fn: 'MEETINGS',
  label: { fr: 'Rendez-vous', en: 'Meetings' },
  description: {
    fr: 'Nombre de rendez-vous tenus dans la période. La répartition seul / en équipe et prospects / clients (selon les colonnes présentes) : KPI_BREAKDOWN("meetings"; …).',
    en: 'Number of meetings held in the period. The split solo / team and prospects / customers (as the columns allow): KPI_BREAKDOWN("meetings"; …).',
  },
  unit: 'count',
  better: 'up',
  needs: [[{ entity: 'activities', fields: ['date', 'type'] }]],
  compute(input, period, segment) {
    const acts = input.tables.activities!;
    const types = activityClasses(acts)!;
    const team = flagColumn(acts, 'team');
    const audience = audienceClasses(acts);
    const rows = rowsInPeriod(acts, 'date', period, segment);
    let n = 0;
    let teamN = 0;
    let prospects = 0;
    let customers = 0;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      if (types[i] !== TYPE_MEETING) continue;
      n++;
      if (team && team[i] === 1) teamN++;
      if (audience && audience[i] === AUDIENCE_PROSPECT) prospects++;
      else if (audience && audience[i] === AUDIENCE_CUSTOMER) customers++;
    }
    const tally = new Tally();
    tally.used = n;
    if (rows.length === 0 && !withinSpan(acts, period, segment)) return noValue('no_rows', tally);
    const row = (key: string, group: string, count: number): BreakdownRow => ({ key, group, value: count, count, share: div(count, n) });
    const breakdown: BreakdownRow[] = [];
    if (team) breakdown.push(row('solo', 'team', n - teamN), row('team', 'team', teamN));
    if (audience) breakdown.push(row('prospects', 'audience', prospects), row('customers', 'audience', customers));
    return withValue(n, tally, { breakdown });
  },
  example: { formula: '=MEETINGS(Activities!A:H, "2024-03")', result: '42' },
};
