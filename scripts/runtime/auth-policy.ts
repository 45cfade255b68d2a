// What each authorization mode lets a script call: custom functions are read-only, AuthMode.NONE only builds menus.

export type ExecutionMode = 'FULL' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'NONE';

const SPREADSHEET_CLASSES = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DeveloperMetadata',
  'EmbeddedChart',
]);

const SPREADSHEET_WRITE = /^(set|insert|delete|clear|merge|breakApart|hide|show|activate|protect|add|remove|update|move|toast|sort|copy|auto|rename|unprotect|trim)/;

/** Calls refused inside a custom function (besides Spreadsheet writes). */
const CUSTOM_FUNCTION_DENIED = new Set([
  'SpreadsheetApp.getUi',
  'SpreadsheetApp.setActiveSheet',
  'SpreadsheetApp.setActiveSpreadsheet',
  'SpreadsheetApp.setActiveRange',
  'Properties.setProperty',
  'Properties.setProperties',
  'Properties.deleteProperty',
  'Properties.deleteAllProperties',
  'ScriptApp.newTrigger',
  'ScriptApp.deleteTrigger',
  'ScriptApp.getProjectTriggers',
  'ScriptApp.getUserTriggers',
  'TriggerBuilder.create',
  'ClockTriggerBuilder.create',
  'SpreadsheetTriggerBuilder.create',
  'Session.getEffectiveUser',
  'SpreadsheetApp.enableBigQueryExecution',
  'SpreadsheetApp.newDataSourceSpec',
  'MailApp.sendEmail',
]);

/** The only calls allowed in AuthMode.NONE (a simple onOpen of an add-on not yet used in the document): the menu, the locale, Logger, Utilities. */
const NONE_ALLOWED_CLASSES = new Set(['Menu', 'Utilities', 'Logger']);
const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Session.getActiveUserLocale']);

/**
 * Refused in AuthMode.LIMITED (a simple onOpen/onEdit of an add-on used in the document): the bound document, its
 * menus, toasts and properties are reachable; sidebars and dialogs, triggers and the effective user are not.
 */
const LIMITED_DENIED = new Set([
  'Ui.showSidebar',
  'Ui.showModalDialog',
  'Ui.showModelessDialog',
  'ScriptApp.newTrigger',
  'ScriptApp.deleteTrigger',
  'ScriptApp.getProjectTriggers',
  'ScriptApp.getUserTriggers',
  'Session.getEffectiveUser',
]);

export function permissionError(name: string): Error {
  return new Error(`You do not have permission to call ${name}`);
}

/** Throws Google's permission error when `mode` forbids `Class.method`. */
export function checkPermission(mode: ExecutionMode, className: string, method: string): void {
  if (mode === 'FULL') return;
  const name = `${className}.${method}`;
  if (mode === 'LIMITED') {
    if (LIMITED_DENIED.has(name)) throw permissionError(name);
    return;
  }
  if (mode === 'NONE') {
    if (NONE_ALLOWED_CLASSES.has(className) || NONE_ALLOWED.has(name)) return;
    throw permissionError(name);
  }
  if (CUSTOM_FUNCTION_DENIED.has(name)) throw permissionError(name);
  if (SPREADSHEET_CLASSES.has(className) && SPREADSHEET_WRITE.test(method)) throw permissionError(name);
  if (className === 'Sheet' && method === 'newChart') throw permissionError(name);
  if (className === 'Ui' || className === 'Menu') throw permissionError(name);
}
