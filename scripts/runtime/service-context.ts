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
}

/** Converts host values into the script realm (so `instanceof Date`/`Array` hold inside the script). */
export interface Realm {
  date(ms: number): Date;
  array<T>(items: T[]): T[];
}

export interface ServiceContext extends CallGuard {
  readonly state: SharedState;
  readonly runtimeId: string;
  readonly settings: RuntimeSettings;
  readonly ui: UiLog;
  readonly logs: string[];
  readonly counter: CallCounter;
  mode: ExecutionMode;
  realm: Realm;
  wrap<T extends object>(target: T, className: string): T;
  /** Compiles code in the script's global scope (HtmlService scriptlets see the script's functions). */
  evalInScript(code: string): unknown;
}
