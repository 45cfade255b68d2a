// `npm start -- … --digest out/digest.html`: the digest edition's e-mail, recorded by the local MailApp, as files.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { mailState } from '../runtime/mail-app';
import type { Workbook } from '../runtime/index';

/** The digest edition's bundle beside the default one (`dist/Code.js` → `dist-digest/Code.js`). */
export function digestBundle(bundle: string): string {
  return join(dirname(dirname(bundle)), 'dist-digest', 'Code.js');
}

/** Writes the recorded digest (HTML, and the plain-text part as .txt); returns what to print. */
export function writeDigest(workbook: Workbook, path: string): string {
  const mail = mailState(workbook).sent[0];
  if (!mail) throw new Error('No digest was produced (the dashboard month had no tab to send).');
  mkdirSync(dirname(path) || '.', { recursive: true });
  writeFileSync(path, mail.htmlBody ?? mail.body);
  const text = path.replace(/\.html?$/i, '.txt');
  writeFileSync(text, mail.body);
  return `${relative(process.cwd(), path) || path}, ${relative(process.cwd(), text) || text}`;
}
