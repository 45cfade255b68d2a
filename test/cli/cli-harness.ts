// Runs `npm start` in-process on the built bundle and captures its exit code, stdout and stderr (for CLI tests).

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../scripts/cli/main';

export const root = join(__dirname, '..', '..');
export const bundle = process.env.SALES_KPI_BUNDLE ?? join(root, 'dist', 'Code.js');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function npmStart(argv: readonly string[], largeExportRows?: number, progressBytes?: number): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    bundle,
    largeExportRows,
    progressBytes,
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding `files` (name → text or bytes). */
export function folderWith(files: Readonly<Record<string, string | Uint8Array>>, name = 'export'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'sales-kpi-cli-')), name);
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

export interface KpiRowJson {
  id: string;
  period: string;
  value: number | null;
  segment: { field: string; value: string } | null;
}

export const team = (kpis: readonly KpiRowJson[], id: string, period: string) => kpis.find((k) => k.id === id && k.period === period && k.segment === null)?.value;
