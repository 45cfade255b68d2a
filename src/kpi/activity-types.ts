// Classifies free-text activity types (e-mail, meeting) and audiences (prospect, customer), FR/EN spellings.

import type { Table } from '../model/table';
import { keyCodes } from './keys';

const EMAIL_WORDS = ['email', 'e mail', 'mail', 'courriel', 'emailing', 'newsletter', 'sequence'];
const MEETING_WORDS = ['meeting', 'rendez vous', 'rdv', 'reunion', 'demo', 'demonstration', 'visite', 'visit', 'rencontre', 'appointment', 'entretien'];
const CUSTOMER_WORDS = ['client', 'clients', 'customer', 'customers', 'account', 'compte', 'existing customer', 'client existant', 'existant', 'existing'];

function matches(norm: string, words: readonly string[]): boolean {
  const padded = ` ${norm} `;
  for (const w of words) if (padded.includes(` ${w} `)) return true;
  return false;
}

export const TYPE_OTHER = 0;
export const TYPE_EMAIL = 1;
export const TYPE_MEETING = 2;

/** Class of each row's activity type (TYPE_*), or undefined when the table has no type column. */
export function activityClasses(table: Table): Uint8Array | undefined {
  return classify(table, 'type', (norm) => (matches(norm, MEETING_WORDS) ? TYPE_MEETING : matches(norm, EMAIL_WORDS) ? TYPE_EMAIL : TYPE_OTHER));
}

export const AUDIENCE_UNKNOWN = 0;
export const AUDIENCE_PROSPECT = 1;
export const AUDIENCE_CUSTOMER = 2;

/** Audience of each row (AUDIENCE_*): customer words mean a customer, any other non-blank text a prospect. */
export function audienceClasses(table: Table): Uint8Array | undefined {
  return classify(table, 'audience', (norm) => (matches(norm, CUSTOMER_WORDS) ? AUDIENCE_CUSTOMER : AUDIENCE_PROSPECT));
}

const cache = new WeakMap<Table, Map<string, Uint8Array>>();

function classify(table: Table, field: string, classOf: (norm: string) => number): Uint8Array | undefined {
  const kc = keyCodes(table, field);
  if (!kc) return undefined;
  let byField = cache.get(table);
  if (!byField) {
    byField = new Map();
    cache.set(table, byField);
  }
  let rowClass = byField.get(field);
  if (rowClass) return rowClass;
  const codeClass = new Uint8Array(kc.labels.length);
  kc.norms.forEach((norm, code) => {
    codeClass[code] = classOf(norm);
  });
  rowClass = new Uint8Array(kc.codes.length);
  for (let i = 0; i < kc.codes.length; i++) rowClass[i] = kc.codes[i] < 0 ? 0 : codeClass[kc.codes[i]];
  byField.set(field, rowClass);
  return rowClass;
}
