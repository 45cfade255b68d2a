// Sends the e-mail digest after a generation (digest edition): settings and quota checked first, one message per
// language, every failure logged in the run log and never thrown (the dashboard is already made).

import type { GeneratedMonth } from '../addon/after-generate';
import type { RunEntry } from '../dashboard/run-log';
import { renderDigest } from '../digest/render';
import type { Recipient } from '../digest/settings';
import { t } from '../i18n';
import { monthKey } from '../model/days';
import type { Lang } from '../model/settings';
import { logRun } from './dashboard-log';
import { missingScopes, SCOPES } from './authorization';
import { loadDigestSettings } from './digest-store';
import { remainingMailQuota, sendMail } from './mail';

/** The link that opens the spreadsheet on the tab. */
export function tabLink(month: GeneratedMonth): string {
  return `${month.spreadsheetUrl}#gid=${month.sheetId}`;
}

/** Sends `month`'s digest to `recipients`, one message per language; returns how many were e-mailed. */
export function sendDigest(month: GeneratedMonth, recipients: readonly Recipient[]): number {
  const byLang = new Map<Lang, string[]>();
  for (const r of recipients) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r.email]);
  const left = remainingMailQuota();
  if (left < recipients.length) throw new Error(t(month.model.lang, 'digest_quota', { left, needed: recipients.length }));
  for (const [lang, to] of byLang) {
    const digest = renderDigest(month.modelIn(lang), tabLink(month));
    sendMail({ to, subject: digest.subject, html: digest.html, text: digest.text });
  }
  return recipients.length;
}

function messageOf(error: unknown): string {
  const raw = (error as { message?: unknown } | null)?.message;
  return typeof raw === 'string' ? raw : String(error);
}

/** The digest edition's after-generation step: the latest generated month to the saved recipients, when on. */
export function sendDigestAfterGenerate(months: readonly GeneratedMonth[], trigger: RunEntry['trigger']): void {
  const latest = [...months].sort((a, b) => b.model.month - a.model.month)[0];
  if (!latest) return;
  const entry = (outcome: RunEntry['outcome'], message: string): RunEntry => ({ at: new Date().toISOString(), trigger, months: [monthKey(latest.model.month)], outcome, message });
  try {
    const settings = loadDigestSettings();
    if (!settings.enabled || settings.recipients.length === 0) return;
    // A scheduled run cannot show a consent screen: a scope the user left unticked is logged, never thrown.
    if (missingScopes([SCOPES.sendMail]).length > 0) {
      logRun(entry('mail_error', t(latest.model.lang, 'digest_failed', { detail: t(latest.model.lang, 'digest_scope_missing') })));
      return;
    }
    const count = sendDigest(latest, settings.recipients);
    logRun(entry('ok', t(latest.model.lang, count === 1 ? 'digest_sent_one' : 'digest_sent_other', { count })));
  } catch (error) {
    try {
      logRun(entry('mail_error', t(latest.model.lang, 'digest_failed', { detail: messageOf(error) })));
    } catch {
      // The log itself failed: nothing more can be done without risking the dashboard run.
    }
  }
}
