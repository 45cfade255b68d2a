// Renders a column issue for a person: entity, sheet, column, what is wrong and the first rows concerned.

import { type MessageKey, t } from '../i18n';
import { entityDef } from './entities';
import type { Lang } from './settings';
import type { FieldIssue } from './table';

/**
 * `Affaires (feuille « Deals »), colonne « Montant » : 12 lignes illisibles — lignes 14, 27, 31…`
 * (an ellipsis when more rows are concerned than listed).
 */
export function describeIssue(issue: FieldIssue, lang: Lang): string {
  const plural = issue.count === 1 ? 'one' : 'other';
  const order = issue.detail === 'mdy' ? 'order_mdy' : 'order_dmy';
  const detail = issue.detail ?? '';
  const [written, workbook] = detail.split('/');
  const what = t(lang, `issue_${issue.kind}_${plural}` as MessageKey, {
    count: issue.count,
    order: t(lang, order),
    currency: detail,
    tokens: detail,
    date: detail,
    written: written ?? '',
    workbook: workbook ?? '',
    decimal: t(lang, detail === 'dot' ? 'decimal_dot' : 'decimal_comma'),
    labels: detail,
  });
  const list = issue.rows.join(', ') + (issue.count > issue.rows.length ? '…' : '');
  const rows = t(lang, issue.rows.length === 1 && issue.count === 1 ? 'issue_rows_one' : 'issue_rows_other', { list });
  // A table passed to a custom function has no known sheet: the sentence then names the entity and column only.
  return t(lang, issue.sheet === '' ? 'issue_line_no_sheet' : 'issue_line', {
    entity: entityDef(issue.entity).label[lang],
    sheet: issue.sheet,
    header: issue.header,
    what,
    rows,
  });
}
