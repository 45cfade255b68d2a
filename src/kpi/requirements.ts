// What the sidebar shows about requirements: which KPIs a field unlocks, which KPIs the current mapping allows.

import type { EntityId } from '../model/entities';
import type { Table } from '../model/table';
import { KPI_CATALOG } from './catalog';
import { type Availability, alternativeMet, firstMet } from './needs';
import type { KpiDef } from './types';

/** Per entity: a parsed table, or the list of field ids mapped for it. */
export type TablesOrFields = Readonly<Partial<Record<EntityId, Table | readonly string[]>>>;

function availability(tables: TablesOrFields): Availability {
  return (entity, field) => {
    const t = tables[entity];
    if (!t) return false;
    if (!Array.isArray(t)) return (t as Table).columns[field] !== undefined;
    // A deal's outcome can come from its won/closed flags (IsWon, IsClosed) instead of a stage column.
    return t.includes(field) || (entity === 'deals' && field === 'stage' && (t.includes('is_won') || t.includes('is_closed')));
  };
}

/** KPIs that some alternative of theirs needs `entity.field` for (the sidebar's "unlocks ..." hint). */
export function unlockedBy(entity: EntityId, field: string): KpiDef[] {
  return KPI_CATALOG.filter((def) => def.needs.some((alt) => alt.some((n) => n.entity === entity && n.fields.includes(field))));
}

/** KPIs whose needs the tables (or mapped fields) satisfy. */
export function computableKpis(tables: TablesOrFields): KpiDef[] {
  const has = availability(tables);
  return KPI_CATALOG.filter((def) => firstMet(def.needs, has) !== -1);
}

/** KPIs that mapping `entity.field` would make computable, given what is already mapped. */
export function newlyUnlocked(tables: TablesOrFields, entity: EntityId, field: string): KpiDef[] {
  const has = availability(tables);
  const withField: Availability = (e, f) => (e === entity && f === field) || has(e, f);
  return KPI_CATALOG.filter((def) => firstMet(def.needs, has) === -1 && def.needs.some((alt) => alternativeMet(alt, withField)));
}
