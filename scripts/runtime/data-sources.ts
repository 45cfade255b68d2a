// Connected Sheets in the local runtime: BigQuery data source specs and data source sheets, answered by a stand-in
// for BigQuery that a test or the command line registers per workbook (nothing reaches Google).

import type { ServiceContext } from './service-context';
import { sheetObject } from './spreadsheet-sheet';
import { type CellValue, newSheet, setSheetRows, type Workbook } from './workbook-model';

/** What BigQuery would answer: the columns and first rows of a query, given its project, SQL and parameter values. */
export type BigQueryStandIn = (request: { projectId: string; sql: string; parameters: Record<string, string> }) => {
  columns: string[];
  rows: CellValue[][];
};

export interface RecordedSpec {
  readonly projectId: string;
  readonly rawQuery: string;
  /** Parameter name → A1 cell (with its sheet) the value is read from. */
  readonly parameters: Readonly<Record<string, string>>;
}

export interface DataSourceRecord {
  readonly sheetId: number;
  readonly spec: RecordedSpec;
  columns: string[];
}

interface DataSourceState {
  standIn: BigQueryStandIn | null;
  executionEnabled: boolean;
  sheets: DataSourceRecord[];
}

const states = new WeakMap<Workbook, DataSourceState>();

/** The Connected Sheets state of a workbook (created on first use). */
export function dataSourceState(wb: Workbook): DataSourceState {
  let s = states.get(wb);
  if (!s) {
    s = { standIn: null, executionEnabled: false, sheets: [] };
    states.set(wb, s);
  }
  return s;
}

/** Registers the stand-in that answers the workbook's BigQuery queries. */
export function setBigQueryStandIn(wb: Workbook, standIn: BigQueryStandIn): void {
  dataSourceState(wb).standIn = standIn;
}

class BigQuerySpecBuilder implements Pick<GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder, 'setProjectId' | 'setRawQuery' | 'setParameterFromCell' | 'build'> {
  private projectId = '';
  private rawQuery = '';
  private readonly parameters: Record<string, string> = {};
  constructor(private readonly ctx: ServiceContext) {}
  private self(): GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder {
    return this as unknown as GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder;
  }
  setProjectId(projectId: string) {
    this.projectId = String(projectId);
    return this.self();
  }
  setRawQuery(rawQuery: string) {
    this.rawQuery = String(rawQuery);
    return this.self();
  }
  setParameterFromCell(parameterName: string, sourceCell: string) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(parameterName)) throw new Error(`Invalid parameter name: ${parameterName}`);
    this.parameters[parameterName] = String(sourceCell);
    return this.self();
  }
  build(): GoogleAppsScript.Spreadsheet.DataSourceSpec {
    if (!this.projectId) throw new Error('A BigQuery data source spec needs a project id (setProjectId).');
    if (!this.rawQuery) throw new Error('A BigQuery data source spec needs a query (setRawQuery).');
    const spec: RecordedSpec = { projectId: this.projectId, rawQuery: this.rawQuery, parameters: { ...this.parameters } };
    return this.ctx.wrap({ __spec: spec }, 'DataSourceSpec') as unknown as GoogleAppsScript.Spreadsheet.DataSourceSpec;
  }
}

class DataSourceSpecBuilder implements Pick<GoogleAppsScript.Spreadsheet.DataSourceSpecBuilder, 'asBigQuery'> {
  constructor(private readonly ctx: ServiceContext) {}
  asBigQuery(): GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder {
    return this.ctx.wrap(new BigQuerySpecBuilder(this.ctx), 'BigQueryDataSourceSpecBuilder') as unknown as GoogleAppsScript.Spreadsheet.BigQueryDataSourceSpecBuilder;
  }
}

export function newDataSourceSpec(ctx: ServiceContext): GoogleAppsScript.Spreadsheet.DataSourceSpecBuilder {
  return ctx.wrap(new DataSourceSpecBuilder(ctx), 'DataSourceSpecBuilder') as unknown as GoogleAppsScript.Spreadsheet.DataSourceSpecBuilder;
}

export function enableBigQueryExecution(ctx: ServiceContext): void {
  dataSourceState(ctx.state.workbook).executionEnabled = true;
}

/** The value of an `'Sheet'!B2` cell reference as text (how a parameter reads its cell). */
function cellText(wb: Workbook, ref: string): string {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Invalid cell reference for a parameter: ${ref}`);
  const name = (m[1] ?? m[2]).replace(/''/g, "'");
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`The parameter cell's sheet does not exist: ${name}`);
  let col = 0;
  for (const ch of m[3]) col = col * 26 + (ch.charCodeAt(0) - 64);
  const v = sheet.values[Number(m[4]) - 1]?.[col - 1];
  return v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined || v === null ? '' : String(v);
}

/** Runs a spec through the stand-in and writes its columns and rows into the data source sheet. */
function refresh(ctx: ServiceContext, record: DataSourceRecord): void {
  const wb = ctx.state.workbook;
  const state = dataSourceState(wb);
  if (!state.executionEnabled) throw new Error('BigQuery execution is not enabled: call SpreadsheetApp.enableBigQueryExecution() first.');
  if (!state.standIn) throw new Error('Local runtime: no BigQuery stand-in registered for this workbook (nothing can reach Google).');
  const parameters: Record<string, string> = {};
  for (const [name, ref] of Object.entries(record.spec.parameters)) parameters[name] = cellText(wb, ref);
  const answer = state.standIn({ projectId: record.spec.projectId, sql: record.spec.rawQuery, parameters });
  record.columns = [...answer.columns];
  const sheet = wb.sheets.find((s) => s.id === record.sheetId);
  if (sheet) setSheetRows(sheet, [answer.columns, ...answer.rows]);
}

/** Spreadsheet.insertDataSourceSheet(spec): a new sheet bound to the spec, filled from the stand-in. */
export function insertDataSourceSheet(ctx: ServiceContext, spec: GoogleAppsScript.Spreadsheet.DataSourceSpec): GoogleAppsScript.Spreadsheet.DataSourceSheet {
  const recorded = (spec as unknown as { __spec?: RecordedSpec }).__spec;
  if (!recorded) throw new Error('insertDataSourceSheet expects a DataSourceSpec built by SpreadsheetApp.newDataSourceSpec()');
  const wb = ctx.state.workbook;
  let name = 'Sheet1';
  for (let n = 1; wb.sheets.some((s) => s.name === name); n++) name = `Data source ${n}`;
  const sheet = newSheet(wb, name);
  wb.sheets.push(sheet);
  const record: DataSourceRecord = { sheetId: sheet.id, spec: recorded, columns: [] };
  dataSourceState(wb).sheets.push(record);
  refresh(ctx, record);
  return dataSourceSheetObject(ctx, record);
}

class DataSourceSheet implements Pick<GoogleAppsScript.Spreadsheet.DataSourceSheet, 'asSheet' | 'getSheetValues' | 'refreshData' | 'getDataSource' | 'waitForCompletion' | 'getStatus'> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly record: DataSourceRecord,
  ) {}
  private model() {
    const sheet = this.ctx.state.workbook.sheets.find((s) => s.id === this.record.sheetId);
    if (!sheet) throw new Error('The data source sheet was deleted.');
    return sheet;
  }
  asSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return sheetObject(this.ctx, this.model());
  }
  getSheetValues(columnName: string, startRow?: number, numRows?: number): unknown[] {
    const k = this.record.columns.indexOf(columnName);
    if (k < 0) throw new Error(`No column ${columnName} in the data source sheet.`);
    const rows = this.model().values.slice(1).map((r) => r[k]);
    const from = Math.max(1, startRow ?? 1) - 1;
    return this.ctx.realm.array(rows.slice(from, numRows === undefined ? undefined : from + numRows));
  }
  refreshData(): GoogleAppsScript.Spreadsheet.DataSourceSheet {
    refresh(this.ctx, this.record);
    return this as unknown as GoogleAppsScript.Spreadsheet.DataSourceSheet;
  }
  /** The stand-in answers at once: every execution is complete when asked. */
  waitForCompletion(_timeoutInSeconds: number): GoogleAppsScript.Spreadsheet.DataExecutionStatus {
    return this.getStatus();
  }
  getStatus(): GoogleAppsScript.Spreadsheet.DataExecutionStatus {
    const status = { getExecutionState: () => 'COMPLETED', getErrorMessage: () => '', isTruncated: () => false };
    return this.ctx.wrap(status, 'DataExecutionStatus') as unknown as GoogleAppsScript.Spreadsheet.DataExecutionStatus;
  }
  getDataSource(): GoogleAppsScript.Spreadsheet.DataSource {
    const spec = this.record.spec;
    return this.ctx.wrap({ getSpec: () => ({ __spec: spec }) }, 'DataSource') as unknown as GoogleAppsScript.Spreadsheet.DataSource;
  }
}

function dataSourceSheetObject(ctx: ServiceContext, record: DataSourceRecord): GoogleAppsScript.Spreadsheet.DataSourceSheet {
  return ctx.wrap(new DataSourceSheet(ctx, record), 'DataSourceSheet') as unknown as GoogleAppsScript.Spreadsheet.DataSourceSheet;
}

