// Sentences about related tables for the data-quality block, kpis.json and the command line (FR/EN).

import { t } from '../i18n';
import { entityDef, fieldDef } from '../model/entities';
import type { Lang } from '../model/settings';
import type { LookupProblem } from './lookup-apply';
import type { LookupReport } from './lookup-join';

/** Unmatched keys and repeated related keys of one join, or nothing when every key was found once. */
export function describeLookupReport(report: LookupReport, lang: Lang): string[] {
  const lines: string[] = [];
  if (report.unmatched > 0) {
    lines.push(
      t(lang, 'lookup_unmatched', {
        entity: entityDef(report.entity).label[lang],
        sheet: report.sheet,
        column: report.column,
        count: report.unmatched,
        key: report.key,
        related: report.related,
        examples: report.examples.join(', '),
        rows: report.rows.join(', ') + (report.unmatched > report.rows.length ? '…' : ''),
      }),
    );
  }
  if (report.repeated.length > 0) {
    lines.push(t(lang, 'lookup_repeated_keys', { related: report.related, key: report.key, examples: report.repeated.join(', ') }));
  }
  return lines;
}

export function describeLookupProblem(problem: LookupProblem, lang: Lang): string {
  const { lookup } = problem;
  const entity = entityDef(lookup.entity).label[lang];
  const field = fieldDef(lookup.entity, lookup.field)?.label[lang] ?? lookup.field;
  if (problem.kind === 'lookup_sheet_missing') return t(lang, 'lookup_sheet_missing', { related: lookup.sheet, entity, field });
  if (problem.kind === 'lookup_header_missing') {
    return t(lang, 'lookup_header_missing', { related: lookup.sheet, row: lookup.headerRow, headers: problem.headers.join(', ') });
  }
  return t(lang, 'lookup_field_missing', { entity, sheet: problem.sheet, field, related: lookup.sheet });
}
