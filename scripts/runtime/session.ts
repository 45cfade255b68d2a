// The local Session and Logger: the active user, locale and script time zone; logs kept for tests.

import type { ServiceContext } from './service-context';

export class SessionService
  implements Pick<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'>
{
  constructor(private readonly ctx: ServiceContext) {}

  private _user(email: string): GoogleAppsScript.Base.User {
    return this.ctx.wrap({ getEmail: () => email }, 'User') as unknown as GoogleAppsScript.Base.User;
  }
  /** Inside a custom function Google hides the user: the email is ''. */
  getActiveUser(): GoogleAppsScript.Base.User {
    return this._user(this.ctx.mode === 'CUSTOM_FUNCTION' ? '' : this.ctx.settings.userEmail);
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return this._user(this.ctx.settings.userEmail);
  }
  getScriptTimeZone(): string {
    return this.ctx.settings.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    return this.ctx.settings.userLocale;
  }
  getTemporaryActiveUserKey(): string {
    return `temp-key-${this.ctx.settings.userEmail}`;
  }
}

function logText(args: unknown[]): string {
  if (args.length > 1 && typeof args[0] === 'string' && args[0].includes('%')) {
    let i = 1;
    return args[0].replace(/%s|%d/g, () => String(args[i++]));
  }
  return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
}

export class LoggerService implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  constructor(private readonly ctx: ServiceContext) {}

  log(...args: unknown[]): GoogleAppsScript.Base.Logger {
    const text = logText(args);
    this.ctx.logs.push(text);
    if (this.ctx.settings.echoLogs) console.log(text);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }
  getLog(): string {
    return this.ctx.logs.join('\n');
  }
  clear(): void {
    this.ctx.logs.length = 0;
  }
}

/** The script's `console`: lines go to the runtime logs (printed only with echoLogs). */
export function scriptConsole(ctx: ServiceContext): Console {
  const write = (level: string) => (...args: unknown[]) => {
    const text = (level === 'log' ? '' : `[${level}] `) + logText(args);
    ctx.logs.push(text);
    if (ctx.settings.echoLogs) console.log(text);
  };
  return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug') } as unknown as Console;
}
