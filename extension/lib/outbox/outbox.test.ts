import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../settings';
import { sampleClip } from '../testing/sampleClip';
import { SETTINGS } from '../testing/sampleDraft';
import { createOutbox, RETRY_ALARM } from './outbox';
import { createOutboxStore, outboxItem } from './outboxStore';

const T0 = Date.UTC(2026, 1, 16, 9, 30);
const A = sampleClip({ id: '11111111-1111-4111-8111-111111111111', title: 'A' });
const B = sampleClip({ id: '22222222-2222-4222-8222-222222222222', title: 'B' });

const saved = () => new Response(JSON.stringify({ ok: true, row: 2, duplicate: false }));
const refused = (code: string) => new Response(JSON.stringify({ ok: false, error: { code, message: `${code}!` } }));
const offline = async (): Promise<Response> => {
  throw new TypeError('Failed to fetch');
};

function makeOutbox(settings: Settings = SETTINGS) {
  return createOutbox({
    store: createOutboxStore(),
    settings: async () => settings,
    allowLoopback: false,
    alarms: browser.alarms,
    random: () => 0.5,
  });
}
const sentIds = (fetchFn: ReturnType<typeof vi.fn>) =>
  fetchFn.mock.calls.map((c) => JSON.parse(String((c[1] as RequestInit).body)).clip.id);

describe('outbox', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a clip before sending anything, due at once', async () => {
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    expect(await outbox.entries()).toEqual([{ clip: A, status: 'waiting', attempts: 0, nextAttemptAt: T0 }]);
    expect(await outboxItem.getValue()).toHaveLength(1);
  });

  it('sends due clips oldest first and forgets them once the tracker has them', async () => {
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    await outbox.enqueue(B, T0 + 1);
    const fetchFn = vi.fn<typeof fetch>(async () => saved());
    await outbox.sendDue(T0 + 1, fetchFn);
    expect(sentIds(fetchFn)).toEqual([A.id, B.id]);
    expect(await outbox.entries()).toEqual([]);
    expect(await browser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });

  it('keeps a clip the tracker could not be reached for, and wakes up 30 s, 60 s, 120 s later', async () => {
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    let now = T0;
    for (const delay of [30_000, 60_000, 120_000]) {
      await outbox.sendDue(now, offline);
      const [entry] = await outbox.entries();
      expect(entry).toMatchObject({ status: 'waiting', nextAttemptAt: now + delay, lastError: { code: 'network' } });
      expect((await browser.alarms.get(RETRY_ALARM))?.scheduledTime).toBe(now + delay);
      now += delay;
    }
    expect((await outbox.entries())[0].attempts).toBe(3);
  });

  it('does not send a clip before its retry time, unless asked to send now', async () => {
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    await outbox.sendDue(T0, offline);
    const fetchFn = vi.fn<typeof fetch>(async () => saved());
    await outbox.sendDue(T0 + 29_999, fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    await outbox.sendDue(T0 + 29_999, fetchFn, { force: true });
    expect(sentIds(fetchFn)).toEqual([A.id]);
    expect(await outbox.entries()).toEqual([]);
  });

  it.each(['busy', 'internal'])('retries a clip the tracker answered %s', async (code) => {
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    await outbox.sendDue(T0, async () => refused(code));
    expect(await outbox.entries()).toMatchObject([{ status: 'waiting', attempts: 1, lastError: { code } }]);
  });

  it('holds a refused clip with its reason, never retrying it until the SENCO resends it', async () => {
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    await outbox.sendDue(T0, async () => refused('bad-token'));
    expect(await outbox.entries()).toMatchObject([{ status: 'refused', lastError: { code: 'bad-token', message: 'bad-token!' } }]);
    expect(await browser.alarms.get(RETRY_ALARM)).toBeUndefined();

    const fetchFn = vi.fn<typeof fetch>(async () => saved());
    await outbox.sendDue(T0 + 3_600_000, fetchFn, { force: true });
    expect(fetchFn).not.toHaveBeenCalled();

    await outbox.resend(A.id, T0 + 3_600_000);
    await outbox.sendDue(T0 + 3_600_000, fetchFn);
    expect(sentIds(fetchFn)).toEqual([A.id]);
    expect(await outbox.entries()).toEqual([]);
  });

  it('sends what was waiting after a browser restart (a new outbox over the same storage)', async () => {
    await makeOutbox().enqueue(A, T0);
    await makeOutbox().sendDue(T0, offline);
    const fetchFn = vi.fn<typeof fetch>(async () => saved());
    await makeOutbox().sendDue(T0 + 30_000, fetchFn);
    expect(sentIds(fetchFn)).toEqual([A.id]);
  });

  it('sends each clip once when two sends overlap (an alarm during a save)', async () => {
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    await outbox.enqueue(B, T0);
    const fetchFn = vi.fn<typeof fetch>(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return saved();
    });
    await Promise.all([outbox.sendDue(T0, fetchFn), outbox.sendDue(T0, fetchFn), outbox.sendDue(T0, fetchFn, { force: true })]);
    expect(sentIds(fetchFn).sort()).toEqual([A.id, B.id]);
  });

  it('waits without calling anyone while the tracker URL or token is missing', async () => {
    const outbox = makeOutbox({ ...SETTINGS, token: '' });
    await outbox.enqueue(A, T0);
    const fetchFn = vi.fn<typeof fetch>(async () => saved());
    await outbox.sendDue(T0, fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(await outbox.entries()).toMatchObject([{ status: 'waiting', lastError: { code: 'not-configured' } }]);
  });

  it('replaces a clip enqueued again with the same id instead of adding a second', async () => {
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    await outbox.enqueue({ ...A, title: 'A, edited' }, T0);
    expect((await outbox.entries()).map((e) => e.clip.title)).toEqual(['A, edited']);
  });

  it('keeps a stored entry it cannot read instead of deleting it', async () => {
    await outboxItem.setValue([{ something: 'from a future version' }]);
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    expect(await outboxItem.getValue()).toHaveLength(2);
    expect(await outbox.entries()).toHaveLength(1);
  });

  it('deletes a clip when asked', async () => {
    const outbox = makeOutbox();
    await outbox.enqueue(A, T0);
    await outbox.remove(A.id, T0);
    expect(await outbox.entries()).toEqual([]);
  });
});
