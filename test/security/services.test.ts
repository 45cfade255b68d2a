// Least privilege in the code: only src/gas/ names Apps Script services, and only those the scopes allow.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '../../src');

/** Services the gas adapter may use. Charts only supplies chart-type constants for embedded charts (no scope). */
const ALLOWED = ['SpreadsheetApp', 'PropertiesService', 'CacheService', 'LockService', 'HtmlService', 'ScriptApp', 'Session', 'Utilities', 'Logger', 'Charts'];

/** Every Apps Script service global (built-in and advanced) a file could name. */
const SERVICES = [
  ...ALLOWED,
  'DriveApp', 'GmailApp', 'MailApp', 'UrlFetchApp', 'DocumentApp', 'FormApp', 'CalendarApp', 'ContactsApp', 'SlidesApp',
  'ContentService', 'Jdbc', 'XmlService', 'Maps', 'LanguageApp', 'GroupsApp', 'SitesApp', 'Browser', 'DataStudioApp',
  'CardService', 'ConferenceDataService', 'LinearOptimizationService', 'ScriptProperties', 'UserProperties', 'Drive',
  'Sheets', 'Gmail', 'Calendar', 'People', 'AdminDirectory', 'BigQuery', 'Tasks', 'YouTube', 'Analytics',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The code without comments and without the contents of string literals (so messages and docs can name anything). */
function codeOnly(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
    } else if (c === '"' || c === "'" || c === '`') {
      i++;
      while (i < source.length && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
      i++;
      out += `${c}${c}`;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Service globals a file uses as values (`DriveApp.getFiles()`), not as type names (`GoogleAppsScript.Drive`). */
function servicesUsed(path: string): string[] {
  const code = codeOnly(readFileSync(path, 'utf8'));
  return SERVICES.filter((name) => new RegExp(`(?<![\\w$.])${name}\\s*[.(\\[]`).test(code));
}

describe('Apps Script services in src/', () => {
  const all = files(SRC).map((path) => ({ file: relative(SRC, path), used: servicesUsed(path) }));

  test('the scan sees the adapter’s own calls (it can find what it looks for)', () => {
    const gas = all.filter((f) => f.file.startsWith('gas/')).flatMap((f) => f.used);
    expect(gas).toEqual(expect.arrayContaining(['SpreadsheetApp', 'PropertiesService', 'LockService']));
  });

  test('no file outside src/gas/ names a service', () => {
    expect(all.filter((f) => !f.file.startsWith('gas/') && f.used.length > 0)).toEqual([]);
  });

  test('src/gas/ uses no service outside the allowed list; MailApp only in gas/mail.ts (the digest edition)', () => {
    const outside = all.flatMap((f) => f.used.filter((s) => !ALLOWED.includes(s) && !(s === 'MailApp' && f.file === 'gas/mail.ts')).map((s) => `${f.file}: ${s}`));
    expect(outside).toEqual([]);
    expect(all.filter((f) => f.used.includes('MailApp')).map((f) => f.file)).toEqual(['gas/mail.ts']);
  });

  test('comments and strings are not mistaken for code', () => {
    expect(codeOnly('// DriveApp.getFiles()\nconst a = "UrlFetchApp.fetch(x)"; /* GmailApp.send */ SpreadsheetApp.flush();')).toBe(
      '\nconst a = "";  SpreadsheetApp.flush();',
    );
  });
});
