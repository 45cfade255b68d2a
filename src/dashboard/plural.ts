// Which plural form a number shown with some decimals takes in the user's language (Intl.PluralRules, CLDR).

import type { Lang } from '../model/settings';

export const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-US' };
const rules = new Map<string, Intl.PluralRules>();

/**
 * `one` or `other` for `value` as shown with `digits` decimals: French 0 and 1 are "one"; shown with one decimal,
 * English 1.0 is "other" ("1.0 hours") and French 1,5 is "one" ("1,5 heure").
 */
export function pluralForm(lang: Lang, value: number, digits = 0): 'one' | 'other' {
  const key = `${lang}|${digits}`;
  let r = rules.get(key);
  if (!r) {
    r = new Intl.PluralRules(LOCALES[lang], digits > 0 ? { minimumFractionDigits: digits, maximumFractionDigits: digits } : {});
    rules.set(key, r);
  }
  return r.select(value) === 'one' ? 'one' : 'other';
}
