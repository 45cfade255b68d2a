// Workbooks round-trip through .xlsx (ExcelJS) and load from .csv folders with plain numbers and ISO dates typed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook, workbookFromArrays, writeWorkbook } from '../../scripts/runtime';
import { tempDir } from './script-fixture';

const PARIS = 'Europe/Paris';
const march15Paris = new Date('2024-03-14T23:00:00.000Z');
const july1Paris = new Date('2024-06-30T22:00:00.000Z');

describe('writeWorkbook then readWorkbook', () => {
  it('gives the same values back, dates included', async () => {
    const wb = workbookFromArrays(
      {
        Deals: [
          ['Client', 'Closed', 'Amount', 'Won'],
          ['Acme', march15Paris, 1234.5, true],
          ['Globex', july1Paris, -20, false],
        ],
        'KPI 2024-03': [['Revenue', 1254.5]],
      },
      { timeZone: PARIS },
    );
    const path = join(tempDir(), 'book.xlsx');
    await writeWorkbook(wb, path);
    const back = await readWorkbook(path, { timeZone: PARIS });
    expect(back.sheets.map((s) => s.name)).toEqual(['Deals', 'KPI 2024-03']);
    expect(back.sheets[0].values).toEqual(wb.sheets[0].values);
    expect(back.sheets[1].values).toEqual([['Revenue', 1254.5]]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.getWorksheet('Deals')!.getCell('B2').numFmt).toBe('yyyy-mm-dd');
  });

  it('keeps number formats, fills, fonts, merges, frozen panes, widths, tab colours and formulas', async () => {
    const wb = workbookFromArrays({ KPI: [['Title', ''], ['Revenue', 0.25], ['Total', '']] }, { timeZone: PARIS });
    const sheet = wb.sheets[0];
    sheet.numberFormats[1][1] = '0.0%';
    sheet.backgrounds[0][0] = '#1a73e8';
    sheet.fontWeights[0][0] = 'bold';
    sheet.fontColors[0][0] = '#ffffff';
    sheet.horizontalAlignments[0][0] = 'center';
    sheet.merges = ['A1:B1'];
    sheet.frozenRows = 1;
    sheet.columnWidths[1] = 180;
    sheet.tabColor = '#ff0000';
    sheet.formulas[2][1] = '=B2*2';
    const path = join(tempDir(), 'styled.xlsx');
    await writeWorkbook(wb, path);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const ws = book.getWorksheet('KPI')!;
    expect(ws.getCell('B2').numFmt).toBe('0.0%');
    expect(ws.getCell('A1').font).toEqual(expect.objectContaining({ bold: true, color: { argb: 'FFFFFFFF' } }));
    expect(ws.getCell('B3').value).toEqual({ formula: 'B2*2' });

    const back = await readWorkbook(path, { timeZone: PARIS });
    const s = back.sheets[0];
    expect([s.numberFormats[1][1], s.backgrounds[0][0], s.fontWeights[0][0], s.fontColors[0][0], s.horizontalAlignments[0][0]]).toEqual([
      '0.0%', '#1a73e8', 'bold', '#ffffff', 'center',
    ]);
    expect([s.merges, s.frozenRows, s.columnWidths[1], s.tabColor]).toEqual([['A1:B1'], 1, 180, '#ff0000']);
    expect(s.formulas[2][1]).toBe('=B2*2');
  });

  it('reads Excel date cells (UTC wall time) as midnight in the spreadsheet time zone', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Leads');
    ws.addRow(['Created', 'Count']);
    ws.addRow([new Date(Date.UTC(2024, 2, 15)), { formula: '1+1', result: 2 }]);
    const path = join(tempDir(), 'excel.xlsx');
    await book.xlsx.writeFile(path);
    const wb = await readWorkbook(path, { timeZone: PARIS });
    expect(wb.sheets[0].values[1]).toEqual([march15Paris, 2]);
    expect(wb.sheets[0].formulas[1][1]).toBe('=1+1');
  });
});

describe('readWorkbook of a csv folder', () => {
  it('makes one sheet per file, typing plain numbers and ISO dates and keeping the rest as typed', async () => {
    const dir = join(tempDir(), 'crm');
    mkdirSync(dir);
    writeFileSync(join(dir, 'deals.csv'), 'Client,Amount,Closed,Note\r\n"Acme, Inc",1234.5,2024-03-15,"said ""yes"""\r\nGlobex,1 234,56 €,15/03/2024,\n');
    writeFileSync(join(dir, 'leads.csv'), '\ufeffNom;Montant\nDupont;-12\n');
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    const wb = await readWorkbook(dir, { timeZone: PARIS });
    expect(wb.sheets.map((s) => s.name)).toEqual(['deals', 'leads']);
    expect(wb.sheets[0].values).toEqual([
      ['Client', 'Amount', 'Closed', 'Note', ''],
      ['Acme, Inc', 1234.5, march15Paris, 'said "yes"', ''],
      ['Globex', '1 234', '56 €', '15/03/2024', ''],
    ]);
    expect(wb.sheets[1].values).toEqual([['Nom', 'Montant'], ['Dupont', -12]]);
  });
});
