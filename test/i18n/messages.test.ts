// Every message a person can read exists in French and English, with the same placeholders in both.

import { MESSAGES, t, UserError } from '../../src/i18n';

/** Messages whose languages word things differently on purpose. */
const DIFFERENT_PLACEHOLDERS: Readonly<Record<string, string>> = {
  dash_tab_name: 'the French tab is named by month name (KPI mars 2024), the English one likewise (KPI March 2024)',
};

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  const entries = Object.entries(MESSAGES) as [string, { fr: string; en: string }][];

  it('holds hundreds of messages', () => {
    expect(entries.length).toBeGreaterThan(200);
  });

  it.each(entries)('%s has a French and an English text with the same placeholders', (key, message) => {
    expect(message.fr.trim()).not.toBe('');
    expect(message.en.trim()).not.toBe('');
    if (!(key in DIFFERENT_PLACEHOLDERS)) expect(placeholders(message.fr)).toEqual(placeholders(message.en));
  });

  it('renders placeholders and leaves unknown ones visible', () => {
    expect(t('fr', 'err_unknown_kpi', { id: 'x', known: 'a, b' })).toBe('KPI : indicateur « x » inconnu. Indicateurs disponibles : a, b.');
    expect(t('en', 'err_unknown_kpi', { id: 'x' })).toContain('{known}');
  });

  it('renders a user error in the language asked for', () => {
    const error = new UserError('err_unknown_kpi', { id: 'x', known: 'a' });
    expect(error.render('fr')).toContain('inconnu');
    expect(error.render('en')).toContain('unknown');
  });
});
