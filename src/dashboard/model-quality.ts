// The data-quality block: rows read, usable, blank and left out per table, and why; fields to map; in the user's language.

import { MESSAGES, type MessageKey, t } from '../i18n';
import { describeMissing, missingFields } from '../kpi/missing';
import type { KpiInput } from '../kpi/types';
import { type EntityId, entityDef } from '../model/entities';
import { describeIssue } from '../model/describe-issue';
import type { Lang } from '../model/settings';
import type { Quality, TableQuality, Tile } from './model-types';

/** A skip reason code in words: the KPI area's message when it has one, else the dashboard's, else the code. */
export function skipReason(code: string, lang: Lang): string {
  for (const key of [`kpi_skip_${code}`, `dash_skip_${code}`]) {
    if (key in MESSAGES) return t(lang, key as MessageKey);
  }
  return code.replace(/_/g, ' ');
}

export function buildQuality(input: KpiInput, tiles: readonly Tile[], lang: Lang, problems: readonly string[]): Quality {
  const tables: TableQuality[] = [];
  const missing = missingFields(input.tables);
  const lines: string[] = [...problems, ...describeMissing(missing, lang)];
  for (const entity of Object.keys(input.tables) as EntityId[]) {
    const table = input.tables[entity];
    if (!table) continue;
    const blocking = table.issues.filter((i) => i.blocking).reduce((n, i) => n + i.count, 0);
    tables.push({
      entity: entityDef(entity).label[lang],
      sheet: table.sheet,
      read: table.rowsRead,
      kept: table.size,
      blank: Math.max(0, table.rowsRead - table.size),
      leftOut: Math.min(blocking, table.size),
    });
    for (const issue of table.issues) lines.push(describeIssue(issue, lang));
  }
  for (const tile of tiles) {
    if (tile.skipped <= 0) continue;
    const why = Object.keys(tile.skippedBy)
      .map((code) => `${skipReason(code, lang)}${lang === 'fr' ? ' : ' : ': '}${tile.skippedBy[code]}`)
      .join(', ');
    lines.push(t(lang, 'dash_quality_skips', { kpi: tile.label, used: tile.used, skipped: tile.skipped, why }));
  }
  return { tables, lines, missing };
}
