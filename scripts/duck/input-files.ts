// The files an input path stands for and their size (no DuckDB loaded: the command line decides the engine from it).

import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const DUCK_READABLE = new Set(['.csv', '.tsv', '.txt', '.parquet']);

/** The files a path stands for: one file, or the readable files of a folder (sorted). */
export function inputFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((f) => DUCK_READABLE.has(extname(f).toLowerCase()) || extname(f).toLowerCase() === '.xlsx')
    .sort()
    .map((f) => join(path, f));
}

/** Total size in bytes of the files a path stands for. */
export function inputBytes(path: string): number {
  return inputFiles(path).reduce((sum, f) => sum + statSync(f).size, 0);
}

