// Granular consent: the scopes an edition adds beyond the default three, whether the user granted them, and asking for
// them from a menu run when a feature needs them (editor add-ons may be authorized with some boxes left unticked).

import OPTIONAL_SCOPES from './optional-scopes.json';

/**
 * The scopes editions add (the build writes them into each edition's manifest from the same file): `sendMail` sends
 * the digest (MailApp); `email` sends the test to the person asking and names who scheduled; `bigQuery` lets
 * Connected Sheets run queries as the user.
 */
export const SCOPES = OPTIONAL_SCOPES;

export type OptionalScope = (typeof SCOPES)[keyof typeof SCOPES];

/** `AuthorizationInfo` as documented (the published typings lack the scopes form and getAuthorizedScopes). */
interface ScopedAuthorizationInfo {
  /** The granted scopes among those asked for (documented as `String[]|null`). */
  getAuthorizedScopes(): string[] | null;
}

/** The scopes among `scopes` the user has not granted (no consent screen shown). */
export function missingScopes(scopes: readonly OptionalScope[]): OptionalScope[] {
  const getInfo = ScriptApp.getAuthorizationInfo as unknown as (mode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => ScopedAuthorizationInfo;
  const granted = new Set(getInfo(ScriptApp.AuthMode.FULL, [...scopes]).getAuthorizedScopes() ?? []);
  return scopes.filter((scope) => !granted.has(scope));
}

/**
 * From a menu run: when a scope is missing, Google ends this execution and shows the consent screen for it; once the
 * user allows it, they choose the menu item again. Returns normally when everything is granted.
 */
export function requireScopes(scopes: readonly OptionalScope[]): void {
  if (missingScopes(scopes).length > 0) ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [...scopes]);
}
