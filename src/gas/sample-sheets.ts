// Writes the sample workbook into new sheets (one setValues per sheet, dates at midnight in the spreadsheet zone).

import type { EntityId } from '../model/entities';
import type { Lang } from '../model/settings';
import { midnightIn } from '../model/timezone';
import type { SampleSheet, SampleWorkbook } from '../sample/layout';
import { freeSheetName } from '../sample/mapping';

const DATE_FORMAT: Record<Lang, string> = { fr: 'dd/mm/yyyy', en: 'yyyy-mm-dd' };

function cellsOf(sheet: SampleSheet, timeZone: string): unknown[][] {
  const isDate = new Array<boolean>(sheet.fields.length).fill(false);
  for (const c of sheet.dateColumns) isDate[c] = true;
  const out: unknown[][] = [sheet.headers.slice()];
  for (const row of sheet.rows) {
    out.push(row.map((v, c) => (isDate[c] && typeof v === 'number' ? midnightIn(timeZone, v) : v)));
  }
  return out;
}

/**
 * Adds one sheet per sample table after the existing ones, never reusing a taken name (`Affaires (2)`), and returns
 * the name each entity was written under. Calls per sheet are constant whatever the number of rows.
 */
export function writeSampleSheets(workbook: SampleWorkbook, timeZone: string): Partial<Record<EntityId, string>> {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const taken = ss.getSheets().map((s) => s.getName());
  const names: Partial<Record<EntityId, string>> = {};
  for (const sample of workbook.sheets) {
    const name = freeSheetName(sample.name, taken);
    taken.push(name);
    names[sample.entity] = name;
    const values = cellsOf(sample, timeZone);
    const width = sample.headers.length;
    const sheet = ss.insertSheet(name, ss.getNumSheets());
    const missingRows = values.length - sheet.getMaxRows();
    if (missingRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missingRows);
    sheet.getRange(1, 1, values.length, width).setValues(values);
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(1);
    if (values.length > 1) {
      for (const c of sample.dateColumns) sheet.getRange(2, c + 1, values.length - 1, 1).setNumberFormat(DATE_FORMAT[workbook.lang]);
    }
  }
  return names;
}
