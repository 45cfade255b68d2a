// Checks and creates the --out folder before any work: a file, an unwritable place or /proc fails at once, in one line.

import { mkdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from './messages';

/** "ENOENT: no such file or directory" from a Node file-system error. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(',')[0];
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * Makes `out` (and its missing parents) one level at a time — Node's recursive mkdir loops forever under /proc — then
 * writes and removes a probe file. Throws CliError `out_is_file` or `out_unwritable`.
 */
export function prepareOutDir(out: string): string {
  const target = resolve(out);
  const missing: string[] = [];
  let existing = target;
  let stat = statOrNull(existing);
  while (!stat) {
    missing.unshift(existing);
    const parent = dirname(existing);
    if (parent === existing) break;
    existing = parent;
    stat = statOrNull(existing);
  }
  if (stat && !stat.isDirectory()) {
    if (missing.length === 0) throw new CliError('out_is_file', { path: out });
    throw new CliError('out_unwritable', { path: out, reason: `ENOTDIR: ${existing}` });
  }
  try {
    for (const dir of missing) mkdirSync(dir);
    const probe = join(target, `.sales-kpi-probe-${process.pid}`);
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    throw new CliError('out_unwritable', { path: out, reason: reasonOf(error) });
  }
  return target;
}
