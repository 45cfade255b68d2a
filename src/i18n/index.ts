// The one message catalogue (FR/EN) for all user-facing text, merged from each area's file.

import type { Lang } from '../model/settings';
import { addonMessages } from './messages/addon';
import { bigqueryMessages } from './messages/bigquery';
import { dashboardMessages } from './messages/dashboard';
import { dataMessages } from './messages/data';
import { digestMessages } from './messages/digest';
import { functionsMessages } from './messages/functions';
import { kpiMessages } from './messages/kpi';
import { lookupsMessages } from './messages/lookups';
import { modelMessages } from './messages/model';
import { platformMessages } from './messages/platform';
import { sampleMessages } from './messages/sample';
import { sidebarMessages } from './messages/sidebar';
import { stagesMessages } from './messages/stages';

export const MESSAGES = {
  ...addonMessages,
  ...bigqueryMessages,
  ...dashboardMessages,
  ...dataMessages,
  ...digestMessages,
  ...functionsMessages,
  ...kpiMessages,
  ...lookupsMessages,
  ...modelMessages,
  ...platformMessages,
  ...sampleMessages,
  ...sidebarMessages,
  ...stagesMessages,
};

export type MessageKey = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;

/** The message `key` in `lang`, with `{name}` placeholders replaced. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const entry = MESSAGES[key] as { fr: string; en: string } | undefined;
  const template = entry ? entry[lang] : String(key);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** An error meant for a person: a message key and its parameters, rendered in their language in one place. */
export class UserError extends Error {
  constructor(
    readonly code: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(t('en', code, params));
    this.name = 'UserError';
  }

  render(lang: Lang): string {
    return t(lang, this.code, this.params);
  }
}
