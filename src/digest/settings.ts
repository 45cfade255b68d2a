// The e-mail digest's settings (document property `salesKpi.digest`): on/off and recipients with their language.

import * as z from 'zod/mini';
import { UserError } from '../i18n';
import type { Lang } from '../model/settings';

export const DIGEST_PROPERTY_KEY = 'salesKpi.digest';
export const MAX_RECIPIENTS = 50;

export interface Recipient {
  readonly email: string;
  readonly lang: Lang;
}

export interface DigestSettings {
  readonly enabled: boolean;
  readonly recipients: readonly Recipient[];
}

export const DIGEST_OFF: DigestSettings = { enabled: false, recipients: [] };

/** A plain address: one @, a dotted domain, no spaces or angle brackets (what MailApp accepts in `to`). */
const EMAIL = /^[^\s@<>(),;:"[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

let schema: ReturnType<typeof buildSchema> | undefined;
function buildSchema() {
  return z.object({
    enabled: z.boolean(),
    recipients: z.array(z.object({ email: z.string().check(z.regex(EMAIL)), lang: z.enum(['fr', 'en']) })).check(z.maxLength(MAX_RECIPIENTS)),
  });
}

/** The stored settings, or "off" when absent or unreadable (a digest is never sent on a doubtful setting). */
export function parseDigestSettings(raw: string | null | undefined): DigestSettings {
  if (!raw) return DIGEST_OFF;
  try {
    schema ??= buildSchema();
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DIGEST_OFF;
  } catch {
    return DIGEST_OFF;
  }
}

/**
 * Recipients from what a person typed: one per line (or separated by `,` `;`), each an address optionally followed by
 * its language (`alice@acme.fr fr`, `bob@acme.com, en`); without one, `fallback`. Duplicates are kept once.
 */
export function parseRecipients(text: string, fallback: Lang): Recipient[] {
  const out: Recipient[] = [];
  const seen = new Set<string>();
  const tokens = text.split(/[\s,;]+/).filter((s) => s !== '');
  for (let i = 0; i < tokens.length; i++) {
    const email = tokens[i];
    if (!EMAIL.test(email)) throw new UserError('digest_bad_address', { value: email.slice(0, 80) });
    let lang = fallback;
    const next = tokens[i + 1]?.toLowerCase();
    if (next === 'fr' || next === 'en') {
      lang = next;
      i++;
    }
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    out.push({ email, lang });
  }
  if (out.length > MAX_RECIPIENTS) throw new UserError('digest_too_many', { max: MAX_RECIPIENTS, count: out.length });
  return out;
}

export function serializeDigestSettings(settings: DigestSettings): string {
  return JSON.stringify({ enabled: settings.enabled, recipients: settings.recipients.map((r) => ({ email: r.email, lang: r.lang })) });
}
