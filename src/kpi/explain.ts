// Turns a KPI result into sentences: why it has no value, which rows were left out, which assumptions were made.

import { MESSAGES, type MessageKey, t } from '../i18n';
import { entityDef } from '../model/entities';
import type { Lang } from '../model/settings';
import { kpiById } from './catalog';
import type { KpiDef, KpiResult } from './types';

function known(key: string): key is MessageKey {
  return key in MESSAGES;
}

/** Why the result has no value, in `lang` (empty string when it has one). */
export function whyText(lang: Lang, def: KpiDef, result: KpiResult): string {
  if (!result.why) return '';
  const params: Record<string, string | number> = { kpi: def.label[lang] };
  if (result.missing) {
    const entity = entityDef(result.missing.entity);
    params.entity = entity.label[lang];
    params.fields = result.missing.fields.map((f) => entity.fields.find((x) => x.id === f)?.label[lang] ?? f).join(', ');
  }
  return t(lang, `kpi_why_${result.why}` as MessageKey, params);
}

/** Rows left out and why (`3 row(s) left out: no close date (2), amount unreadable or blank (1).`), or ''. */
export function skippedText(lang: Lang, result: KpiResult): string {
  if (!result.skipped || !result.skippedBy) return '';
  const reasons = Object.keys(result.skippedBy)
    .map((r) => `${known(`kpi_skip_${r}`) ? t(lang, `kpi_skip_${r}` as MessageKey) : r} (${result.skippedBy![r]})`)
    .join(', ');
  return t(lang, 'kpi_skipped', { count: result.skipped, reasons });
}

/** The assumptions behind the value, one sentence each. */
export function notesText(lang: Lang, result: KpiResult): string[] {
  return (result.notes ?? []).map((n) => (known(`kpi_note_${n}`) ? t(lang, `kpi_note_${n}` as MessageKey) : n));
}

/** Display text of a breakdown key: translated for the engine's own keys, '' as "not given", data values as is. */
export function breakdownKeyText(lang: Lang, def: KpiDef, key: string): string {
  if (key === '') return t(lang, 'kpi_key_unspecified');
  const own = `kpi_key_${key}`;
  const dataKeys = def.id === 'lost_reasons' || def.id === 'sales_per_rep' || def.id === 'by_sector' || def.id === 'complaint_rate';
  if (!dataKeys && known(own)) return t(lang, own);
  if (def.id === 'target_attainment') return kpiById(key)?.label[lang] ?? key;
  return key;
}
