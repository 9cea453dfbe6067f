import { browser } from 'wxt/browser';
import { allowsLoopback } from '../allowsLoopback';
import { checkTrackerUrl } from '../checkTrackerUrl';
import { buildClip } from '../draft/buildClip';
import { draftFromClip } from '../draft/draftFromClip';
import { draftFromExtract } from '../draft/draftFromExtract';
import { draftItem, type DraftForm } from '../draft/draftForm';
import { extractFromTab, type ExtractResult } from '../extractFromTab';
import { noticeItem } from '../notice';
import { createOutbox, RETRY_ALARM, type Outbox } from '../outbox/outbox';
import { createOutboxStore } from '../outbox/outboxStore';
import { showOutboxBadge, type ActionLike } from '../outbox/outboxBadge';
import { QUEUED, SAVED } from '../savedText';
import { readSettings, type Settings } from '../settings';
import { testConnection, type ConnectionResult } from '../tracker/testConnection';
import { MessageSchema, type Message, type Reply } from '../../messages';

export const MENU_ID = 'clip-selection';
export const QUICK_CLIP = 'quick-clip';


interface TabLike {
  id?: number;
}

export interface ClipperDeps {
  outbox: Outbox;
  readSettings: () => Promise<Settings>;
  draft: { getValue(): Promise<unknown>; setValue(value: DraftForm | null): Promise<void> };
  notice: { setValue(value: string | null): Promise<void> };
  extract: (tabId: number, frameId?: number) => Promise<ExtractResult>;
  /** The tab the toolbar button was clicked on: the active tab of the last focused window. */
  activeTab: () => Promise<TabLike | undefined>;
  /** Opens the popup; falls back to a small window where the browser refuses (no focused window, older Chrome). */
  showPopup: () => Promise<void>;
  contextMenus: { removeAll(): Promise<void>; create(properties: { id: string; title: string; contexts: ['selection', 'page'] }): unknown };
  action: ActionLike;
  testConnection: (url: string) => Promise<ConnectionResult>;
  allowLoopback: () => boolean;
  fetch: typeof fetch;
  now: () => number;
  randomUUID: () => string;
}

export interface Clipper {
  installMenus(): Promise<void>;
  /** The service worker (re)started: show the badge, and send what was waiting (alarms may not survive a restart). */
  start(): Promise<void>;
  onMenuClicked(info: { menuItemId: string | number; frameId?: number }, tab?: TabLike): Promise<void>;
  onCommand(command: string, tab?: TabLike): Promise<void>;
  onAlarm(alarm: { name: string }): Promise<void>;
  /** Parses the message first: anything that is not a Message gets a polite refusal. */
  handle(message: unknown): Promise<Reply>;
}

function actionApi(): ActionLike & { openPopup?: () => Promise<void> } {
  // Firefox's MV2 build has browserAction where MV3 has action.
  return (browser.action ?? (browser as unknown as { browserAction: ActionLike }).browserAction) as ActionLike & { openPopup?: () => Promise<void> };
}

function defaultDeps(): Omit<ClipperDeps, 'outbox'> {
  const fetchFn: typeof fetch = (input, init) => fetch(input, init);
  return {
    readSettings: () => readSettings(),
    draft: draftItem,
    notice: noticeItem,
    extract: (tabId, frameId) => extractFromTab(tabId, frameId),
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
    contextMenus: browser.contextMenus as unknown as ClipperDeps['contextMenus'],
    action: actionApi(),
    testConnection: (url) => testConnection(url, fetchFn),
    allowLoopback: () => allowsLoopback(),
    fetch: fetchFn,
    now: () => Date.now(),
    randomUUID: () => crypto.randomUUID(),
  };
}

/**
 * Everything the background does, behind the listeners that background.ts registers: make drafts from pages,
 * quick-clip, answer the popup and options page, and keep the outbox moving.
 */
export function createClipper(overrides: Partial<ClipperDeps> = {}): Clipper {
  const base = { ...defaultDeps(), ...overrides };
  const outbox =
    overrides.outbox ?? createOutbox({ store: createOutboxStore(), settings: base.readSettings, allowLoopback: base.allowLoopback(), alarms: browser.alarms });
  const deps: ClipperDeps = { ...base, outbox };

  async function refreshBadge() {
    await showOutboxBadge(await outbox.entries(), deps.action);
  }

  async function sendDue(force = false) {
    await outbox.sendDue(deps.now(), deps.fetch, { force });
    await refreshBadge();
  }

  async function statusOf(id: string): Promise<Reply> {
    const entry = (await outbox.entries()).find((e) => e.clip.id === id);
    if (!entry) return { ok: true, status: 'saved', message: SAVED };
    if (entry.status === 'waiting') return { ok: true, status: 'queued', message: QUEUED };
    return { ok: false, status: 'refused', message: `The tracker refused this clip: ${entry.lastError?.message ?? 'no reason given'}` };
  }

  async function draftFromTab(tab: TabLike | undefined, frameId?: number): Promise<ExtractResult & { form?: DraftForm }> {
    if (tab?.id === undefined) return { ok: false, message: 'Open the portal page with the request, then clip again.' };
    const extracted = await deps.extract(tab.id, frameId);
    if (!extracted.ok) return extracted;
    const form = draftFromExtract(extracted.draft, { id: deps.randomUUID(), clippedAt: new Date(deps.now()).toISOString() });
    return { ...extracted, form };
  }

  async function enqueueAndSend(form: DraftForm): Promise<Reply> {
    const built = buildClip(form, await deps.readSettings());
    if (!built.ok) return { ok: false, message: 'Check the clip before saving:', problems: built.problems };
    await outbox.enqueue(built.clip, deps.now());
    await refreshBadge();
    // Save answers for this clip alone; earlier clips still waiting go after, so a backlog never delays the reply.
    await outbox.sendDue(deps.now(), deps.fetch, { only: built.clip.id });
    await refreshBadge();
    const reply = await statusOf(built.clip.id);
    sendDue().catch(() => undefined);
    return reply;
  }

  async function flashSaved() {
    await deps.action.setBadgeText({ text: '✓' });
    await deps.action.setBadgeBackgroundColor({ color: '#188038' });
    setTimeout(() => void refreshBadge(), 2_000);
  }

  async function quickClip(tab: TabLike | undefined) {
    const made = await draftFromTab(tab);
    if (!made.ok || !made.form) {
      await deps.notice.setValue(made.ok ? null : made.message);
      await deps.showPopup();
      return;
    }
    const reply = await enqueueAndSend(made.form);
    if (reply.problems) {
      // It cannot be saved as guessed (no name set, say): hand it to the popup with the reasons.
      await deps.draft.setValue({ ...made.form, problems: reply.problems });
      await deps.showPopup();
    } else if (reply.status === 'saved') {
      await flashSaved();
    }
  }

  async function answer(message: Message): Promise<Reply> {
    switch (message.type) {
      case 'clip-active-tab': {
        const made = await draftFromTab(await deps.activeTab());
        if (!made.ok || !made.form) return { ok: false, message: made.ok ? '' : made.message };
        await deps.draft.setValue(made.form);
        return { ok: true, message: '' };
      }
      case 'save-draft': {
        await deps.draft.setValue(message.draft);
        const reply = await enqueueAndSend(message.draft);
        if (reply.problems) await deps.draft.setValue({ ...message.draft, problems: reply.problems });
        else await deps.draft.setValue(null);
        return reply;
      }
      case 'discard-draft':
        await deps.draft.setValue(null);
        return { ok: true, message: 'Draft discarded.' };
      case 'edit-clip': {
        const entry = (await outbox.entries()).find((e) => e.clip.id === message.id);
        if (!entry) return { ok: false, message: 'That clip is no longer waiting.' };
        await deps.draft.setValue(draftFromClip(entry.clip, entry.lastError ? [entry.lastError.message] : []));
        return { ok: true, message: '' };
      }
      case 'resend-clip':
        await outbox.resend(message.id, deps.now());
        await sendDue();
        return statusOf(message.id);
      case 'delete-clip':
        await outbox.remove(message.id, deps.now());
        await refreshBadge();
        return { ok: true, message: 'Clip deleted.' };
      case 'send-now': {
        await sendDue(true);
        const left = (await outbox.entries()).filter((e) => e.status === 'waiting');
        if (left.length === 0) return { ok: true, message: 'Everything waiting has been sent.' };
        const why = left[0].lastError?.message ?? '';
        return { ok: false, message: `${left.length} ${left.length === 1 ? 'clip is' : 'clips are'} still waiting. ${why}`.trim() };
      }
      case 'test-connection': {
        const url = checkTrackerUrl(message.url, deps.allowLoopback());
        if (!url.ok) return { ok: false, message: url.message };
        return deps.testConnection(url.url);
      }
      case 'settings-changed':
        sendDue(true).catch(() => undefined);
        return { ok: true, message: '' };
    }
  }

  return {
    async installMenus() {
      await deps.contextMenus.removeAll();
      await deps.contextMenus.create({ id: MENU_ID, title: 'Clip to workload tracker', contexts: ['selection', 'page'] });
    },
    async start() {
      await refreshBadge();
      await sendDue();
    },
    async onMenuClicked(info, tab) {
      if (info.menuItemId !== MENU_ID) return;
      const made = await draftFromTab(tab, info.frameId);
      if (made.ok && made.form) await deps.draft.setValue(made.form);
      else await deps.notice.setValue(made.ok ? null : made.message);
      await deps.showPopup();
    },
    async onCommand(command, tab) {
      if (command !== QUICK_CLIP) return;
      await quickClip(tab ?? (await deps.activeTab()));
    },
    async onAlarm(alarm) {
      if (alarm.name === RETRY_ALARM) await sendDue();
    },
    async handle(message) {
      const parsed = MessageSchema.safeParse(message);
      if (!parsed.success) return { ok: false, message: 'SENCO Time did not respond. Close this window and try again; if that fails, restart the browser.' };
      try {
        return await answer(parsed.data);
      } catch (err) {
        // The detail is for whoever looks after the extension; the SENCO gets a sentence and a next step.
        console.error('SENCO Time clipper:', err);
        return { ok: false, message: 'SENCO Time hit a problem and this was not saved. Try again; if it keeps happening, close and reopen the browser.' };
      }
    },
  };
}
