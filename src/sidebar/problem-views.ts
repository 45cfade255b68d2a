// Turns what no longer fits in a saved mapping into sentences for the page, each with its one-click fix if any.

import { t } from '../i18n';
import { type ConfigProblem, describeProblem } from '../model/config';
import type { Lang } from '../model/settings';
import type { ProblemView } from './protocol';

export function problemViews(problems: readonly ConfigProblem[], lang: Lang): ProblemView[] {
  return problems.map((p) => {
    const text = describeProblem(lang, p);
    if (p.suggestion === undefined) return { text };
    const fixLabel = t(lang, 'sb_use_suggestion', { value: p.suggestion });
    if (p.kind === 'sheet_missing') return { text, fixLabel, fix: { kind: 'sheet', entity: p.entity, sheet: p.suggestion } };
    if (p.kind === 'header_missing' && p.field) {
      return { text, fixLabel, fix: { kind: 'header', entity: p.entity, field: p.field, header: p.suggestion } };
    }
    return { text };
  });
}
