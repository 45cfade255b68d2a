// Which fields are missing for the KPIs the tables cannot compute, with the sheet's columns that look closest to each.

import { t } from '../i18n';
import { entityDef, type EntityId, fieldDef } from '../model/entities';
import { fieldScore, toPhrase } from '../model/header-match';
import { compactText } from '../model/normalize';
import type { Lang } from '../model/settings';
import { diceOfCompact } from '../model/text-similarity';
import { KPI_CATALOG, kpiById } from './catalog';
import { chosen, whatIsMissing } from './needs';
import type { KpiInput } from './types';

export interface MissingFields {
  readonly entity: EntityId;
  /** The sheet of the table when it is there (fields missing); absent when the whole table is missing. */
  readonly sheet?: string;
  /** Field ids to map. */
  readonly fields: readonly string[];
  /** Ids of the KPIs mapping them would unlock. */
  readonly kpis: readonly string[];
  /** Per missing field, the unmapped headers of the sheet that look closest (best first, at most two). */
  readonly closest: Readonly<Record<string, readonly string[]>>;
}

const CLOSEST = 2;
const CLOSEST_MIN = 0.4;

/** The headers (not mapped to another field) that look most like `field`: by synonyms, else by spelling. */
export function closestHeaders(entity: EntityId, field: string, headers: readonly string[]): string[] {
  const def = entityDef(entity);
  const index = def.fields.findIndex((f) => f.id === field);
  if (index < 0) return [];
  const names = def.fields[index].synonyms.map(compactText);
  const scored: { header: string; score: number }[] = [];
  for (const header of headers) {
    if (header === '' || scored.some((s) => s.header === header)) continue;
    const compact = compactText(header);
    const phrase = toPhrase(header);
    // A header that plainly names another field (`Sales Agent` is the owner) is no candidate for this one.
    if (def.fields.some((_, j) => j !== index && fieldScore(def, j, phrase) >= 0.9)) continue;
    let score = fieldScore(def, index, phrase);
    for (const name of names) score = Math.max(score, 0.9 * diceOfCompact(compact, name));
    if (score >= CLOSEST_MIN) scored.push({ header, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, CLOSEST).map((s) => s.header);
}

/**
 * What to map for every catalog KPI the tables cannot compute, grouped by entity and fields: tables that are there
 * but lack fields first (with closest columns), then whole tables missing.
 */
export function missingFields(tables: KpiInput['tables']): MissingFields[] {
  const input = { tables } as KpiInput;
  const groups = new Map<string, { entity: EntityId; fields: string[]; kpis: string[] }>();
  for (const def of KPI_CATALOG) {
    if (chosen(input, def.needs) !== -1) continue;
    const { missing } = whatIsMissing(def.needs, tables);
    // A whole table missing is one entry per entity; fields missing from a table there, one per set of fields.
    const key = tables[missing.entity] ? `${missing.entity}:${missing.fields.join(',')}` : missing.entity;
    const group = groups.get(key) ?? { entity: missing.entity, fields: [], kpis: [] };
    for (const f of missing.fields) if (!group.fields.includes(f)) group.fields.push(f);
    group.kpis.push(def.id);
    groups.set(key, group);
  }
  const out: MissingFields[] = [];
  for (const g of groups.values()) {
    const table = tables[g.entity];
    if (!table) {
      out.push({ entity: g.entity, fields: g.fields, kpis: g.kpis, closest: {} });
      continue;
    }
    const mapped = new Set(Object.values(table.columns).map((c) => c?.header));
    const free = (table.headers ?? []).filter((h) => h !== '' && !mapped.has(h));
    const closest: Record<string, string[]> = {};
    for (const field of g.fields) if (fieldDef(g.entity, field)) closest[field] = closestHeaders(g.entity, field, free);
    out.push({ entity: g.entity, sheet: table.sheet, fields: g.fields, kpis: g.kpis, closest });
  }
  return out.sort((a, b) => Number(a.sheet === undefined) - Number(b.sheet === undefined));
}

const KPIS_SHOWN = 4;

/** `A, B, C, D…`: KPI labels in the user's language, at most four. */
function kpiList(ids: readonly string[], lang: Lang): string {
  const labels = ids.map((id) => kpiById(id)?.label[lang] ?? id);
  return labels.length <= KPIS_SHOWN ? labels.join(', ') : `${labels.slice(0, KPIS_SHOWN).join(', ')}…`;
}

/**
 * The sentences for people: one per table lacking fields (`Deals (sheet “Export”): the field Stage is not mapped to a
 * column — needed for Win rate, Deals won… Closest columns: “Status”.`), then one for every table not mapped at all.
 */
export function describeMissing(list: readonly MissingFields[], lang: Lang): string[] {
  const lines: string[] = [];
  const q = lang === 'fr' ? (s: string) => `« ${s} »` : (s: string) => `“${s}”`;
  const absent: string[] = [];
  for (const m of list) {
    const entity = entityDef(m.entity).label[lang];
    if (m.sheet === undefined) {
      absent.push(`${entity} (${kpiList(m.kpis, lang)})`);
      continue;
    }
    const fields = m.fields.map((f) => fieldDef(m.entity, f)?.label[lang] ?? f).join(', ');
    const near = [...new Set(m.fields.flatMap((f) => m.closest[f] ?? []))];
    const closest = near.length > 0 ? t(lang, 'missing_closest', { headers: near.map(q).join(', ') }) : '';
    const key = m.fields.length === 1 ? 'missing_field_line_one' : 'missing_field_line_other';
    lines.push(t(lang, key, { entity, sheet: m.sheet, fields, kpis: kpiList(m.kpis, lang), closest }));
  }
  if (absent.length > 0) lines.push(t(lang, 'missing_tables_line', { tables: absent.join(lang === 'fr' ? ' ; ' : '; ') }));
  return lines;
}
