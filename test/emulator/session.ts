import { createHash } from 'node:crypto';

/**
 * Session and Logger. getActiveUser().getEmail() is the emulator's user (Google returns ''
 * when it may not reveal the user — pass user: '' to model an anonymous web-app caller);
 * getScriptTimeZone() is the manifest's zone, Europe/London by default.
 * Logger.log supports Google's "%s" substitution; lines are kept in emulator.logs.
 */
export class User {
  static serviceName = 'User';
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export class Session {
  static serviceName = 'Session';

  constructor(private readonly context: { activeUser(): string; effectiveUser(): string; timeZone: string; locale: string }) {}

  getActiveUser(): User {
    return new User(this.context.activeUser());
  }
  getEffectiveUser(): User {
    return new User(this.context.effectiveUser());
  }
  getScriptTimeZone(): string {
    return this.context.timeZone;
  }
  getActiveUserLocale(): string {
    return this.context.locale;
  }
  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`key:${this.context.activeUser()}`).digest('base64').slice(0, 43);
  }
}

export class Logger {
  static serviceName = 'Logger';

  constructor(private readonly lines: string[]) {}

  log(format: unknown, ...values: unknown[]): Logger {
    let i = 0;
    const text = values.length > 0 && typeof format === 'string' ? format.replace(/%s/g, () => String(values[i++])) : String(format);
    this.lines.push(text);
    return this;
  }

  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines.length = 0;
  }
}

export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  args: unknown[];
}

/** The script's console: records every call, and echoes to the test's console when asked. */
export function recordingConsole(entries: ConsoleEntry[], echo: boolean): Pick<Console, ConsoleEntry['level']> {
  const make =
    (level: ConsoleEntry['level']) =>
    (...args: unknown[]) => {
      entries.push({ level, args });
      if (echo) console[level](...args);
    };
  return { log: make('log'), info: make('info'), warn: make('warn'), error: make('error'), debug: make('debug') };
}
