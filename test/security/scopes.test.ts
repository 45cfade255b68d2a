// Least privilege: the manifest asks only for the scopes the README justifies.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = join(__dirname, '../../dist/appsscript.json');

/** Each scope and why the add-on needs it. */
const JUSTIFIED: Readonly<Record<string, string>> = {
  'https://www.googleapis.com/auth/spreadsheets.currentonly': 'read the mapped sheets and write dashboard tabs of this spreadsheet only',
  'https://www.googleapis.com/auth/script.container.ui': 'menu, sidebar, dialogs and toasts inside Sheets',
  'https://www.googleapis.com/auth/script.scriptapp': 'the monthly time-driven trigger',
  'https://www.googleapis.com/auth/userinfo.email': 'Session.getActiveUser().getEmail(): the schedule status says who scheduled',
};

/** `npm test` builds dist/ first: a missing bundle must fail these tests, never skip them. */
const describeBuilt = describe;

describeBuilt('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { oauthScopes?: string[]; dependencies?: unknown; urlFetchWhitelist?: unknown };

  test('declares its scopes explicitly (no scopes inferred by Apps Script)', () => {
    expect(Array.isArray(manifest.oauthScopes)).toBe(true);
  });

  test('asks for no scope beyond the justified ones', () => {
    const extra = (manifest.oauthScopes ?? []).filter((s) => !(s in JUSTIFIED));
    expect(extra).toEqual([]);
  });

  test('asks for each scope once', () => {
    expect(new Set(manifest.oauthScopes).size).toBe(manifest.oauthScopes?.length);
  });

  test('enables no advanced service and allows no URL fetch', () => {
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.urlFetchWhitelist).toBeUndefined();
  });
});
