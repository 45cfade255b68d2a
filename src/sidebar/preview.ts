// Parses the sample rows of each drafted entity with its mapping: first rows as text and a validation summary.

import { t } from '../i18n';
import { resolveColumns } from '../model/config';
import { dayKey } from '../model/days';
import { type EntityId, entityDef } from '../model/entities';
import { builtInOutcome } from '../model/coerce-stage';
import { describeIssue } from '../model/describe-issue';
import { parseTable } from '../model/parse-table';
import { distinctStageLabels } from '../model/stage-column';
import type { Lang, Settings } from '../model/settings';
import { type Column, STAGE_LOST, STAGE_UNKNOWN, STAGE_WON } from '../model/table';
import { cellText } from './cell-text';
import { draftToConfig } from './draft-schema';
import { type Draft, type EntityPreview, type FieldIssueView, PREVIEW_ROWS, type PreviewResult, type StageValueView } from './protocol';

/** The top of one sheet as read by the server: `values` starts at row 1; `lastRow` is the sheet's full height. */
export interface SheetSample {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly lastRow: number;
}

function formatValue(column: Column, i: number, raw: unknown, lang: Lang, text: (v: unknown) => string): string {
  switch (column.type) {
    case 'date':
    case 'amount':
    case 'number': {
      const v = column.values[i];
      const shown = text(raw);
      if (Number.isNaN(v)) return shown === '' ? '' : t(lang, 'sb_unreadable', { raw: shown });
      if (column.type === 'date') return dayKey(v);
      return v.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 });
    }
    case 'stage': {
      const v = column.values[i];
      if (v === STAGE_UNKNOWN) return t(lang, 'sb_stage_unknown', { raw: text(raw) });
      return t(lang, v === STAGE_WON ? 'sb_stage_won' : v === STAGE_LOST ? 'sb_stage_lost' : 'sb_stage_open');
    }
    case 'flag':
      return t(lang, column.values[i] === 1 ? 'sb_yes' : 'sb_no');
    default:
      return column.values[i];
  }
}

function previewEntity(
  entity: EntityId,
  mapping: { sheet: string; headerRow: number; fields: Record<string, string> },
  sample: SheetSample | undefined,
  settings: Settings,
  lang: Lang,
): EntityPreview {
  if (!sample) {
    return { entity, columns: [], rows: [], issues: [{ field: '', text: t(lang, 'sb_sheet_gone', { sheet: mapping.sheet }), blocking: true }], checked: '' };
  }
  const def = entityDef(entity);
  const values = sample.values;
  const headers = values[mapping.headerRow - 1] ?? [];
  const { columns, missing } = resolveColumns(mapping, headers);
  const issues: FieldIssueView[] = missing.map((field) => ({
    field,
    blocking: true,
    text: t(lang, 'sb_missing_header', {
      field: def.fields.find((f) => f.id === field)?.label[lang] ?? field,
      header: mapping.fields[field],
      row: mapping.headerRow,
    }),
  }));
  const table = parseTable(entity, sample.name, values, columns, { headerRow: mapping.headerRow, settings });
  for (const issue of table.issues) issues.push({ field: issue.field, text: describeIssue(issue, lang), blocking: issue.blocking });
  const shown = def.fields.filter((f) => table.columns[f.id] !== undefined);
  const text = cellText(settings.timeZone);
  const rows: { row: number; cells: string[] }[] = [];
  for (let i = 0; i < Math.min(PREVIEW_ROWS, table.size); i++) {
    const row = table.rowNumbers[i];
    const cells = shown.map((f) => {
      const raw = values[row - 1]?.[(columns as Record<string, number>)[f.id]];
      return formatValue(table.columns[f.id] as Column, i, raw, lang, text);
    });
    rows.push({ row, cells });
  }
  const dataRows = Math.max(0, values.length - mapping.headerRow);
  const total = Math.max(0, sample.lastRow - mapping.headerRow);
  const checked = total > dataRows ? t(lang, 'sb_checked_rows', { rows: dataRows, total }) : t(lang, 'sb_checked_all', { rows: dataRows });
  const stageCol = (columns as Record<string, number | undefined>).stage;
  const stages = entity === 'deals' && stageCol !== undefined ? stageValues(values.slice(mapping.headerRow), stageCol) : undefined;
  return { entity, columns: shown.map((f) => ({ field: f.id, label: f.label[lang] })), rows, issues, checked, ...(stages ? { stages } : {}) };
}

/** The distinct stage labels of the rows read, with what the built-in vocabulary says of each. */
function stageValues(rows: readonly (readonly unknown[])[], col: number): StageValueView[] {
  return distinctStageLabels(rows.map((r) => r[col])).map(({ label, rows: n }) => ({ label, rows: n, builtIn: builtInOutcome(label) ?? null }));
}

/** Preview of every drafted entity (or only one), parsed with the draft's settings. */
export function buildPreview(draft: Draft, samples: readonly SheetSample[], spreadsheet: Settings, lang: Lang, only?: EntityId | null): PreviewResult {
  const config = draftToConfig(draft, spreadsheet);
  const entities: EntityPreview[] = [];
  for (const [entity, mapping] of Object.entries(config.entities) as [EntityId, NonNullable<(typeof config.entities)[EntityId]>][]) {
    if (only && entity !== only) continue;
    const sample = samples.find((s) => s.name === mapping.sheet);
    entities.push(previewEntity(entity, mapping, sample, config.settings, lang));
  }
  return { entities };
}
