// State shared by runtimes that share a document, and the per-runtime context every local service is built with.

import type { CallCounter, CallGuard } from './call-counter';
import type { ExecutionMode } from './auth-policy';
import type { UiLog } from './ui-log';
import type { Workbook } from './workbook-model';

export type Scope = 'document' | 'script' | 'user';

/** The runtime clock: frozen at `start` when given (moves only by sleep/advance), else real time plus the advances. */
export class Clock {
  private offset = 0;
  constructor(private readonly start: number | null) {}

  now(): number {
    return (this.start ?? Date.now()) + this.offset;
  }

  advance(ms: number): void {
    this.offset += Math.max(0, ms);
  }
}

export interface CacheEntry {
  value: string;
  expiresAt: number;
}

export interface LockState {
  /** Runtime id holding the lock, null when free. */
  holder: string | null;
  /** Held from outside any execution (runtime.holdLock): not released when a call ends. */
  external: boolean;
}

export interface TriggerModel {
  id: string;
  handlerFunction: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  /** Clock schedule as built (monthDay, weekDay, hour, minute, everyDays, everyHours, everyWeeks, timeZone, at). */
  schedule: Record<string, unknown>;
  sourceId: string | null;
  /** The user who created it: triggers run as their creator, and a user sees only their own. */
  owner: string;
  /** The document the add-on was used in when the trigger was created (getUserTriggers(document) filters on it). */
  documentId: string | null;
  /** Instant of creation (one-off `after` triggers count from it). */
  createdAt: number;
}

/** How a time-driven run reaches its document: the documentation promises neither an active spreadsheet nor a document lock. */
export interface TriggerContext {
  activeSpreadsheet: boolean;
  documentLock: boolean;
}

export interface SharedState {
  workbook: Workbook;
  properties: Record<Scope, Map<string, string>>;
  caches: Record<Scope, Map<string, CacheEntry>>;
  locks: Record<Scope, LockState>;
  triggers: TriggerModel[];
  clock: Clock;
  activeSheetId: number | null;
  ids: { next: number };
  /** User properties per user email (`properties.user` is the first runtime's user's store). */
  userProperties: Map<string, Map<string, string>>;
  /** The Cloud project the script is attached to (PROJECT-visible developer metadata is tied to it). */
  script: { cloudProject: string };
  /** Executions running now, per user (Google allows 30 at once). */
  running: Map<string, number>;
  /** Time spent in trigger runs per user and UTC day (`user|YYYY-MM-DD`), in ms. */
  triggerTime: Map<string, number>;
  /** The scopes each user granted (granular consent); a user absent here granted every declared scope. */
  grants: Map<string, Set<string>>;
}

export function newSharedState(workbook: Workbook, start: number | null): SharedState {
  const scopes = <T>(make: () => T): Record<Scope, T> => ({ document: make(), script: make(), user: make() });
  return {
    workbook,
    properties: scopes(() => new Map<string, string>()),
    caches: scopes(() => new Map<string, CacheEntry>()),
    locks: scopes((): LockState => ({ holder: null, external: false })),
    triggers: [],
    clock: new Clock(start),
    activeSheetId: workbook.sheets[0]?.id ?? null,
    ids: { next: 1 },
    userProperties: new Map(),
    script: { cloudProject: 'cloud-project-1' },
    running: new Map(),
    triggerTime: new Map(),
    grants: new Map(),
  };
}

export interface RuntimeSettings {
  distDir: string;
  userEmail: string;
  userLocale: string;
  scriptTimeZone: string;
  addonName: string;
  scriptId: string;
  echoLogs: boolean;
  /** Consumer accounts get 90 min of trigger time a day, Workspace accounts 6 h. */
  account: 'consumer' | 'workspace';
  /** An editor add-on (one trigger of each type per user per document, clock triggers at most hourly). */
  addon: boolean;
  /** The manifest's `oauthScopes` (read beside the loaded bundle), or null: scopes detected from the code, all granted. */
  oauthScopes: string[] | null;
}

/** Converts host values into the script realm (so `instanceof Date`/`Array` hold inside the script). */
export interface Realm {
  date(ms: number): Date;
  array<T>(items: T[]): T[];
  /** A copy of `items[start, end)` made in the realm (one allocation; shorter when `items` is). */
  slice<T>(items: readonly T[], start: number, end: number): T[];
}

export interface ServiceContext extends CallGuard {
  readonly state: SharedState;
  readonly runtimeId: string;
  readonly settings: RuntimeSettings;
  readonly ui: UiLog;
  readonly logs: string[];
  readonly counter: CallCounter;
  mode: ExecutionMode;
  /** Set while a trigger's handler runs: what the run can reach. */
  trigger: TriggerContext | null;
  /** Clock instant after which any service call fails with Google's time-limit error (null outside an execution). */
  deadline: number | null;
  realm: Realm;
  wrap<T extends object>(target: T, className: string): T;
  /** Compiles code in the script's global scope (HtmlService scriptlets see the script's functions). */
  evalInScript(code: string): unknown;
}
