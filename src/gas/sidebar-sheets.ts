// Reads the top of every sheet for the sidebar: one getValues per sheet, bounded whatever the sheet's size.

import { HEADER_SCAN_ROWS, SAMPLE_ROWS } from '../sidebar/protocol';
import type { SheetSample } from '../sidebar/preview';

/** Rows read per sheet: room for a header row anywhere in the scanned rows, then the sample rows. */
export const SAMPLE_HEIGHT = HEADER_SCAN_ROWS + SAMPLE_ROWS;

function readSample(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string): SheetSample {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return { name, values: [], lastRow: 0 };
  const values = sheet.getRange(1, 1, Math.min(lastRow, SAMPLE_HEIGHT), lastColumn).getValues();
  return { name, values, lastRow };
}

/** The top rows of every sheet of the active spreadsheet (or only the named ones). */
export function readSheetSamples(only?: ReadonlySet<string>): SheetSample[] {
  const out: SheetSample[] = [];
  for (const sheet of SpreadsheetApp.getActiveSpreadsheet().getSheets()) {
    const name = sheet.getName();
    if (only && !only.has(name)) continue;
    out.push(readSample(sheet, name));
  }
  return out;
}
