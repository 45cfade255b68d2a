// Who is using the add-on: their address in editions that declare userinfo.email and where they granted it; else ''.

import { missingScopes, SCOPES } from './authorization';

let declared = false;

/** Called by an edition whose manifest declares userinfo.email (the default build does not: three scopes only). */
export function declareUserEmailScope(): void {
  declared = true;
}

/** The active user's address, or '' (the default build, the scope not granted, or Google withholding it). */
export function activeUserEmail(): string {
  if (!declared || missingScopes([SCOPES.email]).length > 0) return '';
  return Session.getActiveUser().getEmail();
}
