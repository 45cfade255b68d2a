// The local LockService: one lock per scope shared by runtimes sharing a document; waiting advances the fake clock.

import type { LockState, Scope, ServiceContext } from './service-context';

type GasLock = GoogleAppsScript.Lock.Lock;

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class Lock implements Pick<GasLock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly lock: LockState,
  ) {}

  /** Takes the lock if free (or already ours); otherwise "waits" by advancing the clock and fails. */
  tryLock(timeoutInMillis: number): boolean {
    if (this.lock.holder === null || this.lock.holder === this.ctx.runtimeId) {
      this.lock.holder = this.ctx.runtimeId;
      return true;
    }
    this.ctx.state.clock.advance(timeoutInMillis);
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }
  releaseLock(): void {
    if (this.lock.holder === this.ctx.runtimeId) {
      this.lock.holder = null;
      this.lock.external = false;
    }
  }
  hasLock(): boolean {
    return this.lock.holder === this.ctx.runtimeId;
  }
}

export class LockServiceImpl
  implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  constructor(private readonly ctx: ServiceContext) {}

  private _lock(scope: Scope): GasLock {
    return this.ctx.wrap(new Lock(this.ctx, this.ctx.state.locks[scope]), 'Lock') as unknown as GasLock;
  }
  /** Null inside a time-driven run whose context has no document lock (RuntimeOptions.triggerContext). */
  getDocumentLock(): GasLock {
    if (this.ctx.trigger && !this.ctx.trigger.documentLock) return null as unknown as GasLock;
    return this._lock('document');
  }
  getScriptLock(): GasLock {
    return this._lock('script');
  }
  getUserLock(): GasLock {
    return this._lock('user');
  }
}
