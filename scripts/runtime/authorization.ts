// Granular consent in the local runtime: what a user granted, ScriptApp.getAuthorizationInfo and requireScopes.

import type { ServiceContext } from './service-context';

/** The scopes this runtime's user granted: their recorded grant, else every scope the manifest declares. */
function grantedScopes(ctx: ServiceContext): ReadonlySet<string> {
  return ctx.state.grants.get(ctx.settings.userEmail) ?? new Set(ctx.settings.oauthScopes ?? []);
}

/** The user accepts a consent screen for `scopes` (only scopes the manifest declares can be granted). */
export function grantScopes(ctx: ServiceContext, scopes: readonly string[]): void {
  const declared = ctx.settings.oauthScopes ?? [];
  const granted = new Set(grantedScopes(ctx));
  for (const scope of scopes) if (declared.includes(scope)) granted.add(scope);
  ctx.state.grants.set(ctx.settings.userEmail, granted);
}

/** The user left `scopes` unticked on the consent screen (or revoked them since): every other granted scope stays. */
export function revokeScopes(ctx: ServiceContext, scopes: readonly string[]): void {
  ctx.state.grants.set(ctx.settings.userEmail, new Set([...grantedScopes(ctx)].filter((scope) => !scopes.includes(scope))));
}

/** The scopes asked for (default: every declared scope) that the user has not granted. */
function missing(ctx: ServiceContext, asked: readonly string[] | undefined): string[] {
  const granted = grantedScopes(ctx);
  return (asked ?? ctx.settings.oauthScopes ?? []).filter((scope) => !granted.has(scope));
}

function scopeList(value: unknown): string[] {
  if (!Array.isArray(value) || value.some((s) => typeof s !== 'string')) throw new Error('Invalid argument: oAuthScopes');
  return value as string[];
}

/** `ScriptApp.getAuthorizationInfo(authMode[, oAuthScopes])`: status, consent URL and which asked scopes are granted. */
export function authorizationInfo(ctx: ServiceContext, oAuthScopes?: unknown): object {
  const asked = oAuthScopes === undefined ? undefined : scopeList(oAuthScopes);
  const lacking = missing(ctx, asked);
  const granted = grantedScopes(ctx);
  const info = {
    getAuthorizationStatus: () => (lacking.length > 0 ? 'REQUIRED' : 'NOT_REQUIRED'),
    getAuthorizationUrl: () => (lacking.length > 0 ? `https://script.google.com/a/auth?scopes=${encodeURIComponent(lacking.join(' '))}` : null),
    getAuthorizedScopes: () => ctx.realm.array((asked ?? ctx.settings.oauthScopes ?? []).filter((scope) => granted.has(scope))),
  };
  return ctx.wrap(info, 'AuthorizationInfo');
}

/**
 * `ScriptApp.requireScopes`: nothing when every scope is granted; otherwise Google ends the execution and shows a
 * consent prompt. The runtime records the prompt and throws (the caller's code after it never runs).
 */
export function requireScopes(ctx: ServiceContext, oAuthScopes?: unknown): void {
  const lacking = missing(ctx, oAuthScopes === undefined ? undefined : scopeList(oAuthScopes));
  if (lacking.length === 0) return;
  ctx.ui.consents.push({ scopes: lacking });
  throw new Error(`Authorization is required to perform that action. (Local runtime: consent requested for ${lacking.join(', ')})`);
}
