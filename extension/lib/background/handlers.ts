import type { Handlers } from '../../messages';
import { checkTrackerUrl } from '../checkTrackerUrl';
import { draftItem } from '../draft/draftForm';
import { draftFromClip } from '../draft/draftFromClip';
import type { Outbox } from '../outbox/outbox';
import type { ConnectionResult } from '../tracker/testConnection';
import { type DraftingDeps, draftFromTab, type TabLike } from './drafting';
import type { Sending } from './sending';

export interface HandlerDeps extends DraftingDeps {
  outbox: Outbox;
  sending: Sending;
  activeTab: () => Promise<TabLike | undefined>;
  testConnection: (url: string, token?: string) => Promise<ConnectionResult>;
  allowLoopback: () => boolean;
}

/** What the background answers to each message from the popup and the options page. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { outbox, sending } = deps;
  return {
    async 'clip-active-tab'() {
      const made = await draftFromTab(deps, await deps.activeTab());
      if (!made.ok) return made;
      await draftItem.setValue(made.form);
      return { ok: true, message: '' };
    },
    async 'save-draft'({ draft }) {
      await draftItem.setValue(draft);
      const reply = await sending.enqueueAndSend(draft);
      await draftItem.setValue(reply.problems ? { ...draft, problems: reply.problems } : null);
      return reply;
    },
    async 'discard-draft'() {
      await draftItem.setValue(null);
      return { ok: true, message: 'Draft discarded.' };
    },
    async 'edit-clip'({ id }) {
      const entry = (await outbox.entries()).find((e) => e.clip.id === id);
      if (!entry) return { ok: false, message: 'That clip is no longer waiting.' };
      await draftItem.setValue(draftFromClip(entry.clip, entry.lastError ? [{ message: entry.lastError.message }] : []));
      return { ok: true, message: '' };
    },
    async 'resend-clip'({ id }) {
      await outbox.resend(id, deps.now());
      await sending.sendDue();
      return sending.statusOf(id);
    },
    async 'delete-clip'({ id }) {
      await outbox.remove(id, deps.now());
      await sending.refreshBadge();
      return { ok: true, message: 'Clip deleted.' };
    },
    async 'send-now'() {
      await sending.sendDue(true);
      const left = (await outbox.entries()).filter((e) => e.status === 'waiting');
      if (left.length === 0) return { ok: true, message: 'Everything waiting has been sent.' };
      const why = left[0].lastError?.message ?? '';
      return { ok: false, message: `${left.length} ${left.length === 1 ? 'clip is' : 'clips are'} still waiting. ${why}`.trim() };
    },
    async 'test-connection'({ url, token }) {
      const checked = checkTrackerUrl(url, deps.allowLoopback());
      return checked.ok ? deps.testConnection(checked.url, token) : { ok: false, message: checked.message };
    },
    async 'settings-changed'() {
      sending.sendDue(true).catch(() => undefined);
      return { ok: true, message: '' };
    },
  };
}
