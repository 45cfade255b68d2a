// Public API of the local Apps Script runtime: run the built bundle against in-memory Google services and files.

export { type Box, boxA1, cellA1, columnLetters, columnNumber, parseA1 } from './a1';
export { checkPermission, type ExecutionMode } from './auth-policy';
export { CACHE_VALUE_LIMIT } from './cache-service';
export { CallCounter } from './call-counter';
export { parseInput } from './cell-input';
export { CsvReadError, csvCell, csvSources, detectDelimiter, parseCsvStrict, parseCsvText, readCsvFiles, readCsvFolder } from './csv-io';
export { displayValue, formatNumber } from './display-format';
export { escapeHtml } from './html-service';
export { LOCK_TIMEOUT_MESSAGE } from './lock-service';
export { PROPERTY_STORE_LIMIT, PROPERTY_VALUE_LIMIT } from './properties-service';
export { createRuntime, Runtime, type RuntimeOptions } from './runtime';
export { TRIGGER_LIMIT } from './script-app';
export type { Scope, TriggerModel } from './service-context';
export { type DialogRecord, type MenuEntry, type MenuRecord, UiLog } from './ui-log';
export { formatDate, formatString } from './utilities';
export {
  bareWorkbook,
  type BorderSpec,
  type CellValue,
  type ChartSpec,
  type DeveloperMetadataModel,
  emptyWorkbook,
  lastColumn,
  lastRow,
  type ProtectionModel,
  type SheetModel,
  sheetByName,
  setSheetRows,
  snapshotWorkbook,
  STYLE_DEFAULTS,
  type Workbook,
  type WorkbookOptions,
  workbookFromArrays,
} from './workbook-model';
export { readWorkbook, writeWorkbook } from './xlsx-io';
export { excelSheetNames } from './xlsx-sheet-names';
