// Test workbooks for the sidebar: French deals export with a title row, customers, notes, and a header meant to attack.

import { type CellValue, workbookFromArrays, type Workbook } from '../../scripts/runtime/workbook-model';

export const EVIL = '<img src=x onerror=alert(1)>';
const SCRIPT_CELL = '<script>window.__pwned = 1</script>';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 9));

function deals(): CellValue[][] {
  const rows: CellValue[][] = [
    ['Export CRM — mars 2024', '', '', '', '', '', ''],
    ['Nom de l’affaire', 'Date de création', 'Date de clôture', 'Étape', 'Montant HT', 'Commercial', EVIL],
  ];
  const stages = ['Gagné', 'Perdu', 'En cours', 'Gagné'];
  for (let i = 0; i < 12; i++) {
    const sheetRow = rows.length + 1;
    const closed: CellValue = sheetRow === 5 || sheetRow === 9 ? 'bientôt' : day(2024, 3, 1 + i);
    rows.push([`Affaire ${i + 1}`, day(2024, 1, 1 + i), closed, stages[i % 4], `${1000 + i * 100},00 €`, i % 2 ? 'Alice' : 'Bruno', i === 0 ? SCRIPT_CELL : `note ${i}`]);
  }
  return rows;
}

function customers(): CellValue[][] {
  return [
    ['Client', 'Date de début', 'Date de fin', 'Revenu mensuel'],
    ['ACME', day(2023, 1, 5), '', 500],
    ['Globex', day(2023, 6, 1), day(2024, 2, 10), 300],
    ['Initech', day(2024, 3, 3), '', 250],
  ];
}

/** The workbook a French sales manager opens the sidebar on. */
export function frenchWorkbook(): Workbook {
  return workbookFromArrays(
    { Affaires: deals(), Clients: customers(), Notes: [['Remarque', 'Auteur'], ['Relancer ACME', 'Alice']] },
    { locale: 'fr_FR', timeZone: 'Europe/Paris', name: 'Ventes' },
  );
}

/** The same data in an English-locale spreadsheet. */
export function englishWorkbook(): Workbook {
  return workbookFromArrays(
    { Affaires: deals(), Clients: customers(), Notes: [['Remarque', 'Auteur']] },
    { locale: 'en_US', timeZone: 'America/New_York', name: 'Sales' },
  );
}
