// Custom-function specs (name, FR/EN description, parameters, example) derived from the KPI catalog for the build.

import { t } from '../i18n';
import { KPI_CATALOG } from '../kpi/catalog';
import type { KpiDef, Text } from '../kpi/types';
import { entityDef } from '../model/entities';

export interface ParamSpec {
  readonly name: string;
  readonly type: string;
  readonly doc: Text;
}

export interface CustomFunctionSpec {
  readonly name: string;
  readonly description: Text;
  readonly params: readonly ParamSpec[];
  readonly returns: Text;
  readonly example?: string;
  /** Conventions where published sources differ (docs only). */
  readonly note?: Text;
}

const both = (key: Parameters<typeof t>[1]): Text => ({ fr: t('fr', key), en: t('en', key) });

const periodParams = (): ParamSpec[] => [
  { name: 'period', type: 'string|Date', doc: both('doc_period_param') },
  { name: 'field', type: 'string', doc: both('doc_field_param') },
  { name: 'value', type: 'string', doc: both('doc_value_param') },
];

/** The entities of a KPI's first `needs` alternative, as table parameter names (`deals`, `customers`). */
function tableParams(def: KpiDef): ParamSpec[] {
  const entities = (def.needs[0] ?? []).map((n) => n.entity);
  return [...new Set(entities)].map((entity) => {
    const label = entityDef(entity).label;
    return {
      name: entity,
      type: 'Range',
      doc: { fr: `${label.fr} : ${t('fr', 'doc_table_param')}`, en: `${label.en}: ${t('en', 'doc_table_param')}` },
    };
  });
}

function tableFormSignature(def: KpiDef): string {
  const names = [...tableParams(def).map((p) => p.name), 'period', '[field, value]'];
  return `${def.fn}(${names.join(', ')})`;
}

export function kpiFunctionSpec(def: KpiDef): CustomFunctionSpec {
  const arithmetic = def.arithmetic?.params.map((p) => ({ name: p.name, type: p.kind === 'interval' ? 'string' : 'number|Range', doc: p.doc })) ?? [];
  const table = tableParams(def);
  const params = [...(arithmetic.length > 0 ? arithmetic : table), ...periodParams()];
  const form = tableFormSignature(def);
  return {
    name: def.fn,
    description: {
      fr: `${def.label.fr} : ${def.description.fr} ${t('fr', 'doc_table_form')} : ${form}.`,
      en: `${def.label.en}: ${def.description.en} ${t('en', 'doc_table_form')}: ${form}.`,
    },
    params: dedupeNames(params),
    returns: both(def.spills ? 'doc_returns_table' : 'doc_returns_value'),
    example: `${def.example.formula} → ${def.example.result}`,
    ...(def.note ? { note: def.note } : {}),
  };
}

function dedupeNames(params: ParamSpec[]): ParamSpec[] {
  const seen = new Set<string>();
  return params.filter((p) => {
    if (seen.has(p.name)) return false;
    seen.add(p.name);
    return true;
  });
}

/** Every custom function: one per catalog entry, plus KPI(), KPI_BREAKDOWN() and KPI_TABLE(). */
export function customFunctionSpecs(): CustomFunctionSpec[] {
  const generic: CustomFunctionSpec[] = [
    {
      name: 'KPI',
      description: both('fn_kpi_description'),
      params: [
        { name: 'kpi_id', type: 'string', doc: both('doc_kpi_id_param') },
        { name: 'table', type: 'Range', doc: both('doc_table_param') },
        ...periodParams(),
      ],
      returns: both('doc_returns_value'),
      example: '=KPI("win_rate"; Deals!A:H; "2024-03") → 0.32',
    },
    {
      name: 'KPI_BREAKDOWN',
      description: both('fn_kpi_breakdown_description'),
      params: [
        { name: 'kpi_id', type: 'string', doc: both('doc_kpi_id_param') },
        { name: 'table', type: 'Range', doc: both('doc_table_param') },
        ...periodParams(),
      ],
      returns: both('doc_returns_table'),
      example: '=KPI_BREAKDOWN("sales_per_rep"; Deals!A:H; "2024-03") → Alice | 12000 | 3 | 60%',
    },
    {
      name: 'KPI_TABLE',
      description: both('fn_kpi_table_description'),
      params: [
        { name: 'table', type: 'Range', doc: both('doc_table_param') },
        { name: 'from', type: 'string', doc: both('doc_from_param') },
        { name: 'to', type: 'string', doc: both('doc_to_param') },
      ],
      returns: both('doc_returns_table'),
      example: '=KPI_TABLE(Deals!A:H; Clients!A:F)',
    },
  ];
  return [...KPI_CATALOG.map(kpiFunctionSpec), ...generic];
}
