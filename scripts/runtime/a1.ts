// A1 notation: column letters, cell and range parsing/formatting for the local Apps Script runtime.

/** A rectangle of cells, 1-based, inclusive of its first row/column. */
export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return columnLetters(column) + row;
}

export function boxA1(box: Box): string {
  const first = cellA1(box.row, box.column);
  if (box.numRows === 1 && box.numColumns === 1) return first;
  return `${first}:${cellA1(box.row + box.numRows - 1, box.column + box.numColumns - 1)}`;
}

/** Quotes a sheet name for an A1 reference when needed (`'KPI 2024-03'!A1`). */
export function qualifiedA1(sheetName: string, box: Box): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheetName);
  const name = plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${name}!${boxA1(box)}`;
}

/** Splits `'My sheet'!A1:B2` into the sheet name (or null) and the range part. */
export function splitSheetName(a1: string): { sheetName: string | null; range: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(a1);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), range: quoted[2] };
  const bang = a1.lastIndexOf('!');
  if (bang > 0) return { sheetName: a1.slice(0, bang), range: a1.slice(bang + 1) };
  return { sheetName: null, range: a1 };
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses `A1`, `A1:C3`, `A:C`, `2:5`, `A2:C` against a sheet's size; throws on garbage. */
export function parseA1(range: string, maxRows: number, maxColumns: number): Box {
  const [startText, endText = startText] = range.split(':');
  const start = PART.exec(startText.trim());
  const end = PART.exec(endText.trim());
  if (!start || !end || (!start[1] && !start[2]) || (!end[1] && !end[2])) {
    throw new Error(`Range not found`);
  }
  const c1 = start[1] ? columnNumber(start[1]) : 1;
  const r1 = start[2] ? Number(start[2]) : 1;
  const c2 = end[1] ? columnNumber(end[1]) : Math.max(maxColumns, c1);
  const r2 = end[2] ? Number(end[2]) : Math.max(maxRows, r1);
  if (r1 < 1 || c1 < 1) throw new Error(`Range not found`);
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

export function boxContains(outer: Box, inner: Box): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}
