import { browser } from 'wxt/browser';
import type { Message, Reply } from '../../messages';
import { askBackground } from '../askBackground';
import { type DraftForm, DraftFormSchema, draftItem, readDraft } from '../draft/draftForm';
import { noticeItem } from '../notice';
import { outboxItem, parseOutbox } from '../outbox/outboxStore';
import { type DraftView, setupDraftView } from './draftView';
import { setupOutboxList } from './outboxList';
import { type StatusLine, setupStatusLine } from './status';

interface Watchable<T> {
  getValue(): Promise<unknown>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: unknown) => void): () => void;
}

export interface PopupDeps {
  ask: (message: Message) => Promise<Reply>;
  draft: Watchable<DraftForm | null>;
  outbox: Pick<Watchable<unknown>, 'getValue' | 'watch'>;
  notice: { getValue(): Promise<string | null>; setValue(value: null): Promise<void> };
  openOptions: () => unknown;
}

const defaults = (): PopupDeps => ({
  ask: (m) => askBackground(m),
  draft: draftItem,
  outbox: outboxItem,
  notice: noticeItem,
  openOptions: () => browser.runtime.openOptionsPage(),
});

/** What the popup's buttons do: load or make a draft, clip the page again, save through the background. */
function popupActions(deps: PopupDeps, view: DraftView, status: StatusLine, saveButton: HTMLButtonElement) {
  async function loadDraft(makeIfNone = false) {
    let draft = await readDraft(deps.draft);
    let emptyText: string | undefined;
    if (!draft && makeIfNone) {
      const reply = await deps.ask({ type: 'clip-active-tab' });
      if (!reply.ok) emptyText = reply.message;
      draft = await readDraft(deps.draft);
    }
    view.render(draft, emptyText);
  }
  async function clipPage() {
    status.say('');
    const reply = await deps.ask({ type: 'clip-active-tab' });
    if (!reply.ok) status.say(reply.message, 'bad');
    await loadDraft();
  }
  async function save() {
    const draft = view.read();
    if (!draft) return;
    saveButton.disabled = true;
    status.say('Saving…');
    const reply = await deps.ask({ type: 'save-draft', draft });
    saveButton.disabled = false;
    if (reply.problems) {
      view.showProblems(reply.problems);
      return status.say('');
    }
    status.sayReply(reply);
    if (reply.ok) view.render(null, 'Clip another request: select it on the portal page, then clip it.');
  }
  return { loadDraft, clipPage, save };
}

/**
 * The popup's wiring: the draft form (draftView.ts) and the outbox list (outboxList.ts) under one status line.
 * Shows the current draft (or makes one from the active tab), saves through the background, and lists clips
 * not yet in the tracker.
 */
export async function mountPopup(doc: Document, overrides: Partial<PopupDeps> = {}): Promise<void> {
  const deps = { ...defaults(), ...overrides };
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const status = setupStatusLine($('result'));
  const view = setupDraftView(doc.body, (draft) => deps.draft.setValue(draft));

  const { loadDraft, clipPage, save } = popupActions(deps, view, status, $<HTMLButtonElement>('save'));
  const outbox = setupOutboxList($('outbox'), { ask: deps.ask, onReply: status.sayReply, onEdit: () => void loadDraft() });

  $('draft').addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  $('discard').addEventListener('click', async () => {
    await deps.ask({ type: 'discard-draft' });
    status.say('');
    view.render(null);
  });
  for (const id of ['clipAgain', 'clipPage']) $(id).addEventListener('click', () => void clipPage());
  $('sendNow').addEventListener('click', async () => {
    status.say('Sending…');
    status.sayReply(await deps.ask({ type: 'send-now' }));
  });
  $('openOptions').addEventListener('click', (event) => {
    event.preventDefault();
    deps.openOptions();
  });

  deps.outbox.watch((value) => outbox.render(parseOutbox(value)));
  // A new clip made while the popup is open (context menu, edit) replaces the form; the popup's own writes do not.
  // The watcher is handed the new value: no second read of storage on every keystroke.
  deps.draft.watch((value) => {
    const parsed = DraftFormSchema.safeParse(value);
    const stored = parsed.success ? parsed.data : null;
    if (stored?.id !== view.current()?.id) view.render(stored);
  });

  const notice = await deps.notice.getValue();
  if (notice) {
    $('notice').textContent = notice;
    $('notice').hidden = false;
    await deps.notice.setValue(null);
  }
  outbox.render(parseOutbox(await deps.outbox.getValue()));
  await loadDraft(!notice);
}
