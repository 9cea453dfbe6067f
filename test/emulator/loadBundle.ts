import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vm from 'node:vm';
import type { Emulator } from './emulator';
import { GasError } from './gasError';
import type { AuthModeName, Execution, ExecutionKind } from './runtime';
import { recordingConsole } from './session';

/**
 * Loads the BUILT bundle (dist/apps-script/Code.js) and runs its top-level functions the way
 * Apps Script does:
 *  - every execution starts from a fresh global scope: the script file is evaluated again in a
 *    new node:vm context, so nothing kept in a global survives from one call to the next (as
 *    in Apps Script, where state must live in properties, cache or the sheet), and top-level
 *    code runs under the execution's authorization mode;
 *  - the context has its own JSON, Math, Date, Error; getValues returns Dates of that realm,
 *    and service exceptions arrive as that realm's Error named "Exception";
 *  - the execution's mode comes from options, else from the event (`e.authMode`), else the
 *    emulator's default (FULL); doGet and doPost run as web-app requests;
 *  - locks end with the execution; a run longer than timeoutMs (Google: 6 minutes) stops with
 *    "Exceeded maximum execution time";
 *  - a missing function throws "Script function not found: NAME" (Google's text).
 * appsscript.json beside Code.js supplies timeZone and oauthScopes (enforced unless the
 * emulator was given oauthScopes).
 */
export interface LoadOptions {
  /** Execution time limit in ms (default 360,000 — Google's 6 minutes). */
  timeoutMs?: number;
}

export interface RunOptions {
  authMode?: AuthModeName;
  kind?: ExecutionKind;
}

export interface ExecutionRecord extends Execution {
  durationMs: number;
  /** Service calls made during the execution (top-level code included). */
  calls: number;
}

export interface App {
  /** Calls a top-level function with the given arguments; returns what it returns. */
  call(functionName: string, ...args: unknown[]): unknown;
  run(functionName: string, args: unknown[], options?: RunOptions): unknown;
  /** Runs the function behind a menu item the script added, as a click would (FULL auth). */
  clickMenuItem(caption: string): unknown;
  /** Top-level function declarations in the bundle. */
  functions(): string[];
  has(functionName: string): boolean;
  /** The last execution, for timing and per-call counts. */
  lastExecution: ExecutionRecord | undefined;
  /** The manifest beside Code.js, if any. */
  manifest: Record<string, unknown> | undefined;
}

const AUTH_MODES = new Set(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
const MAX_EXECUTION_MS = 360_000;

export function loadBundle(emulator: Emulator, codeJsPath: string, options: LoadOptions = {}): App {
  const source = readFileSync(codeJsPath, 'utf8');
  const dir = dirname(codeJsPath);
  const script = new vm.Script(source, { filename: codeJsPath });
  const invoke = new vm.Script('globalThis.__emulatorInvoke__()', { filename: 'emulator-invoke.js' });
  const manifestPath = join(dir, 'appsscript.json');
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>) : undefined;
  if (manifest) {
    if (typeof manifest.timeZone === 'string') emulator.runtime.scriptTimeZone = manifest.timeZone;
    if (emulator.scopes === undefined && Array.isArray(manifest.oauthScopes)) emulator.scopes = manifest.oauthScopes as string[];
  }
  emulator.html.bundleDir = dir;
  const declared = [...source.matchAll(/^(?:async\s+)?function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]);
  const timeout = options.timeoutMs ?? MAX_EXECUTION_MS;

  const app: App = {
    lastExecution: undefined,
    manifest,
    functions: () => [...new Set(declared)],
    has: (name) => declared.includes(name),
    call: (name, ...args) => app.run(name, args),
    clickMenuItem: (caption) => {
      const item = emulator.ui.menuItems().find((i) => i.caption === caption);
      if (!item) throw new Error(`No menu item "${caption}" was added to the UI`);
      return app.run(item.functionName, [{ authMode: 'FULL' }], { authMode: 'FULL', kind: 'editor' });
    },
    run: (name, args, runOptions = {}) => {
      const eventMode = (args[0] as { authMode?: unknown } | undefined)?.authMode;
      const authMode =
        runOptions.authMode ??
        (typeof eventMode === 'string' && AUTH_MODES.has(eventMode) ? (eventMode as AuthModeName) : emulator.runtime.defaultAuthMode);
      const kind = runOptions.kind ?? (name === 'doGet' || name === 'doPost' ? 'webapp' : 'editor');
      const started = performance.now();
      const callsBefore = emulator.calls.total;
      const { runtime } = emulator;
      return runtime.run(name, authMode, kind, (execution) => {
        const context = vm.createContext({
          ...emulator.globals,
          console: recordingConsole(emulator.console, emulator.options.echoConsole ?? false),
        });
        if (emulator.options.clock !== undefined) fixClock(context, emulator.now);
        const previous = { Date: runtime.Date, Error: runtime.Error, compile: runtime.compile };
        runtime.Date = vm.runInContext('Date', context) as DateConstructor;
        runtime.Error = vm.runInContext('Error', context) as ErrorConstructor;
        runtime.compile = (src) => vm.runInContext(src, context);
        try {
          script.runInContext(context, { timeout });
          const fn = (context as Record<string, unknown>)[name];
          if (typeof fn !== 'function') throw emulator.boundary.translate(new GasError(`Script function not found: ${name}`));
          (context as Record<string, unknown>).__emulatorInvoke__ = () => (fn as (...a: unknown[]) => unknown)(...args);
          return invoke.runInContext(context, { timeout });
        } catch (error) {
          if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
            throw emulator.boundary.translate(new GasError('Exceeded maximum execution time'));
          }
          throw error;
        } finally {
          emulator.locks.releaseAllOf(execution.id);
          Object.assign(runtime, previous);
          app.lastExecution = { ...execution, durationMs: performance.now() - started, calls: emulator.calls.total - callsBefore };
        }
      });
    },
  };
  return app;
}

/**
 * With a fixed clock, the script realm's Date reads the emulator's clock for "now" (new Date(), Date.now());
 * every other use of Date is untouched, and its instances are still Dates ([object Date]).
 */
function fixClock(context: vm.Context, now: () => number): void {
  (context as Record<string, unknown>).__emulatorNow__ = now;
  vm.runInContext(
    `(() => { const RealDate = globalThis.Date; const now = __emulatorNow__; delete globalThis.__emulatorNow__;
      const FixedDate = class Date extends RealDate { constructor(...a) { if (a.length === 0) super(now()); else super(...a); } static now() { return now(); } };
      globalThis.Date = FixedDate; })();`,
    context,
  );
}
