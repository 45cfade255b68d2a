// The two GoogleSQL queries that read a BigQuery table's shape: its column names, and its first rows.

import { DIALECTS } from './dialect';

const bq = DIALECTS.bigquery;

/** `project.dataset.table` split in its quoted parts. */
function parts(path: string): { dataset: string; table: string; name: string } {
  const p = path.split('.');
  const table = p.pop() ?? '';
  return { dataset: p.map((x) => bq.ident(x)).join('.'), table: bq.ident(table), name: table };
}

/** Column names of the table in their order; the table's name is the `table_name` parameter (a STRING). */
export function columnsQuery(path: string): string {
  return `SELECT column_name FROM ${parts(path).dataset}.INFORMATION_SCHEMA.COLUMNS WHERE table_name = ${bq.param('table_name')} ORDER BY ordinal_position`;
}

/** The first `limit` rows, every column as it is. */
export function previewQuery(path: string, limit = 200): string {
  const p = parts(path);
  return `SELECT * FROM ${p.dataset}.${p.table} LIMIT ${Math.max(1, Math.floor(limit))}`;
}

/** The bare table name of a path (the `table_name` parameter of `columnsQuery`). */
export function tableName(path: string): string {
  return parts(path).name;
}
