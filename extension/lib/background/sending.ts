import type { Reply } from '../../messages';
import { buildClip } from '../draft/buildClip';
import type { DraftForm } from '../draft/draftForm';
import type { Outbox } from '../outbox/outbox';
import { type ActionLike, showOutboxBadge } from '../outbox/outboxBadge';
import { QUEUED, SAVED } from '../savedText';
import type { Settings } from '../settings';

export interface SendingDeps {
  outbox: Outbox;
  readSettings: () => Promise<Settings>;
  action: ActionLike;
  fetch: typeof fetch;
  now: () => number;
}

export interface Sending {
  refreshBadge(): Promise<void>;
  /** Sends what is due (or everything waiting, with `force`) and updates the badge. */
  sendDue(force?: boolean): Promise<void>;
  /** What became of a clip: saved once it has left the outbox, queued while waiting, refused with the tracker's reason. */
  statusOf(id: string): Promise<Pick<Reply, 'ok' | 'message' | 'status'>>;
  /** Builds the clip, stores it in the outbox and tries to send it alone; problems come back instead of a clip. */
  enqueueAndSend(form: DraftForm): Promise<Reply>;
  /** A green tick on the toolbar button for two seconds, then the outbox count again. */
  flashSaved(): Promise<void>;
}

/** The outbox side of the background: storing clips, sending them, and the badge that counts those waiting. */
export function createSending(deps: SendingDeps): Sending {
  const { outbox } = deps;
  const refreshBadge = async () => showOutboxBadge(await outbox.entries(), deps.action);
  const sendDue = async (force = false) => {
    await outbox.sendDue(deps.now(), deps.fetch, { force });
    await refreshBadge();
  };
  const statusOf: Sending['statusOf'] = async (id) => {
    const entry = (await outbox.entries()).find((e) => e.clip.id === id);
    if (!entry) return { ok: true, status: 'saved', message: SAVED };
    if (entry.status === 'waiting') return { ok: true, status: 'queued', message: QUEUED };
    return { ok: false, status: 'refused', message: `The tracker refused this clip: ${entry.lastError?.message ?? 'no reason given'}` };
  };
  return {
    refreshBadge,
    sendDue,
    statusOf,
    async enqueueAndSend(form) {
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
    },
    async flashSaved() {
      await deps.action.setBadgeText({ text: '✓' });
      await deps.action.setBadgeBackgroundColor({ color: '#188038' });
      setTimeout(() => void refreshBadge(), 2_000);
    },
  };
}
