// Entry points of the digest edition: the dialog (menu), saving its settings and a test send (google.script.run).

import { errorMessage, reportErrors } from '../addon/ui';
import { newestGeneratedMonth } from '../gas/digest-preview';
import { sendDigest, tabLink } from '../gas/digest-send';
import { loadDigestSettings, saveDigestSettings as store } from '../gas/digest-store';
import { showDialog } from '../gas/ui';
import { userLang } from '../gas/spreadsheet-context';
import { missingScopes, requireScopes, SCOPES } from '../gas/authorization';
import { activeUserEmail } from '../gas/session';
import { t, UserError } from '../i18n';
import { digestDialogHtml } from './dialog';
import { renderDigest } from './render';
import { parseRecipients } from './settings';

function safeLang() {
  try {
    return userLang();
  } catch {
    return 'en' as const;
  }
}

/** What the digest needs beyond the default scopes: sending mail, and the sender's own address for the test send. */
export const DIGEST_SCOPES = [SCOPES.sendMail, SCOPES.email];

/** Refuses, in the user's words, when they have not granted what the digest needs (granular consent). */
export function checkDigestScopes(): void {
  if (missingScopes(DIGEST_SCOPES).length > 0) throw new UserError('digest_scope_missing');
}

/**
 * Menu action: the dialog, with the preview of the newest dashboard's digest in the user's language. Turning the
 * digest on starts here, so this menu run asks for the mail scope when the user has not granted it (Google ends the
 * run and shows its consent screen; the user then chooses the item again).
 */
export function showDigestDialog(): void {
  requireScopes(DIGEST_SCOPES);
  reportErrors(safeLang, () => {
    const lang = userLang();
    let preview: string | null = null;
    let note = '';
    try {
      const month = newestGeneratedMonth();
      preview = renderDigest(month.modelIn(lang), tabLink(month)).html;
    } catch (error) {
      note = errorMessage(error, lang);
    }
    showDialog(digestDialogHtml(lang, loadDigestSettings(), preview, note), t(lang, 'digest_dialog_title'), 900, 720);
  });
}

/** From the dialog: validates and stores the settings; returns the sentence to show (errors are thrown, shown there). */
export function saveDigestSettings(enabled: unknown, recipientsText: unknown): string {
  const lang = userLang();
  try {
    const recipients = parseRecipients(String(recipientsText ?? ''), lang);
    if (enabled === true) checkDigestScopes();
    store({ enabled: enabled === true, recipients });
    return t(lang, 'digest_saved');
  } catch (error) {
    throw new Error(errorMessage(error, lang));
  }
}

/** From the dialog: the newest dashboard's digest to the person asking, exactly as the team would get it. */
export function sendDigestTest(): string {
  const lang = userLang();
  try {
    checkDigestScopes();
    const email = activeUserEmail();
    if (!email) throw new UserError('digest_bad_address', { value: '' });
    sendDigest(newestGeneratedMonth(), [{ email, lang }]);
    return t(lang, 'digest_test_sent', { email });
  } catch (error) {
    throw new Error(errorMessage(error, lang));
  }
}
