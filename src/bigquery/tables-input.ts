// Reads what a person typed to name their BigQuery project and tables (`deals=project.dataset.table; …`).

import { UserError } from '../i18n';
import { ENTITIES, type EntityId } from '../model/entities';
import { normalizeText } from '../model/normalize';

/** A Google Cloud project id: 6–30 characters, lower-case letters, digits and hyphens, starting with a letter. */
const PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
/** `project.dataset.table` (or `dataset.table`): letters, digits, `_`, `-` (projects) and `$` (partitions). */
const TABLE = /^(?:[a-z][a-z0-9-]{4,28}[a-z0-9]\.)?[A-Za-z0-9_]{1,1024}\.[A-Za-z0-9_$-]{1,1024}$/;

export function parseProjectId(text: string): string {
  const value = text.trim();
  if (!PROJECT.test(value)) throw new UserError('bq_bad_project', { value: value.slice(0, 80) });
  return value;
}

/** The entity a word names: its id or its French or English label, case and accents ignored (`affaires` → deals). */
function entityOf(word: string): EntityId | undefined {
  const w = normalizeText(word);
  return ENTITIES.find((e) => e.id === w || normalizeText(e.label.fr) === w || normalizeText(e.label.en) === w)?.id;
}

/** `deals=p.d.t; customers=p.d.u` → { deals: 'p.d.t', customers: 'p.d.u' }; a table without a project gets `project`. */
export function parseTablesInput(text: string, project: string): Partial<Record<EntityId, string>> {
  const out: Partial<Record<EntityId, string>> = {};
  const entities = ENTITIES.map((e) => e.id).join(', ');
  for (const part of text.split(/[;\n]/)) {
    const item = part.trim();
    if (item === '') continue;
    const at = item.indexOf('=');
    const entity = at > 0 ? entityOf(item.slice(0, at)) : undefined;
    const table = at > 0 ? item.slice(at + 1).trim().replace(/^`|`$/g, '') : '';
    if (!entity || !TABLE.test(table)) throw new UserError('bq_bad_table', { value: item.slice(0, 120), entities });
    out[entity] = table.split('.').length === 2 ? `${project}.${table}` : table;
  }
  if (Object.keys(out).length === 0) throw new UserError('bq_no_table');
  return out;
}
