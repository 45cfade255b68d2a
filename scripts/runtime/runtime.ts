// The local Apps Script runtime: loads a built bundle into a fresh vm context wired to in-memory services.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import vm from 'node:vm';
import { checkPermission, type ExecutionMode } from './auth-policy';
import { CacheServiceImpl } from './cache-service';
import { CallCounter, wrapService } from './call-counter';
import { chartsService } from './spreadsheet-charts';
import { HtmlServiceImpl } from './html-service';
import { LockServiceImpl } from './lock-service';
import { PropertiesServiceImpl } from './properties-service';
import { ScriptAppService } from './script-app';
import { createScriptRealm, type ScriptRealm } from './script-realm';
import { newSharedState, type Scope, type ServiceContext, type SharedState } from './service-context';
import { LoggerService, scriptConsole, SessionService } from './session';
import { SpreadsheetAppService } from './spreadsheet-app';
import { UiLog } from './ui-log';
import { UtilitiesService } from './utilities';
import { emptyWorkbook, newSheet, type Workbook } from './workbook-model';

export interface RuntimeOptions {
  /** The document; default an empty workbook with one sheet (fr_FR, Europe/Paris). Ignored with shareWith. */
  workbook?: Workbook;
  /** Share workbook, properties, caches, locks, triggers and clock with another runtime (a second execution). */
  shareWith?: Runtime;
  /** Folder of the HTML files for HtmlService; default the folder of the loaded bundle. */
  distDir?: string;
  userEmail?: string;
  /** Session.getActiveUserLocale(); default the language of the workbook locale (`fr`). */
  userLocale?: string;
  /** Session.getScriptTimeZone(); default the workbook time zone. */
  scriptTimeZone?: string;
  /** Freeze the clock at this instant (new Date() in the script, cache expiry, sleep); default real time. */
  now?: Date | number;
  /** Title of the add-on menu (Ui.createAddonMenu). */
  addonName?: string;
  /** Print Logger.log/console output of the script to the host console. */
  echoLogs?: boolean;
}

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

  constructor(private readonly options: RuntimeOptions = {}) {
    if (options.shareWith) this.state = options.shareWith.state;
    else {
      const wb = options.workbook ?? emptyWorkbook();
      if (wb.sheets.length === 0) wb.sheets.push(newSheet(wb, 'Sheet1'));
      const start = options.now === undefined ? null : new Date(options.now).getTime();
      this.state = newSharedState(wb, start);
    }
    const wb = this.state.workbook;
    const hostRealm = { date: (ms: number) => new Date(ms), array: <T>(items: T[]) => items };
    const ctx: ServiceContext = {
      state: this.state,
      runtimeId: this.id,
      settings: {
        distDir: options.distDir ?? 'dist',
        userEmail: options.userEmail ?? 'user@example.com',
        userLocale: options.userLocale ?? wb.locale.split('_')[0],
        scriptTimeZone: options.scriptTimeZone ?? wb.timeZone,
        addonName: options.addonName ?? 'Sales KPI',
        scriptId: 'local-script',
        echoLogs: options.echoLogs ?? false,
      },
      ui: this.ui,
      logs: this.logs,
      counter: this.calls,
      mode: 'FULL',
      realm: hostRealm,
      check: (className, method) => checkPermission(ctx.mode, className, method),
      scriptError: (error) => (this.realm && error instanceof Error ? this.realm.error(error.message) : error),
      wrap: (target, className) => wrapService(target, className, ctx),
      evalInScript: (code) => {
        if (!this.realm) throw new Error('Local runtime: no script loaded');
        return vm.runInContext(code, this.realm.context);
      },
    };
    this.ctx = ctx;
  }

  get workbook(): Workbook {
    return this.state.workbook;
  }

  /** Reads a built bundle and runs it in a fresh context (top-level code runs, as on every Apps Script execution). */
  load(codePath = 'dist/Code.js'): this {
    const path = resolve(codePath);
    if (this.options.distDir === undefined) this.ctx.settings.distDir = dirname(path);
    return this.loadSource(readFileSync(path, 'utf8'), path);
  }

  /** Runs script source in a fresh context (tests that write a small script inline). */
  loadSource(code: string, filename = 'Code.js'): this {
    const ctx = this.ctx;
    ctx.realm = { date: (ms) => new Date(ms), array: (items) => items };
    const globals: Record<string, unknown> = {
      SpreadsheetApp: ctx.wrap(new SpreadsheetAppService(ctx), 'SpreadsheetApp'),
      PropertiesService: ctx.wrap(new PropertiesServiceImpl(ctx), 'PropertiesService'),
      CacheService: ctx.wrap(new CacheServiceImpl(ctx), 'CacheService'),
      LockService: ctx.wrap(new LockServiceImpl(ctx), 'LockService'),
      HtmlService: ctx.wrap(new HtmlServiceImpl(ctx), 'HtmlService'),
      Utilities: ctx.wrap(new UtilitiesService(ctx), 'Utilities'),
      Session: ctx.wrap(new SessionService(ctx), 'Session'),
      Logger: ctx.wrap(new LoggerService(ctx), 'Logger'),
      ScriptApp: ctx.wrap(new ScriptAppService(ctx), 'ScriptApp'),
      Charts: ctx.wrap(chartsService(), 'Charts'),
      console: scriptConsole(ctx),
    };
    this.realm = createScriptRealm(globals, () => this.state.clock.now());
    ctx.realm = this.realm;
    vm.runInContext(code, this.realm.context, { filename });
    return this;
  }

  /** Calls a top-level function as a menu item or google.script.run would (full authorization). */
  call<T = unknown>(name: string, ...args: unknown[]): T {
    return this.callWithAuthMode<T>('FULL', name, ...args);
  }

  /** Calls a top-level function as Sheets runs a custom function: read-only spreadsheet, no UI, no property writes. */
  callCustomFunction<T = unknown>(name: string, ...args: unknown[]): T {
    return this.callWithAuthMode<T>('CUSTOM_FUNCTION', name, ...args);
  }

  /** Calls a top-level function in an authorization mode (`NONE` for an add-on's first onOpen: menus only). */
  callWithAuthMode<T = unknown>(mode: ExecutionMode, name: string, ...args: unknown[]): T {
    const realm = this.realm;
    if (!realm) throw new Error('Local runtime: call load() before calling a function');
    const fn = (realm.context as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Local runtime: no top-level function ${name} in the loaded script`);
    const previous = this.ctx.mode;
    this.ctx.mode = mode;
    this.depth += 1;
    try {
      return realm.fromScript((fn as (...a: unknown[]) => unknown)(...args.map(realm.toScript))) as T;
    } finally {
      this.ctx.mode = previous;
      this.depth -= 1;
      if (this.depth === 0) this.releaseExecutionLocks();
    }
  }

  /** Runs a recorded trigger's handler as Apps Script would when it fires (full authorization, a trigger event). */
  runTrigger<T = unknown>(triggerId: string): T {
    const trigger = this.state.triggers.find((t) => t.id === triggerId);
    if (!trigger) throw new Error(`Local runtime: no trigger ${triggerId}`);
    return this.call<T>(trigger.handlerFunction, { authMode: 'FULL', triggerUid: triggerId });
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
