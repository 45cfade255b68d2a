// The only code that touches Connected Sheets: reads a BigQuery table's shape, writes the parameters sheet and inserts
// the KPI data source sheet (the BigQuery edition; the default build never calls it).

import type { TablePreview } from '../bigquery/plan';
import { UserError } from '../i18n';
import { columnsQuery, previewQuery, tableName } from '../sql/bigquery-preview';

type DataSourceSheet = GoogleAppsScript.Spreadsheet.DataSourceSheet;
/** `insertDataSourceSheet` is documented (Spreadsheet reference, Connected Sheets guide) but missing from @types 2.0.13. */
type ConnectedSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet & {
  insertDataSourceSheet(spec: GoogleAppsScript.Spreadsheet.DataSourceSpec): DataSourceSheet;
};

const WAIT_SECONDS = 120;
const PREVIEW_ROWS = 200;

function spreadsheet(): ConnectedSpreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet() as ConnectedSpreadsheet;
}

/** `'Sheet name'!B3` for a parameter cell. */
function cellRef(sheet: string, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!B${row}`;
}

/**
 * Writes the parameters (label, value) in columns A:B of the sheet `name` (created if absent; values as plain text)
 * and returns each parameter's cell, for `setParameterFromCell`.
 */
export function writeParameters(name: string, rows: readonly (readonly [string, string, string])[]): Record<string, string> {
  const ss = spreadsheet();
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  const range = sheet.getRange(1, 1, rows.length, 2);
  range.setNumberFormat('@');
  range.setValues(rows.map(([, label, value]) => [label, value]));
  const refs: Record<string, string> = {};
  rows.forEach(([param], i) => {
    refs[param] = cellRef(name, i + 1);
  });
  return refs;
}

/** Inserts a data source sheet for `sql`, waits for BigQuery and fails with the table's name if the query failed. */
function runQuery(projectId: string, sql: string, params: Record<string, string>, what: string): DataSourceSheet {
  SpreadsheetApp.enableBigQueryExecution();
  let builder = SpreadsheetApp.newDataSourceSpec().asBigQuery().setProjectId(projectId).setRawQuery(sql);
  for (const [name, ref] of Object.entries(params)) builder = builder.setParameterFromCell(name, ref);
  const sheet = spreadsheet().insertDataSourceSheet(builder.build());
  const status = sheet.waitForCompletion(WAIT_SECONDS);
  const state = String(status.getExecutionState());
  if (state !== 'COMPLETED') throw new UserError('bq_query_failed', { table: what, detail: status.getErrorMessage() || state });
  return sheet;
}

/** A table's columns and first rows, read through two temporary data source sheets (removed afterwards). */
export function previewTable(projectId: string, path: string, tableCell: string): TablePreview {
  const ss = spreadsheet();
  const names = runQuery(projectId, columnsQuery(path), { table_name: tableCell }, path);
  const columns = names.getSheetValues('column_name', 1, 10000).map((v) => String(v));
  ss.deleteSheet(names.asSheet());
  const first = runQuery(projectId, previewQuery(path, PREVIEW_ROWS), {}, path);
  const byColumn = columns.map((c) => first.getSheetValues(c, 1, PREVIEW_ROWS));
  ss.deleteSheet(first.asSheet());
  const count = byColumn.reduce((n, col) => Math.max(n, col.length), 0);
  const rows: unknown[][] = [];
  for (let r = 0; r < count; r++) rows.push(byColumn.map((col) => col[r] ?? ''));
  return { path, columns, rows };
}

/** The KPI data source sheet: the compiled query, its parameters read from their cells; returns the tab's name. */
export function insertKpiSheet(projectId: string, sql: string, params: Record<string, string>, name: string): string {
  const sheet = runQuery(projectId, sql, params, name).asSheet();
  const ss = spreadsheet();
  let unique = name;
  for (let n = 2; ss.getSheetByName(unique); n++) unique = `${name} (${n})`;
  sheet.setName(unique);
  ss.setActiveSheet(sheet);
  return unique;
}

/** The name of the table a path ends with (for the `table_name` parameter cell). */
export { tableName };
