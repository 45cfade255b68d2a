// Whether the tables (or mapped fields) at hand satisfy a KPI's needs, and what is missing when they don't.

import { type EntityId, entityDef } from '../model/entities';
import type { Table } from '../model/table';
import { segmentAliases } from './segment';
import type { KpiDef, KpiInput, Need, NoValueReason } from './types';

/** Says whether an entity's field is available (mapped or parsed). */
export type Availability = (entity: EntityId, field: string) => boolean;

/** Availability from parsed tables: the table exists and has a column for the field. */
export function tableAvailability(tables: KpiInput['tables']): Availability {
  return (entity, field) => {
    const table: Table | undefined = tables[entity];
    return !!table && table.columns[field] !== undefined;
  };
}

export function alternativeMet(alternative: readonly Need[], has: Availability): boolean {
  for (const need of alternative) for (const field of need.fields) if (!has(need.entity, field)) return false;
  return true;
}

/** Index of the first alternative whose fields are all available, or -1. */
export function firstMet(needs: readonly (readonly Need[])[], has: Availability): number {
  for (let i = 0; i < needs.length; i++) if (alternativeMet(needs[i], has)) return i;
  return -1;
}

/** Index of the first alternative met by the input's tables, or -1. */
export function chosen(input: KpiInput, needs: readonly (readonly Need[])[]): number {
  return firstMet(needs, tableAvailability(input.tables));
}

/** What is missing for the closest alternative: a whole table, or some fields of one. */
export function whatIsMissing(
  needs: readonly (readonly Need[])[],
  tables: KpiInput['tables'],
): { why: NoValueReason; missing: Need } {
  let best: { why: NoValueReason; missing: Need; cost: number } | undefined;
  for (const alternative of needs) {
    let cost = 0;
    let first: { why: NoValueReason; missing: Need } | undefined;
    for (const need of alternative) {
      const table = tables[need.entity];
      const absent = table ? need.fields.filter((f) => table.columns[f] === undefined) : need.fields;
      if (!absent.length) continue;
      cost += table ? absent.length : 100;
      if (!first) first = { why: table ? 'missing_field' : 'missing_table', missing: { entity: need.entity, fields: absent } };
    }
    if (first && (!best || cost < best.cost)) best = { ...first, cost };
  }
  const pick = best ?? { why: 'missing_table' as NoValueReason, missing: needs[0][0] };
  return { why: pick.why, missing: pick.missing };
}

/** Every combination of one alternative of `a` with one of `b` (for KPIs built from two others). */
export function combineNeeds(
  a: readonly (readonly Need[])[],
  b: readonly (readonly Need[])[],
): readonly (readonly Need[])[] {
  const out: Need[][] = [];
  for (const x of a) for (const y of b) out.push(mergeAlternative([...x, ...y]));
  return out;
}

function mergeAlternative(list: readonly Need[]): Need[] {
  const byEntity = new Map<EntityId, string[]>();
  for (const need of list) {
    const fields = byEntity.get(need.entity) ?? [];
    for (const f of need.fields) if (!fields.includes(f)) fields.push(f);
    byEntity.set(need.entity, fields);
  }
  return [...byEntity].map(([entity, fields]) => ({ entity, fields }));
}

/** Every subscription field the MRR of a row and the movements read (end date, fallbacks, quantity, customer). */
const SUBSCRIPTION_FIELDS = ['customer', 'end', 'mrr', 'amount', 'interval', 'interval_count', 'quantity'];
const SUBSCRIPTION_KPIS = ['mrr', 'arr', 'mrr_movements', 'nrr', 'grr', 'revenue_churn', 'net_revenue_churn', 'quick_ratio'];

/** Optional fields some KPIs read beyond their needs (costs, end dates, breakdown keys). */
const ALSO_READ: Readonly<Record<string, readonly string[]>> = {
  ltv: ['cost'],
  ltv_cac: ['cost'],
  response_rate: ['type'],
  complaint_rate: ['reason'],
  by_sector: ['end'],
  arpa: ['end', ...SUBSCRIPTION_FIELDS],
  ...Object.fromEntries(SUBSCRIPTION_KPIS.map((id) => [id, SUBSCRIPTION_FIELDS])),
  weighted_pipeline: ['probability'],
  pipeline_coverage: ['probability', 'owner'],
  sales_forecast: ['probability'],
};

/** KPIs that read other KPIs' fields or many optional ones: they get whole tables. */
const READS_ALL: ReadonlySet<string> = new Set(['cac_payback', 'target_attainment', 'email_open_rate', 'meetings']);

/**
 * Every field the KPI `def` reads, of any entity: its needs (all alternatives), the date fields of their tables (the
 * span of the data), the optional fields it uses and the segment's field; undefined when it needs whole tables.
 * Parsing only these gives the same result as parsing whole tables (checked for the whole catalog in the tests).
 */
export function fieldsRead(def: Pick<KpiDef, 'id' | 'needs'>, segmentField?: string): Set<string> | undefined {
  if (READS_ALL.has(def.id)) return undefined;
  const fields = new Set<string>();
  for (const alternative of def.needs) {
    for (const need of alternative) {
      for (const f of need.fields) fields.add(f);
      // Every date column tells the span of the table's data, inside which an empty period counts 0.
      for (const f of entityDef(need.entity).fields) if (f.type === 'date' || f.type === 'stage') fields.add(f.id);
    }
  }
  for (const f of ALSO_READ[def.id] ?? []) fields.add(f);
  if (segmentField) for (const f of segmentAliases(segmentField)) fields.add(f);
  return fields;
}
