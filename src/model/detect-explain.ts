// Says which columns detection considered for a field and why it refused them ("CLOSED" holds no dates).

import { t } from '../i18n';
import type { RejectedMatch } from './header-match';
import type { Lang } from './settings';

/** `columns considered: “CLOSED” holds no dates` for the refused columns of the fields given; '' when none. */
export function consideredText(lang: Lang, considered: Readonly<Record<string, readonly RejectedMatch[]>> | undefined, fields: readonly string[]): string {
  if (!considered) return '';
  const parts: string[] = [];
  for (const field of fields) {
    for (const r of considered[field] ?? []) parts.push(t(lang, `detect_refused_${r.reason}`, { header: r.header }));
  }
  return parts.length > 0 ? t(lang, 'detect_considered', { list: parts.join('; ') }) : '';
}
