// Input files as DuckDB relations of text columns: Parquet as views, CSV/TSV parsed once into tables, xlsx through ExcelJS.

import { statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { readWorkbook } from '../runtime/index';
import { inputFiles } from './input-files';
import { type DuckDatabase, loadRawText, uniqueHeaders } from '../sql/duck-load';

export interface DuckSource {
  /** View name (the file name without extension, as a sheet name). */
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function isoCell(v: unknown): string {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().replace('.000Z', 'Z');
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Creates a relation per input file, every column as text; returns them with their sizes. Parquet stays a view (read
 * where the query needs it); a CSV/TSV is parsed once into a table (the query reads each source again, and parsing a
 * large CSV each time costs ten times more than reading Parquet); xlsx sheets are loaded as tables.
 */
export async function openSources(db: DuckDatabase, path: string): Promise<DuckSource[]> {
  const out: DuckSource[] = [];
  for (const file of inputFiles(path)) {
    const ext = extname(file).toLowerCase();
    const name = basename(file, extname(file));
    if (ext === '.parquet') {
      await db.connection.run(`CREATE VIEW ${quote(name)} AS SELECT * FROM read_parquet($path)`.replace('$path', `'${file.replace(/'/g, "''")}'`));
    } else if (ext === '.xlsx') {
      const wb = await readWorkbook(file);
      for (const sheet of wb.sheets) {
        const [headers = [], ...rows] = sheet.values;
        if (headers.length === 0) continue;
        const names = uniqueHeaders(headers.map(isoCell));
        await loadRawText(db, sheet.name, names, rows.map((r) => names.map((_, k) => isoCell(r[k]))));
        out.push({ name: sheet.name, path: file, bytes: statSync(file).size });
      }
      continue;
    } else {
      const delim = ext === '.tsv' ? ", delim = '\\t'" : '';
      const literal = `'${file.replace(/'/g, "''")}'`;
      await db.connection.run(`CREATE TABLE ${quote(name)} AS SELECT * FROM read_csv(${literal}, header = true, all_varchar = true${delim})`);
    }
    out.push({ name, path: file, bytes: statSync(file).size });
  }
  return out;
}

/** The first rows of a source (header row first), as detection reads a sheet. */
export async function sampleRows(db: DuckDatabase, name: string, limit = 200): Promise<string[][]> {
  const reader = await db.connection.runAndReadAll(`SELECT * FROM ${quote(name)} LIMIT ${Math.floor(limit)}`);
  const headers = reader.columnNames();
  const rows = reader.getRowsJS().map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  return [headers, ...rows];
}
