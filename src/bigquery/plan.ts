// What the BigQuery edition inserts: the mapping detected on each table's first rows, the compiled GoogleSQL and the
// values of its parameters (written to cells so that people change the months without touching the SQL).

import { UserError } from '../i18n';
import type { EntityMapping } from '../model/config';
import { type EntityId, entityDef } from '../model/entities';
import { matchFields } from '../model/header-match';
import type { Settings } from '../model/settings';
import { suggestConfig } from '../model/suggest-config';
import { compileKpis, SQL_KPI_IDS } from '../sql/compile';
import { stageLabelParams } from '../sql/stage-labels';
import type { RawTable } from '../sql/staging';

/** A table's column names and first rows, as read through a data source sheet. */
export interface TablePreview {
  readonly path: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly unknown[])[];
}

export interface BigQueryPlan {
  readonly sql: string;
  readonly kpis: readonly string[];
  /** Parameter name → value, in the order of the parameters sheet. */
  readonly params: readonly (readonly [string, string])[];
  readonly mappings: Readonly<Partial<Record<EntityId, Pick<EntityMapping, 'fields'>>>>;
}

/** The fields of `entity` found among a table's columns: detection on its first rows, else header synonyms alone. */
function mappingOf(entity: EntityId, preview: TablePreview, settings: Settings): Pick<EntityMapping, 'fields'> {
  const values = [preview.columns as unknown[], ...preview.rows];
  const detected = suggestConfig([{ name: entity, values }], settings).config.entities[entity];
  if (detected && Object.keys(detected.fields).length >= 2) return { fields: detected.fields };
  const fields: Record<string, string> = {};
  for (const m of matchFields(entity, preview.columns)) fields[m.field] = preview.columns[m.column];
  return { fields };
}

/** First days of the month `back` months before `month` (`YYYY-MM`) and of `month` itself. */
function monthRange(month: string, back: number): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const first = y * 12 + m - 1 - back;
  const from = `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, '0')}-01`;
  return { from, to: `${month}-01` };
}

/** The query over the given tables for the 24 months up to `month`, or a message naming what is missing. */
export function bigQueryPlan(previews: Readonly<Partial<Record<EntityId, TablePreview>>>, settings: Settings, month: string): BigQueryPlan {
  const raw: Partial<Record<EntityId, RawTable>> = {};
  const mappings: Partial<Record<EntityId, Pick<EntityMapping, 'fields'>>> = {};
  for (const [entity, preview] of Object.entries(previews) as [EntityId, TablePreview][]) {
    const mapping = mappingOf(entity, preview, settings);
    if (Object.keys(mapping.fields).length < 2) {
      const def = entityDef(entity);
      const missing = def.fields.filter((f) => mapping.fields[f.id] === undefined).slice(0, 4);
      throw new UserError('bq_not_recognised', {
        table: preview.path,
        entity: def.label[settings.locale.startsWith('fr') ? 'fr' : 'en'],
        fields: missing.map((f) => f.label.en).join(', '),
        columns: preview.columns.slice(0, 12).join(', '),
      });
    }
    mappings[entity] = mapping;
    raw[entity] = { relation: preview.path, mapping };
  }
  const q = compileKpis({ dialect: 'bigquery', kpis: SQL_KPI_IDS, fields: {}, raw });
  if (q.kpis.length === 0) throw new UserError('bq_nothing_compiled');
  const { from, to } = monthRange(month, 23);
  const labels = stageLabelParams(settings);
  const values: [string, string][] = [
    ['from', from],
    ['to', to],
    ['won_labels', labels.won_labels.join('|')],
    ['lost_labels', labels.lost_labels.join('|')],
    ['time_zone', settings.timeZone],
  ];
  return {
    sql: q.sql,
    kpis: q.kpis,
    // Only the parameters the query reads (subscriptions alone have no stage labels).
    params: values.filter(([name]) => q.params.includes(name)),
    mappings,
  };
}
