// The global SpreadsheetApp of the local runtime: active spreadsheet, UI, flush and the enums add-ons use.

import { enableBigQueryExecution, newDataSourceSpec } from './data-sources';
import type { ServiceContext } from './service-context';
import { spreadsheetObject } from './spreadsheet';
import { uiObject } from './ui';

const enumOf = <T extends string>(...names: T[]): Record<T, T> =>
  Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as Record<T, T>;

export class SpreadsheetAppService
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      'getActive' | 'getActiveSpreadsheet' | 'getUi' | 'flush' | 'getActiveSheet' | 'enableBigQueryExecution' | 'newDataSourceSpec'
    >
{
  readonly BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');
  readonly ProtectionType = enumOf('RANGE', 'SHEET');
  readonly DeveloperMetadataVisibility = enumOf('DOCUMENT', 'PROJECT');
  readonly DeveloperMetadataLocationType = enumOf('SPREADSHEET', 'SHEET', 'ROW', 'COLUMN');
  readonly Dimension = enumOf('COLUMNS', 'ROWS');
  readonly WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');
  readonly SheetType = enumOf('GRID', 'OBJECT', 'DATASOURCE');
  readonly ChartType = enumOf('AREA', 'BAR', 'COLUMN', 'COMBO', 'LINE', 'PIE', 'SCATTER', 'TABLE', 'HISTOGRAM');

  constructor(private readonly ctx: ServiceContext) {}

  /** Null inside a time-driven run whose context has no active spreadsheet (RuntimeOptions.triggerContext). */
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.getActiveSpreadsheet();
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (this.ctx.trigger && !this.ctx.trigger.activeSpreadsheet) return null as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    return spreadsheetObject(this.ctx);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return spreadsheetObject(this.ctx).getActiveSheet();
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return uiObject(this.ctx);
  }
  flush(): void {}
  enableBigQueryExecution(): void {
    enableBigQueryExecution(this.ctx);
  }
  newDataSourceSpec(): GoogleAppsScript.Spreadsheet.DataSourceSpecBuilder {
    return newDataSourceSpec(this.ctx);
  }
}
