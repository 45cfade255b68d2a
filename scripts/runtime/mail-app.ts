// MailApp of the local runtime: records what would be sent instead of sending it; a daily quota and failures on demand.

import type { ServiceContext } from './service-context';
import type { Workbook } from './workbook-model';

export interface SentMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
  readonly bcc?: string;
}

interface MailState {
  sent: SentMail[];
  /** E-mails (recipients) left today. */
  quota: number;
  /** When set, sendEmail throws this message (a refused address, a service outage). */
  failure: string | null;
}

/** Google's documented daily recipients quota for consumer accounts. */
export const DEFAULT_MAIL_QUOTA = 100;

const states = new WeakMap<Workbook, MailState>();

/** What the document's scripts sent, its quota and scripted failure (created on first use). */
export function mailState(wb: Workbook): MailState {
  let s = states.get(wb);
  if (!s) {
    s = { sent: [], quota: DEFAULT_MAIL_QUOTA, failure: null };
    states.set(wb, s);
  }
  return s;
}

const ADDRESS = /^[^\s@<>(),;:"[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export class MailAppService implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota'> {
  constructor(private readonly ctx: ServiceContext) {}

  getRemainingDailyQuota(): number {
    return mailState(this.ctx.state.workbook).quota;
  }

  /** sendEmail(message) and sendEmail(recipient, subject, body[, options]), as documented. */
  sendEmail(a: unknown, subject?: string, body?: string, options?: Record<string, unknown>): GoogleAppsScript.Mail.MailApp {
    const m = (typeof a === 'object' && a !== null ? a : { to: a, subject, body, ...(options ?? {}) }) as Record<string, unknown>;
    const to = String(m.to ?? '');
    const recipients = [...to.split(','), ...String(m.bcc ?? '').split(',')].map((s) => s.trim()).filter((s) => s !== '');
    if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
    for (const r of recipients) if (!ADDRESS.test(r)) throw new Error(`Invalid email: ${r}`);
    if (typeof m.subject !== 'string') throw new Error('Failed to send email: no subject');
    const state = mailState(this.ctx.state.workbook);
    if (state.failure) throw new Error(state.failure);
    if (recipients.length > state.quota) throw new Error('Service invoked too many times for one day: email.');
    state.quota -= recipients.length;
    state.sent.push({
      to,
      subject: m.subject,
      body: String(m.body ?? ''),
      ...(typeof m.htmlBody === 'string' ? { htmlBody: m.htmlBody } : {}),
      ...(typeof m.name === 'string' ? { name: m.name } : {}),
      ...(typeof m.bcc === 'string' ? { bcc: m.bcc } : {}),
    });
    return this as unknown as GoogleAppsScript.Mail.MailApp;
  }
}
