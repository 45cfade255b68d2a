// The local Apps Script runtime: loads a built bundle into a fresh vm context wired to in-memory services.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import { checkPermission, type ExecutionMode } from './auth-policy';
import { grantScopes, revokeScopes } from './authorization';
import { checkScopes } from './oauth-scopes';
import { CacheServiceImpl } from './cache-service';
import { CallCounter, wrapService } from './call-counter';
import { chartsService } from './spreadsheet-charts';
import { HtmlServiceImpl } from './html-service';
import { LockServiceImpl } from './lock-service';
import { PropertiesServiceImpl } from './properties-service';
import { startExecution, TIME_LIMIT_MESSAGE, timeLimit } from './execution-limits';
import { type RuntimeOptions, settingsFrom } from './runtime-options';
import { nextFiring, runTriggerNow } from './runtime-triggers';
import { AUTH_MODES, EnumValue, ScriptAppService } from './script-app';
import { createScriptRealm, type ScriptRealm } from './script-realm';
import { checkCallable, transferValue } from './script-run';
import { newSharedState, type Scope, type ServiceContext, type SharedState } from './service-context';
import { LoggerService, scriptConsole, SessionService } from './session';
import { MailAppService } from './mail-app';
import { SpreadsheetAppService } from './spreadsheet-app';
import { UiLog } from './ui-log';
import { UtilitiesService } from './utilities';
import { emptyWorkbook, newSheet, type Workbook } from './workbook-model';

type AuthModeName = (typeof AUTH_MODES)[number];

export type { RuntimeOptions } from './runtime-options';

let nextRuntime = 1;

export class Runtime {
  readonly id = `execution-${nextRuntime++}`;
  readonly state: SharedState;
  readonly calls = new CallCounter();
  readonly ui = new UiLog();
  readonly logs: string[] = [];
  private readonly ctx: ServiceContext;
  private realm: ScriptRealm | null = null;
  private depth = 0;
  /** ScriptApp.AuthMode: one object per mode, the same in every event this runtime passes. */
  private readonly authModes = Object.freeze(
    Object.fromEntries(AUTH_MODES.map((m) => [m, new EnumValue(m)])) as Record<AuthModeName, EnumValue>,
  );

  constructor(private readonly options: RuntimeOptions = {}) {
    if (options.shareWith) this.state = options.shareWith.state;
    else {
      const wb = options.workbook ?? emptyWorkbook();
      if (wb.sheets.length === 0) wb.sheets.push(newSheet(wb, 'Sheet1'));
      const start = options.now === undefined ? null : new Date(options.now).getTime();
      this.state = newSharedState(wb, start);
    }
    const wb = this.state.workbook;
    const hostRealm = { date: (ms: number) => new Date(ms), array: <T>(items: T[]) => items, slice: <T>(items: readonly T[], start: number, end: number) => items.slice(start, end) };
    const ctx: ServiceContext = {
      state: this.state,
      runtimeId: this.id,
      settings: settingsFrom(options, wb),
      ui: this.ui,
      logs: this.logs,
      counter: this.calls,
      mode: 'FULL',
      trigger: null,
      deadline: null,
      realm: hostRealm,
      check: (className, method) => {
        if (ctx.deadline !== null && this.state.clock.now() > ctx.deadline) throw new Error(TIME_LIMIT_MESSAGE);
        checkPermission(ctx.mode, className, method);
        checkScopes(ctx.settings.oauthScopes, this.state.grants.get(ctx.settings.userEmail), className, method);
      },
      scriptError: (error) => (this.realm && error instanceof Error ? this.realm.error(error.message) : error),
      wrap: (target, className) => wrapService(target, className, ctx),
      evalInScript: (code) => {
        if (!this.realm) throw new Error('Local runtime: no script loaded');
        return vm.runInContext(code, this.realm.context);
      },
    };
    this.ctx = ctx;
    if (options.grantedScopes) this.state.grants.set(ctx.settings.userEmail, new Set(options.grantedScopes));
  }

  get workbook(): Workbook {
    return this.state.workbook;
  }

  /** Reads a built bundle and runs it in a fresh context (top-level code runs, as on every Apps Script execution). */
  load(codePath = 'dist/Code.js'): this {
    const path = resolve(codePath);
    if (this.options.distDir === undefined) this.ctx.settings.distDir = dirname(path);
    const manifest = resolve(dirname(path), 'appsscript.json');
    if (this.options.oauthScopes === undefined && existsSync(manifest)) {
      const scopes = (JSON.parse(readFileSync(manifest, 'utf8')) as { oauthScopes?: unknown }).oauthScopes;
      this.ctx.settings.oauthScopes = Array.isArray(scopes) ? scopes.map(String) : null;
    }
    return this.loadSource(readFileSync(path, 'utf8'), path);
  }

  /** Runs script source in a fresh context (tests that write a small script inline). */
  loadSource(code: string, filename = 'Code.js'): this {
    const ctx = this.ctx;
    ctx.realm = { date: (ms) => new Date(ms), array: (items) => items, slice: (items, start, end) => items.slice(start, end) };
    const globals: Record<string, unknown> = {
      SpreadsheetApp: ctx.wrap(new SpreadsheetAppService(ctx), 'SpreadsheetApp'),
      PropertiesService: ctx.wrap(new PropertiesServiceImpl(ctx), 'PropertiesService'),
      CacheService: ctx.wrap(new CacheServiceImpl(ctx), 'CacheService'),
      LockService: ctx.wrap(new LockServiceImpl(ctx), 'LockService'),
      HtmlService: ctx.wrap(new HtmlServiceImpl(ctx), 'HtmlService'),
      Utilities: ctx.wrap(new UtilitiesService(ctx), 'Utilities'),
      Session: ctx.wrap(new SessionService(ctx), 'Session'),
      Logger: ctx.wrap(new LoggerService(ctx), 'Logger'),
      ScriptApp: ctx.wrap(new ScriptAppService(ctx, this.authModes), 'ScriptApp'),
      Charts: ctx.wrap(chartsService(), 'Charts'),
      MailApp: ctx.wrap(new MailAppService(ctx), 'MailApp'),
      console: scriptConsole(ctx),
    };
    this.realm = createScriptRealm(globals, () => this.state.clock.now());
    ctx.realm = this.realm;
    if (!this.state.userProperties.has(ctx.settings.userEmail)) {
      const first = this.state.userProperties.size === 0;
      this.state.userProperties.set(ctx.settings.userEmail, first ? this.state.properties.user : new Map());
    }
    vm.runInContext(code, this.realm.context, { filename });
    return this;
  }

  /** Calls a top-level function as a menu item would (full authorization; see scriptRun for google.script.run). */
  call<T = unknown>(name: string, ...args: unknown[]): T {
    return this.callWithAuthMode<T>('FULL', name, ...args);
  }

  /** Calls a top-level function as Sheets runs a custom function: read-only spreadsheet, no UI, no property writes. */
  callCustomFunction<T = unknown>(name: string, ...args: unknown[]): T {
    return this.callWithAuthMode<T>('CUSTOM_FUNCTION', name, ...args);
  }

  /**
   * Calls a top-level function in an authorization mode (`NONE` for an add-on's first onOpen: menus only). An event
   * argument's `authMode` given as a string becomes the ScriptApp.AuthMode enum value, as Google passes it. The call
   * is one execution: it counts toward the user's 30 simultaneous executions, and any service call after its time
   * limit (30 s for custom functions and simple triggers, 6 min otherwise; time on the runtime clock) throws
   * Google's "Exceeded maximum execution time", as does returning after it.
   */
  callWithAuthMode<T = unknown>(mode: ExecutionMode, name: string, ...args: unknown[]): T {
    const realm = this.realm;
    if (!realm) throw new Error('Local runtime: call load() before calling a function');
    const fn = (realm.context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Local runtime: no top-level function ${name} in the loaded script`);
    const previous = { mode: this.ctx.mode, deadline: this.ctx.deadline };
    const top = this.depth === 0;
    const release = top ? startExecution(this.state, this.ctx.settings.userEmail) : () => {};
    const started = this.state.clock.now();
    this.ctx.mode = mode;
    if (top && this.options.timeLimits !== false) this.ctx.deadline = started + timeLimit(mode);
    this.depth += 1;
    try {
      const scriptArgs = args.map(realm.toScript);
      const event = scriptArgs[0] as { authMode?: unknown } | undefined;
      if (event && typeof event === 'object' && typeof event.authMode === 'string' && event.authMode in this.authModes) {
        event.authMode = this.authModes[event.authMode as AuthModeName];
      }
      const result = realm.fromScript((fn as (...a: unknown[]) => unknown)(...scriptArgs)) as T;
      if (top && this.state.clock.now() > (this.ctx.deadline ?? Number.POSITIVE_INFINITY)) throw realm.error(TIME_LIMIT_MESSAGE);
      return result;
    } finally {
      this.ctx.mode = previous.mode;
      this.ctx.deadline = previous.deadline;
      this.depth -= 1;
      release();
      if (this.depth === 0) this.releaseExecutionLocks();
    }
  }

  /**
   * Calls a server function as a page's `google.script.run` does: a name ending with `_` is refused, arguments and
   * the return value cross as JSON-like values (a Date or function fails the request; undefined in an array becomes null).
   */
  scriptRun<T = unknown>(name: string, ...args: unknown[]): T {
    checkCallable(name);
    const sent = args.map((a, i) => transferValue(a, `argument ${i}`));
    return transferValue(this.call(name, ...sent), 'return value') as T;
  }

  /** Runs a recorded trigger's handler now, as Apps Script would when it fires (see fireTrigger to fire it at its time). */
  runTrigger<T = unknown>(triggerId: string): T {
    return runTriggerNow<T>(this, this.ctx, this.options.triggerContext, triggerId);
  }

  /** When a clock trigger fires next after the runtime's now (its schedule in its inTimezone zone, else the script's). */
  nextFireTime(triggerId: string): Date | null {
    return nextFiring(this.ctx, triggerId);
  }

  /** Moves the clock to the trigger's next firing and runs it there. */
  fireTrigger<T = unknown>(triggerId: string): T {
    const at = this.nextFireTime(triggerId);
    if (at === null) throw new Error(`Local runtime: trigger ${triggerId} does not fire again`);
    this.state.clock.advance(at.getTime() - this.state.clock.now());
    return this.runTrigger<T>(triggerId);
  }

  /** The user accepts a consent screen for `scopes` (granular consent: they tick the boxes they had left out). */
  grantScopes(scopes: readonly string[]): void {
    grantScopes(this.ctx, scopes);
  }

  /** The user leaves `scopes` unticked on the granular consent screen (the other scopes of the manifest stay granted). */
  revokeScopes(scopes: readonly string[]): void {
    revokeScopes(this.ctx, scopes);
  }

  /** Counts `count` executions of this user as running elsewhere (a busy teammate's tabs); returns the release. */
  holdExecutions(count: number): () => void {
    return startExecution(this.state, this.ctx.settings.userEmail, count);
  }

  /** Attaches the script to another Cloud project (publishing requires a standard project): PROJECT-visible metadata of the old one is no longer seen. */
  setCloudProject(projectId: string): void {
    this.state.script.cloudProject = projectId;
  }

  /** Reads a global of the loaded script (e.g. the `SalesKpi` namespace). */
  global<T = unknown>(name: string): T {
    if (!this.realm) throw new Error('Local runtime: no script loaded');
    return (this.realm.context as Record<string, unknown>)[name] as T;
  }

  /** Takes a lock from outside any execution (another user busy); returns the release function. */
  holdLock(scope: Scope = 'document'): () => void {
    const lock = this.state.locks[scope];
    if (lock.holder !== null && lock.holder !== this.id) throw new Error(`Local runtime: the ${scope} lock is held by ${lock.holder}`);
    lock.holder = this.id;
    lock.external = true;
    return () => {
      if (lock.holder === this.id) {
        lock.holder = null;
        lock.external = false;
      }
    };
  }

  now(): Date {
    return new Date(this.state.clock.now());
  }

  advanceClock(ms: number): void {
    this.state.clock.advance(ms);
  }

  /** Apps Script releases an execution's locks when it ends. */
  private releaseExecutionLocks(): void {
    for (const lock of Object.values(this.state.locks)) {
      if (lock.holder === this.id && !lock.external) lock.holder = null;
    }
  }
}

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  return new Runtime(options);
}
