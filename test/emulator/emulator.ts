import * as vm from 'node:vm';
import { authorize } from './authorization';
import { Boundary } from './boundary';
import { CallCounter } from './callCounter';
import { type Form, FormStore } from './form';
import type { HtmlEnvironment } from './html';
import { LockRegistry, type LockScope } from './lock';
import { CONSUMER_DAILY_RECIPIENTS, MailStore } from './mail';
import { createPropertyStores, type PropertyStores } from './properties';
import { type AuthModeName, Runtime } from './runtime';
import { createServices } from './services';
import type { ConsoleEntry } from './session';
import { type GridBounds, type SheetSeed, Spreadsheet } from './spreadsheet';
import { TriggerStore } from './triggers';
import { UiRecorder } from './ui';

/**
 * One emulated Apps Script world: a spreadsheet (plus any the script creates), the services,
 * and the records tests assert on. Script-facing services are in `globals` (behind the
 * counting boundary); `spreadsheet` is the raw document for setting up and inspecting without
 * touching the counts.
 */
export interface EmulatorOptions {
  spreadsheet?: { id?: string; name?: string; sheets?: SheetSeed[] };
  /** Default authorization mode of executions whose event carries none (FULL). */
  authMode?: AuthModeName;
  /** Active user's email ('' models a caller Google will not name). */
  user?: string;
  /** The user the script runs as (defaults to `user`). */
  effectiveUser?: string;
  /** Spreadsheet and script time zone (Europe/London). */
  timeZone?: string;
  /** Spreadsheet locale: en_GB (day/month) or en_US (month/day). */
  locale?: string;
  /** 'strict' (Google): getRange past the grid throws. 'grow': writes extend the grid. */
  gridBounds?: GridBounds;
  /**
   * Whether a cell formatted '@' keeps a written "=…" as text (true, as widely reported but not confirmed).
   * false makes it a formula there too, for tests that must hold without that guard.
   */
  plainTextKeepsFormulas?: boolean;
  /** Whether the script is bound to the spreadsheet (true) or standalone (false). */
  containerBound?: boolean;
  /** Scopes to enforce; loadBundle takes them from appsscript.json when this is unset. */
  oauthScopes?: string[];
  webAppUrl?: string;
  scriptId?: string;
  /** Name under Extensions for createAddonMenu(). */
  addonName?: string;
  /** Echo the script's console to the test's console. */
  echoConsole?: boolean;
  /**
   * A fixed start for the clock the script sees (`new Date()`, `Date.now()`), as an instant; the virtual clock
   * (advanceTime, sleeps) moves on from it. Unset: the real time.
   */
  clock?: Date | number;
  /** E-mail recipients a day (100: a consumer account; 1,500: Google Workspace). */
  mailDailyLimit?: number;
}

export interface Emulator {
  globals: Record<string, object>;
  spreadsheet: Spreadsheet;
  /** Every spreadsheet openById can reach, by id. */
  drive: Map<string, Spreadsheet>;
  /** Every form FormApp created, by id (raw: `.spec` to inspect, submitResponse to answer). */
  forms: Map<string, Form>;
  calls: CallCounter;
  ui: UiRecorder;
  /** Logger.log lines. */
  logs: string[];
  console: ConsoleEntry[];
  properties: PropertyStores;
  /** The shared locks; `locks.hold(scope, { releaseAfterMs })` simulates another execution. */
  locks: LockRegistry;
  /** Utilities.sleep durations, in call order. */
  sleeps: number[];
  runtime: Runtime;
  boundary: Boundary;
  options: EmulatorOptions;
  /** Scopes being enforced (undefined = none). */
  scopes: string[] | undefined;
  html: { bundleDir: string | undefined };
  /** Wall-clock ms plus the virtual time sleeps and lock waits added. */
  now(): number;
  /** Moves the virtual clock on (cache expiry, simulated lock holders). */
  advanceTime(ms: number): void;
  /** Installable triggers of every user (`.all`); fire them with fireTriggers. */
  triggers: TriggerStore;
  /** MailApp's record: `sent` e-mails, and each user's daily quota. */
  mail: MailStore;
}

let spreadsheetCounter = 0;

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const timeZone = options.timeZone ?? 'Europe/London';
  const runtime = new Runtime(timeZone, options.locale ?? 'en_GB', options.containerBound ?? true);
  const plainTextKeepsFormulas = options.plainTextKeepsFormulas ?? true;
  const environment = () => ({ timeZone, locale: runtime.locale, newDate: (ms: number) => runtime.newDate(ms), plainTextKeepsFormulas });
  const gridBounds = options.gridBounds ?? 'strict';
  const drive = new Map<string, Spreadsheet>();
  const make = (name: string, seeds: SheetSeed[], id?: string) => {
    const s = new Spreadsheet(
      id ?? `1EmUlAtEd${String(++spreadsheetCounter).padStart(6, '0')}SpreadsheetId`,
      name,
      environment,
      gridBounds,
      seeds,
    );
    drive.set(s.getId(), s);
    return s;
  };
  const spreadsheet = make(options.spreadsheet?.name ?? 'Untitled spreadsheet', options.spreadsheet?.sheets ?? [], options.spreadsheet?.id);
  const calls = new CallCounter();
  const activeUser = options.user ?? 'senco@example.org';
  const html = { bundleDir: undefined as string | undefined };
  const emulator = {} as Emulator;
  const htmlEnv: HtmlEnvironment = {
    bundleDir: () => html.bundleDir,
    compile: (source) => (runtime.compile ? runtime.compile(source) : vm.runInThisContext(source)),
  };
  const keyFor = (scope: LockScope) =>
    scope === 'script' ? 'script' : scope === 'user' ? `user:${activeUser}` : `document:${spreadsheet.getId()}`;
  const locks = new LockRegistry(runtime, keyFor);
  const ui = new UiRecorder();
  const logs: string[] = [];
  const sleeps: number[] = [];
  const properties = createPropertyStores();
  const clockStart = options.clock === undefined ? undefined : Number(options.clock);
  const now = () => (clockStart ?? Date.now()) + runtime.virtualMs;
  const formStore = new FormStore((id) => drive.get(id), now);
  const triggers = new TriggerStore(now);
  const mail = new MailStore(options.mailDailyLimit ?? CONSUMER_DAILY_RECIPIENTS, now);
  const boundary = new Boundary(calls, {
    guard: (method) => authorize(method, runtime.execution.authMode, emulator.scopes),
    errorConstructor: () => runtime.Error,
  });
  const raw = createServices({
    runtime,
    active: () => spreadsheet,
    drive,
    createSpreadsheet: (name) => make(name, []),
    forms: formStore,
    properties,
    locks,
    ui,
    logs,
    sleeps,
    html: htmlEnv,
    activeUser,
    effectiveUser: options.effectiveUser ?? activeUser,
    scriptTimeZone: () => runtime.scriptTimeZone ?? timeZone,
    scriptId: options.scriptId ?? '1EmUlAtEdScRiPtId',
    webAppUrl: options.webAppUrl ?? 'https://script.google.com/macros/s/AKfycbEmulatedDeployment/exec',
    addonName: options.addonName ?? 'SENCO Time',
    now,
    triggers,
    mail,
  });
  const globals: Record<string, object> = {};
  for (const [name, service] of Object.entries(raw)) globals[name] = boundary.expose(service);
  Object.assign(emulator, {
    globals,
    spreadsheet,
    drive,
    forms: formStore.forms,
    calls,
    ui,
    logs,
    console: [],
    properties,
    locks,
    sleeps,
    runtime,
    boundary,
    options,
    scopes: options.oauthScopes,
    html,
    now,
    triggers,
    mail,
    advanceTime: (ms: number) => {
      runtime.virtualMs += ms;
    },
  });
  if (options.authMode) runtime.defaultAuthMode = options.authMode;
  return emulator;
}
