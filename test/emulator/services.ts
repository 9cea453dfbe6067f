import { CacheService } from './cache';
import { ChartHiddenDimensionStrategy, ChartMergeStrategy, ChartType, Position } from './charts';
import { ContentService } from './content';
import { FormApp, type FormStore } from './form';
import { type HtmlEnvironment, HtmlService } from './html';
import { type LockRegistry, type LockScope, LockService } from './lock';
import { MailApp, type MailStore } from './mail';
import { PropertiesService, type PropertyStores } from './properties';
import type { Runtime } from './runtime';
import { ScriptApp } from './scriptApp';
import { Logger, Session } from './session';
import type { Spreadsheet } from './spreadsheet';
import { SpreadsheetApp } from './spreadsheetApp';
import type { TriggerStore } from './triggers';
import { Ui, type UiRecorder } from './ui';
import { Utilities } from './utilities';

/**
 * The Apps Script globals the bundle sees, built over one emulator's state. Each is a raw
 * service object here; emulator.ts puts them behind the counting boundary.
 * "In a document" means an editor execution (menu, trigger, sidebar call) or a web-app request
 * to a container-bound script: there Google gives getActiveSpreadsheet() and document
 * properties. Document locks and the document cache are null in any web app (Google's
 * reference: "null if called from a standalone script or web app").
 */
export interface ServiceContext {
  runtime: Runtime;
  active: () => Spreadsheet;
  drive: Map<string, Spreadsheet>;
  createSpreadsheet: (name: string) => Spreadsheet;
  forms: FormStore;
  properties: PropertyStores;
  locks: LockRegistry;
  ui: UiRecorder;
  logs: string[];
  sleeps: number[];
  html: HtmlEnvironment;
  activeUser: string;
  effectiveUser: string;
  scriptTimeZone: () => string;
  scriptId: string;
  webAppUrl: string | null;
  addonName: string;
  now: () => number;
  triggers: TriggerStore;
  mail: MailStore;
}

export function createServices(ctx: ServiceContext): Record<string, object> {
  const { runtime } = ctx;
  const inWebApp = () => runtime.execution.kind === 'webapp';
  const inDocument = () => !inWebApp() || runtime.containerBound;
  const documentId = () => (inDocument() ? ctx.active().getId() : null);
  // Google: getDocumentLock and getDocumentCache return null "from a standalone script or web app".
  const documentScoped = () => (inWebApp() ? null : ctx.active().getId());
  const keyFor = (scope: LockScope) =>
    scope === 'script' ? 'script' : scope === 'user' ? `user:${ctx.activeUser}` : `document:${ctx.active().getId()}`;
  const ui = new Ui(ctx.ui, ctx.addonName);
  return {
    SpreadsheetApp: new SpreadsheetApp({
      active: () => (inDocument() ? ctx.active() : null),
      byId: (id) => ctx.drive.get(id),
      create: ctx.createSpreadsheet,
      ui: () => ui,
      inWebApp,
    }),
    FormApp: new FormApp(ctx.forms),
    Charts: { ChartType, Position, ChartHiddenDimensionStrategy, ChartMergeStrategy },
    PropertiesService: new PropertiesService(ctx.properties, { userEmail: () => ctx.activeUser, documentId }),
    CacheService: new CacheService({ now: ctx.now, userEmail: () => ctx.activeUser, documentId: documentScoped }),
    LockService: new LockService(ctx.locks, keyFor, () => !inWebApp()),
    ContentService: new ContentService(),
    HtmlService: new HtmlService(ctx.html),
    Utilities: new Utilities({
      sleep: (ms) => {
        ctx.sleeps.push(ms);
        runtime.virtualMs += Math.max(0, ms);
      },
    }),
    Session: new Session({
      activeUser: () => ctx.activeUser,
      effectiveUser: () => ctx.effectiveUser,
      get timeZone() {
        return ctx.scriptTimeZone();
      },
      locale: runtime.locale,
    }),
    Logger: new Logger(ctx.logs),
    ScriptApp: new ScriptApp({ scriptId: ctx.scriptId, webAppUrl: ctx.webAppUrl, triggers: ctx.triggers, user: () => ctx.effectiveUser }),
    MailApp: new MailApp(ctx.mail, () => ctx.effectiveUser),
  };
}
