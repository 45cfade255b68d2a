// Which OAuth scope each Apps Script call needs, and Google's refusal when the manifest does not declare it or the
// user did not grant it (granular consent): the scopes listed on each method's reference page, "Authorization".

export const SCOPES = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets',
  currentOnly: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  bigQuery: 'https://www.googleapis.com/auth/bigquery.readonly',
} as const;

const SPREADSHEET = [SCOPES.currentOnly, SCOPES.spreadsheets];
const BIGQUERY = [SCOPES.bigQuery];

/** Classes whose every method needs one of the scopes listed (any one of them is enough). */
const BY_CLASS: Record<string, readonly string[]> = {
  SpreadsheetApp: SPREADSHEET,
  Spreadsheet: SPREADSHEET,
  Sheet: SPREADSHEET,
  Range: SPREADSHEET,
  RangeList: SPREADSHEET,
  Protection: SPREADSHEET,
  DeveloperMetadata: SPREADSHEET,
  DeveloperMetadataFinder: SPREADSHEET,
  EmbeddedChart: SPREADSHEET,
  EmbeddedChartBuilder: SPREADSHEET,
  Ui: [SCOPES.containerUi],
  MailApp: [SCOPES.sendMail],
  Trigger: [SCOPES.scriptApp],
  TriggerBuilder: [SCOPES.scriptApp],
  DataSource: BIGQUERY,
  DataSourceSheet: BIGQUERY,
  DataSourceSpec: BIGQUERY,
  DataSourceSpecBuilder: BIGQUERY,
  BigQueryDataSourceSpecBuilder: BIGQUERY,
  DataExecutionStatus: BIGQUERY,
};

/** Methods whose scope differs from their class's (or whose class needs none). */
const BY_METHOD: Record<string, readonly string[]> = {
  'Session.getActiveUser': [SCOPES.email],
  'Session.getEffectiveUser': [SCOPES.email],
  'ScriptApp.newTrigger': [SCOPES.scriptApp],
  'ScriptApp.getProjectTriggers': [SCOPES.scriptApp],
  'ScriptApp.getUserTriggers': [SCOPES.scriptApp],
  'ScriptApp.deleteTrigger': [SCOPES.scriptApp],
  'SpreadsheetApp.enableBigQueryExecution': BIGQUERY,
  'SpreadsheetApp.newDataSourceSpec': BIGQUERY,
  'Spreadsheet.insertDataSourceSheet': BIGQUERY,
  'Spreadsheet.getDataSources': BIGQUERY,
  'Spreadsheet.refreshAllDataSources': BIGQUERY,
  'SpreadsheetApp.getUi': [],
  'Ui.createAddonMenu': [],
  'Ui.createMenu': [],
};

/** The scopes of which `Class.method` needs one, or [] when it needs none. */
export function scopesOf(className: string, method: string): readonly string[] {
  return BY_METHOD[`${className}.${method}`] ?? BY_CLASS[className] ?? [];
}

/**
 * Refuses `Class.method` when none of its scopes is both declared in the manifest and granted by the user, with
 * Google's message. `declared` null: no manifest scopes (scopes detected from the code, all granted); `granted`
 * undefined: the user granted every declared scope. Runs on every service call: nothing is built unless refused.
 */
export function checkScopes(declared: readonly string[] | null, granted: ReadonlySet<string> | undefined, className: string, method: string): void {
  if (declared === null) return;
  const needed = scopesOf(className, method);
  if (needed.length === 0 || needed.some((scope) => declared.includes(scope) && (!granted || granted.has(scope)))) return;
  throw new Error(`Specified permissions are not sufficient to call ${className}.${method}. Required permissions: ${needed.join(' || ')}`);
}
