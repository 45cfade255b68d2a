// The only code that sends e-mail (MailApp, scope script.send_mail): the digest edition only; the default build never
// reaches it.

export interface OutgoingMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** Recipients the user may still e-mail today. */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends one message (HTML with its plain-text part) to `to`, as "Sales KPI". */
export function sendMail(mail: OutgoingMail): void {
  MailApp.sendEmail({ to: mail.to.join(','), subject: mail.subject, body: mail.text, htmlBody: mail.html, name: 'Sales KPI' });
}
