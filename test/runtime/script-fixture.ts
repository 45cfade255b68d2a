// Test helper: writes a small hand-written Apps Script bundle (and HTML files) to a temp dir and loads it.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../scripts/runtime';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sales-kpi-runtime-'));
}

/** Writes `Code.js` (plus `files`) into a fresh temp dir and returns a runtime that loaded it. */
export function loadScript(source: string, options: RuntimeOptions = {}, files: Record<string, string> = {}): Runtime {
  const dir = tempDir();
  writeFileSync(join(dir, 'Code.js'), source);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return createRuntime(options).load(join(dir, 'Code.js'));
}
