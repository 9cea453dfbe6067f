/**
 * What one emulator instance knows about the world outside the document: the script realm's
 * Date and Error constructors (set by loadBundle, so getValues hands the bundle Dates that pass
 * its own `instanceof Date`), the script's time zone and locale, the execution now running
 * (its authorization mode and whether it is a web-app request), and a virtual clock that
 * Utilities.sleep and lock waits advance instead of blocking the test.
 */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** 'editor': menus, triggers, sidebar calls. 'webapp': doGet / doPost requests. */
export type ExecutionKind = 'editor' | 'webapp';

export interface Execution {
  id: number;
  functionName: string;
  authMode: AuthModeName;
  kind: ExecutionKind;
}

/** Calls made outside any app.call (a test poking the globals) run as this execution. */
const DIRECT: Execution = { id: 0, functionName: '(direct)', authMode: 'FULL', kind: 'editor' };

export class Runtime {
  Date: DateConstructor = Date;
  Error: ErrorConstructor = Error;
  /** Milliseconds of simulated waiting (sleeps, lock waits) since the emulator started. */
  virtualMs = 0;
  /** Mode of executions whose event names none. */
  defaultAuthMode: AuthModeName = 'FULL';
  /** The manifest's timeZone, when a bundle with appsscript.json is loaded. */
  scriptTimeZone: string | undefined;
  /** Compiles source in the script's realm (set by loadBundle; HtmlService templates use it). */
  compile: ((source: string) => unknown) | undefined;
  private current: Execution = DIRECT;
  private nextId = 1;

  constructor(
    readonly timeZone: string,
    readonly locale: string,
    /** Whether the script is bound to the spreadsheet (container-bound) rather than standalone. */
    readonly containerBound: boolean,
  ) {}

  get execution(): Execution {
    return this.current;
  }

  newDate(ms: number): Date {
    return new this.Date(ms);
  }

  /** Runs `body` as a new execution; returns its result and the execution record. */
  run<T>(functionName: string, authMode: AuthModeName, kind: ExecutionKind, body: (e: Execution) => T): T {
    const previous = this.current;
    const execution: Execution = { id: this.nextId++, functionName, authMode, kind };
    this.current = execution;
    try {
      return body(execution);
    } finally {
      this.current = previous;
    }
  }
}
