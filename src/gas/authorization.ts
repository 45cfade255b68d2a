// Granular consent: the scopes an edition adds beyond the default three, whether the user granted them, and asking for
// them from a menu run when a feature needs them (editor add-ons may be authorized with some boxes left unticked).

export const SCOPES = {
  /** Digest edition: sends the e-mail digest (MailApp). */
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  /** Digest edition: the test send goes to the person asking; the schedule status names who scheduled. */
  email: 'https://www.googleapis.com/auth/userinfo.email',
  /** BigQuery edition: Connected Sheets runs queries as the user. */
  bigQuery: 'https://www.googleapis.com/auth/bigquery.readonly',
} as const;

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
