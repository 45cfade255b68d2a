// Shows messages to the person who clicked a menu item: alerts in their language, errors explained in one place.

import { showAlert } from '../gas/ui';
import { t, UserError } from '../i18n';
import type { Lang } from '../model/settings';

export function alert(lang: Lang, message: string): void {
  showAlert(t(lang, 'addon_error_title'), message);
}

/** An error's message (duck-typed: errors thrown by services may come from another realm). */
export function errorDetail(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/** The sentence to show for an error: a UserError in the user's language; anything else says the workbook is unchanged. */
export function errorMessage(error: unknown, lang: Lang): string {
  if (error instanceof UserError) return error.render(lang);
  return t(lang, 'dash_failed', { detail: errorDetail(error) });
}

/** Runs a menu action; any error becomes an alert instead of Apps Script's generic red banner. */
export function reportErrors(lang: () => Lang, action: () => void): void {
  try {
    action();
  } catch (error) {
    alert(lang(), errorMessage(error, lang()));
  }
}
