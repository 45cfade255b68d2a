// SQL for the first and last day of every mapped date column (staged), from which the months to report are chosen.

import { type EntityId, entityDef } from '../model/entities';
import { DIALECTS, type DialectId } from './dialect';
import { STAGE_SQL } from './sources';
import { type RawTable, stagingSelect } from './staging';

/** One SELECT per mapped date field (`entity`, `field`, `first`, `last` as `YYYY-MM-DD`), joined by UNION ALL. */
export function dateSpanSql(dialect: DialectId, raw: Readonly<Partial<Record<EntityId, RawTable>>>): string | null {
  const d = DIALECTS[dialect];
  const parts: string[] = [];
  for (const [entity, table] of Object.entries(raw) as [EntityId, RawTable][]) {
    const staged = `(${stagingSelect(d, entity, table.mapping, table.relation.split('.').map((p) => d.ident(p)).join('.'))})`;
    for (const field of entityDef(entity).fields) {
      if (field.type !== 'date' || table.mapping.fields[field.id] === undefined) continue;
      const col = d.ident(field.id);
      // An open deal's close date is only expected: it does not extend the months (as in the engine).
      const lastOf =
        entity === 'deals' && field.id === 'closed' && table.mapping.fields.stage !== undefined
          ? `MAX(CASE WHEN ${d.ident('stage')} <> ${STAGE_SQL.open} THEN ${col} END)`
          : `MAX(${col})`;
      const key = (x: string) => (d.id === 'duckdb' ? `strftime(${x}, '%Y-%m-%d')` : `FORMAT_DATE('%Y-%m-%d', ${x})`);
      parts.push(`SELECT '${entity}' AS entity, '${field.id}' AS field, ${key(`MIN(${col})`)} AS first, ${key(lastOf)} AS last FROM ${staged} AS s`);
    }
  }
  return parts.length > 0 ? parts.join('\nUNION ALL\n') : null;
}
