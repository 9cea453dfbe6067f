import type { Clip } from '../../../shared/clip/clipSchema';
import { checkTrackerUrl } from '../checkTrackerUrl';
import type { Settings } from '../settings';
import { postClip, type SendResult } from '../tracker/postClip';
import type { OutboxEntry, OutboxStore } from './outboxStore';
import { retryDelay } from './retryDelay';

export const RETRY_ALARM = 'outbox-retry';

export interface OutboxDeps {
  store: OutboxStore;
  settings: () => Promise<Settings>;
  allowLoopback: boolean;
  alarms: { create(name: string, info: { when: number }): unknown; clear(name: string): Promise<boolean> };
  random?: () => number;
}

export interface Outbox {
  entries(): Promise<OutboxEntry[]>;
  /** Store the clip (replacing one with the same id) as due now. Nothing is sent until sendDue. */
  enqueue(clip: Clip, now: number): Promise<void>;
  /** Send the waiting clips whose time has come (all of them with `force`; only the clip `only` when given), oldest first, one at a time. */
  sendDue(now: number, fetchFn?: typeof fetch, options?: { force?: boolean; only?: string }): Promise<void>;
  /** Make a refused clip waiting again, due now. */
  resend(id: string, now: number): Promise<void>;
  remove(id: string, now: number): Promise<void>;
}

/** Wakes the background when the soonest waiting clip is due (never sooner than a second from now), or not at all. */
async function schedule(alarms: OutboxDeps['alarms'], entries: OutboxEntry[], now: number) {
  const waiting = entries.filter((e) => e.status === 'waiting');
  if (waiting.length === 0) {
    await alarms.clear(RETRY_ALARM);
    return;
  }
  const next = Math.min(...waiting.map((e) => e.nextAttemptAt));
  await alarms.create(RETRY_ALARM, { when: Math.max(next, now + 1_000) });
}

async function sendOne(entry: OutboxEntry, settings: Settings, allowLoopback: boolean, fetchFn: typeof fetch): Promise<SendResult> {
  if (settings.token.trim() === '') {
    return { outcome: 'retry', code: 'not-configured', message: 'Add the tracker’s web-app URL and token in the extension options.' };
  }
  const url = checkTrackerUrl(settings.trackerUrl, allowLoopback);
  if (!url.ok) return { outcome: 'retry', code: 'not-configured', message: url.message };
  return postClip(url.url, settings.token.trim(), entry.clip, fetchFn);
}

/** The entry after a send: gone when saved, refused for the SENCO, or waiting again after a backoff. */
function apply(entry: OutboxEntry, result: SendResult, now: number, random: () => number): OutboxEntry | null {
  if (result.outcome === 'saved') return null;
  const lastError = { code: result.code, message: result.message };
  const attempts = entry.attempts + 1;
  if (result.outcome === 'refused') return { ...entry, status: 'refused', attempts, lastError };
  return { ...entry, status: 'waiting', attempts, nextAttemptAt: now + retryDelay(attempts, random()), lastError };
}

/** Sends the due clips one at a time, oldest first, and schedules the next wake-up. */
async function sendWaiting(deps: OutboxDeps, now: number, fetchFn: typeof fetch, options: { force: boolean; only?: string }) {
  const random = deps.random ?? Math.random;
  const settings = await deps.settings();
  const isDue = (e: OutboxEntry) =>
    e.status === 'waiting' && (options.force || e.nextAttemptAt <= now) && (options.only === undefined || e.clip.id === options.only);
  for (const entry of (await deps.store.read()).filter(isDue)) {
    const result = await sendOne(entry, settings, deps.allowLoopback, fetchFn);
    await deps.store.update((entries) =>
      entries.flatMap((e) => {
        // The SENCO may have edited or deleted the clip while it was in flight: only the same version is updated.
        if (e.clip.id !== entry.clip.id || JSON.stringify(e.clip) !== JSON.stringify(entry.clip)) return [e];
        const next = apply(e, result, now, random);
        return next ? [next] : [];
      }),
    );
  }
  await schedule(deps.alarms, await deps.store.read(), now);
}

/**
 * The persistent outbox: every clip is stored first, then sent. Failures the tracker may get over (offline, busy,
 * HTTP errors) wait with exponential backoff, woken by a browser alarm; refusals wait for the SENCO. The clip id makes
 * a retry of a clip that did arrive harmless: the tracker answers "duplicate" and the entry goes.
 */
export function createOutbox(deps: OutboxDeps): Outbox {
  // Sends run one after another, never two at once, so a clip is never posted twice in parallel.
  let sending: Promise<void> = Promise.resolve();
  const changed = async (entries: OutboxEntry[], now: number) => schedule(deps.alarms, entries, now);
  return {
    entries: () => deps.store.read(),
    async enqueue(clip, now) {
      const entries = await deps.store.update((list) => [
        ...list.filter((e) => e.clip.id !== clip.id),
        { clip, status: 'waiting', attempts: 0, nextAttemptAt: now },
      ]);
      await changed(entries, now);
    },
    sendDue(now, fetchFn = fetch, options = {}) {
      const run = sending.then(() => sendWaiting(deps, now, fetchFn, { force: options.force ?? false, only: options.only }));
      sending = run.catch(() => undefined);
      return run;
    },
    async resend(id, now) {
      const entries = await deps.store.update((list) =>
        list.map((e) => (e.clip.id === id ? { ...e, status: 'waiting' as const, nextAttemptAt: now } : e)),
      );
      await changed(entries, now);
    },
    async remove(id, now) {
      await changed(await deps.store.update((list) => list.filter((e) => e.clip.id !== id)), now);
    },
  };
}
