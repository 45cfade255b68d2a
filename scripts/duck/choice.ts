// Whether `npm start` runs on DuckDB: decided from the arguments and the input's size, without loading DuckDB.

import type { RunArgs } from '../cli/args';
import { inputBytes } from './input-files';

/** Inputs above this size go to DuckDB under `--engine auto`: about what a spreadsheet's 10 million cells hold. */
export const DUCKDB_THRESHOLD_BYTES = 100 * 1024 * 1024;

/** Whether this run goes to DuckDB, and why (printed). */
export function duckChoice(args: RunArgs): string | null {
  if (args.input === null || args.engine === 'sheets') return null;
  if (args.engine === 'duckdb') return 'DuckDB engine (--engine duckdb)';
  const bytes = inputBytes(args.input);
  if (bytes <= DUCKDB_THRESHOLD_BYTES) return null;
  return `DuckDB engine: the input holds ${(bytes / 1048576).toFixed(0)} MB, more than a spreadsheet holds (above ${DUCKDB_THRESHOLD_BYTES / 1048576} MB; --engine sheets forces the add-on's own engine)`;
}

