// The page's one typed wrapper around google.script.run: promises, a busy counter and readable errors.

import type { SidebarApi } from '../protocol';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

type Api = SidebarApi;
type Name = keyof Api;

let pending = 0;
const listeners: ((busy: boolean) => void)[] = [];

/** Called with true when the first call starts and false when the last one ends. */
export function onBusyChange(fn: (busy: boolean) => void): void {
  listeners.push(fn);
}

function setPending(delta: number): void {
  const before = pending > 0;
  pending += delta;
  const after = pending > 0;
  if (before !== after) for (const fn of listeners) fn(after);
}

function scriptRun(): ScriptRun | null {
  const g = (window as unknown as { google?: { script?: { run?: ScriptRun } } }).google;
  return g?.script?.run ?? null;
}

/** A readable message from whatever the failure handler received (an Error, a string, nothing). */
export function errorText(error: unknown, fallback: string): string {
  if (error && typeof error === 'object' && 'message' in error) {
    const message = String((error as { message: unknown }).message).replace(/^(Exception|Error|UserError):\s*/, '');
    if (message.trim() !== '') return message;
  }
  if (typeof error === 'string' && error.trim() !== '') return error;
  return fallback;
}

/** Calls server function `name` with JSON arguments; rejects with an Error whose message a person can read. */
export function call<K extends Name>(name: K, fallback: string, ...args: Parameters<Api[K]>): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const run = scriptRun();
    if (!run) {
      reject(new Error(fallback));
      return;
    }
    setPending(1);
    const runner = run
      .withSuccessHandler((value) => {
        setPending(-1);
        resolve(value as ReturnType<Api[K]>);
      })
      .withFailureHandler((error) => {
        setPending(-1);
        reject(new Error(errorText(error, fallback)));
      });
    const fn = runner[name];
    if (typeof fn !== 'function') {
      setPending(-1);
      reject(new Error(fallback));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(runner, args);
  });
}
