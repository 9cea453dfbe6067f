import { browser } from 'wxt/browser';
import { type Handlers, type Message, MessageSchema, type Reply } from '../../messages';
import { allowsLoopback } from '../allowsLoopback';
import { draftItem } from '../draft/draftForm';
import { extractFromTab } from '../extractFromTab';
import { noticeItem } from '../notice';
import { createOutbox, type Outbox, RETRY_ALARM } from '../outbox/outbox';
import type { ActionLike } from '../outbox/outboxBadge';
import { createOutboxStore } from '../outbox/outboxStore';
import { NO_RESPONSE } from '../savedText';
import { readSettings, type Settings } from '../settings';
import { type ConnectionResult, testConnection } from '../tracker/testConnection';
import { draftFromTab, type TabLike } from './drafting';
import { createHandlers } from './handlers';
import { createSending, type Sending } from './sending';

export const MENU_ID = 'clip-selection';
export const QUICK_CLIP = 'quick-clip';

/** The browser and the clock, as the background uses them; tests replace them with fakes. */
export interface ClipperDeps {
  outbox: Outbox;
  readSettings: () => Promise<Settings>;
  extract: typeof extractFromTab;
  /** The tab the toolbar button was clicked on: the active tab of the last focused window. */
  activeTab: () => Promise<TabLike | undefined>;
  /** Opens the popup; falls back to a small window where the browser refuses (no focused window, older Chrome). */
  showPopup: () => Promise<void>;
  contextMenus: Pick<typeof browser.contextMenus, 'removeAll' | 'create'>;
  action: ActionLike;
  testConnection: (url: string, token?: string) => Promise<ConnectionResult>;
  allowLoopback: () => boolean;
  fetch: typeof fetch;
  now: () => number;
  randomUUID: () => string;
}

export interface Clipper {
  installMenus(): Promise<void>;
  /** The browser started or the extension was installed: show the badge and send what was waiting. */
  start(): Promise<void>;
  onMenuClicked(info: { menuItemId: string | number; frameId?: number }, tab?: TabLike): Promise<void>;
  onCommand(command: string, tab?: TabLike): Promise<void>;
  onAlarm(alarm: { name: string }): Promise<void>;
  /** Parses the message first: anything that is not a Message gets a polite refusal. */
  handle(message: unknown): Promise<Reply>;
}

/** Firefox's MV2 build has browserAction where MV3 has action. */
const actionApi = () => browser.action ?? browser.browserAction;

function defaultDeps(): Omit<ClipperDeps, 'outbox'> {
  const fetchFn: typeof fetch = (input, init) => fetch(input, init);
  return {
    readSettings: () => readSettings(),
    extract: extractFromTab,
    async activeTab() {
      // The last focused normal window: when the popup was opened as a window of its own, not that one.
      const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
      return window.id === undefined ? undefined : (await browser.tabs.query({ active: true, windowId: window.id }))[0];
    },
    async showPopup() {
      try {
        await actionApi().openPopup?.();
        return;
      } catch {
        // Refused: no focused window, or a browser that only opens the popup from the toolbar.
      }
      await browser.windows.create({ url: '/popup.html', type: 'popup', width: 420, height: 680 });
    },
    contextMenus: browser.contextMenus,
    action: actionApi(),
    testConnection: (url, token) => testConnection(url, fetchFn, token),
    allowLoopback: () => allowsLoopback(),
    fetch: fetchFn,
    now: () => Date.now(),
    randomUUID: () => crypto.randomUUID(),
  };
}

function dispatch(handlers: Handlers, message: Message): Promise<Reply> {
  // TypeScript cannot tie a union's tag to the map's key; Handlers' type already gives each type its own handler.
  const handler = handlers[message.type] as (message: Message) => Promise<Reply>;
  return handler(message);
}

/** Quick clip: save the best guesses at once; the popup opens only when the clip needs the SENCO. */
async function quickClip(deps: ClipperDeps, sending: Sending, tab: TabLike | undefined) {
  const made = await draftFromTab(deps, tab);
  if (!made.ok) {
    await noticeItem.setValue(made.message);
    return deps.showPopup();
  }
  const reply = await sending.enqueueAndSend(made.form);
  if (reply.problems) {
    // It cannot be saved as guessed (no name set, say): hand it to the popup with the reasons.
    await draftItem.setValue({ ...made.form, problems: reply.problems });
    await deps.showPopup();
  } else if (reply.status === 'saved') {
    await sending.flashSaved();
  }
}

/**
 * The background's wiring: drafting from tabs (drafting.ts), the outbox and badge (sending.ts) and the answer to
 * each message (handlers.ts), behind the listeners that background.ts registers.
 */
export function createClipper(overrides: Partial<ClipperDeps> = {}): Clipper {
  const base = { ...defaultDeps(), ...overrides };
  const outbox =
    overrides.outbox ??
    createOutbox({ store: createOutboxStore(), settings: base.readSettings, allowLoopback: base.allowLoopback(), alarms: browser.alarms });
  const deps: ClipperDeps = { ...base, outbox };
  const sending = createSending(deps);
  const handlers = createHandlers({ ...deps, sending });

  return {
    async installMenus() {
      await deps.contextMenus.removeAll();
      deps.contextMenus.create({ id: MENU_ID, title: 'Clip to workload tracker', contexts: ['selection', 'page'] });
    },
    async start() {
      await sending.refreshBadge();
      await sending.sendDue();
    },
    async onMenuClicked(info, tab) {
      if (info.menuItemId !== MENU_ID) return;
      const made = await draftFromTab(deps, tab, info.frameId);
      if (made.ok) await draftItem.setValue(made.form);
      else await noticeItem.setValue(made.message);
      await deps.showPopup();
    },
    async onCommand(command, tab) {
      if (command !== QUICK_CLIP) return;
      await quickClip(deps, sending, tab ?? (await deps.activeTab()));
    },
    async onAlarm(alarm) {
      if (alarm.name === RETRY_ALARM) await sending.sendDue();
    },
    async handle(message) {
      const parsed = MessageSchema.safeParse(message);
      if (!parsed.success) return { ok: false, message: NO_RESPONSE };
      try {
        return await dispatch(handlers, parsed.data);
      } catch (err) {
        // The detail is for whoever looks after the extension; the SENCO gets a sentence and a next step.
        console.error('SENCO Time clipper:', err);
        return {
          ok: false,
          message: 'SENCO Time hit a problem and this was not saved. Try again; if it keeps happening, close and reopen the browser.',
        };
      }
    },
  };
}
