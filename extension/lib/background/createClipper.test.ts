import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_MINUTES } from '../../../shared/tracker/trackerLayout';
import type { ExtractedDraft } from '../../messages';
import { draftItem, readDraft } from '../draft/draftForm';
import type { ExtractResult } from '../extractFromTab';
import { noticeItem } from '../notice';
import { createOutbox, RETRY_ALARM } from '../outbox/outbox';
import { createOutboxStore } from '../outbox/outboxStore';
import { QUEUED, SAVED } from '../savedText';
import type { Settings } from '../settings';
import { SETTINGS, sampleDraft } from '../testing/sampleDraft';
import { type ClipperDeps, createClipper, MENU_ID, QUICK_CLIP } from './createClipper';

const NOW = Date.UTC(2026, 1, 16, 9, 30);
const ID = '33333333-3333-4333-8333-333333333333';
const EXTRACTED: ExtractedDraft = {
  title: 'Advice request: J.S.',
  taskType: 'advice',
  pupil: 'J.S.',
  dueDate: '2026-03-12',
  dueBasis: '6 weeks from the request (reg 8)',
  details: 'Please provide advice for J.S. by 12/03/2026. DOB [date of birth removed]',
  sourceUrl: 'https://portal.example/case/1',
  redactions: [{ kind: 'date-of-birth', count: 1 }],
};

const ok = () => new Response(JSON.stringify({ ok: true, row: 2, duplicate: false }));
const refusal = (code: string, message: string) => new Response(JSON.stringify({ ok: false, error: { code, message } }));
const offline = async (): Promise<Response> => {
  throw new TypeError('Failed to fetch');
};

function setup(options: { settings?: Settings; fetch?: typeof fetch; extract?: ExtractResult; clock?: { now: number } } = {}) {
  const clock = options.clock ?? { now: NOW };
  const settings = options.settings ?? SETTINGS;
  const fetchFn = vi.fn<typeof fetch>(options.fetch ?? (async () => ok()));
  const outbox = createOutbox({
    store: createOutboxStore(),
    settings: async () => settings,
    allowLoopback: false,
    alarms: browser.alarms,
    random: () => 0.5,
  });
  const deps = {
    outbox,
    readSettings: async () => settings,
    extract: vi.fn(async () => options.extract ?? { ok: true as const, draft: EXTRACTED }),
    activeTab: async () => ({ id: 7 }),
    showPopup: vi.fn(async () => undefined),
    contextMenus: { removeAll: vi.fn(async () => undefined), create: vi.fn() },
    action: browser.action,
    testConnection: vi.fn(async () => ({ ok: true, message: 'Connected.' })),
    allowLoopback: () => false,
    fetch: fetchFn,
    now: () => clock.now,
    randomUUID: () => ID,
  } satisfies Partial<ClipperDeps>;
  return { clipper: createClipper(deps), deps, fetchFn, outbox };
}
const sentClips = (fetchFn: ReturnType<typeof vi.fn>) => fetchFn.mock.calls.map((c) => JSON.parse(String((c[1] as RequestInit).body)).clip);

describe('createClipper', () => {
  beforeEach(() => fakeBrowser.reset());

  it('offers "Clip to workload tracker" on a selection and on the page', async () => {
    const { clipper, deps } = setup();
    await clipper.installMenus();
    expect(deps.contextMenus.removeAll).toHaveBeenCalled();
    expect(deps.contextMenus.create).toHaveBeenCalledWith({
      id: 'clip-selection',
      title: 'Clip to workload tracker',
      contexts: ['selection', 'page'],
    });
  });

  describe('context menu', () => {
    it('drafts from the frame that was right-clicked, with the type’s default minutes, and opens the popup', async () => {
      const { clipper, deps, fetchFn } = setup();
      await clipper.onMenuClicked({ menuItemId: MENU_ID, frameId: 3 }, { id: 7 });
      expect(deps.extract).toHaveBeenCalledWith(7, 3);
      expect(await readDraft()).toEqual({
        id: ID,
        clippedAt: '2026-02-16T09:30:00.000Z',
        title: 'Advice request: J.S.',
        taskType: 'advice',
        pupil: 'J.S.',
        dueDate: '2026-03-12',
        dueBasis: '6 weeks from the request (reg 8)',
        estimatedMinutes: String(DEFAULT_MINUTES.advice),
        minutesEdited: false,
        details: EXTRACTED.details,
        sourceUrl: 'https://portal.example/case/1',
        redactionNote: 'Removed: 1 date of birth',
        problems: [],
      });
      expect(deps.showPopup).toHaveBeenCalledTimes(1);
      expect(fetchFn).not.toHaveBeenCalled();
    });

    it('explains in the popup why a page could not be clipped', async () => {
      const { clipper, deps } = setup({ extract: { ok: false, message: 'Cannot read this page.' } });
      await clipper.onMenuClicked({ menuItemId: MENU_ID }, { id: 7 });
      expect(await readDraft()).toBeNull();
      expect(await noticeItem.getValue()).toBe('Cannot read this page.');
      expect(deps.showPopup).toHaveBeenCalled();
    });

    it('ignores other menu items', async () => {
      const { clipper, deps } = setup();
      await clipper.onMenuClicked({ menuItemId: 'something-else' }, { id: 7 });
      expect(deps.extract).not.toHaveBeenCalled();
    });
  });

  describe('quick clip', () => {
    it('saves at once with the best guesses, without the popup, and ticks the badge', async () => {
      const { clipper, deps, fetchFn } = setup();
      await clipper.onCommand(QUICK_CLIP, { id: 7 });
      expect(sentClips(fetchFn)).toEqual([
        expect.objectContaining({
          id: ID,
          title: 'Advice request: J.S.',
          taskType: 'advice',
          pupil: 'J.S.',
          estimatedMinutes: DEFAULT_MINUTES.advice,
          senco: 'Ms Patel',
        }),
      ]);
      expect(deps.showPopup).not.toHaveBeenCalled();
      expect(await browser.action.getBadgeText({})).toBe('✓');
      expect(await readDraft()).toBeNull();
    });

    it('keeps the clip and counts it on the badge while the tracker is unreachable', async () => {
      const { clipper, outbox } = setup({ fetch: offline });
      await clipper.onCommand(QUICK_CLIP, { id: 7 });
      expect(await outbox.entries()).toMatchObject([{ clip: { id: ID }, status: 'waiting', attempts: 1 }]);
      expect(await browser.action.getBadgeText({})).toBe('1');
      expect(await browser.alarms.get(RETRY_ALARM)).toBeDefined();
    });

    it('hands the draft to the popup with the reason when it cannot be saved as guessed', async () => {
      const { clipper, deps, fetchFn, outbox } = setup({ settings: { ...SETTINGS, senco: '' } });
      await clipper.onCommand(QUICK_CLIP, { id: 7 });
      expect(fetchFn).not.toHaveBeenCalled();
      expect(await outbox.entries()).toEqual([]);
      expect((await readDraft())?.problems).toEqual([
        { field: 'senco', message: 'Add your name in the extension options, so the tracker shows who clipped this task.' },
      ]);
      expect(deps.showPopup).toHaveBeenCalled();
    });

    it('uses the active tab when the browser gives none', async () => {
      const { clipper, deps } = setup();
      await clipper.onCommand(QUICK_CLIP);
      expect(deps.extract).toHaveBeenCalledWith(7, undefined);
    });
  });

  describe('messages', () => {
    it('saves a draft: "Saved to tracker", and the draft is gone', async () => {
      const { clipper, fetchFn } = setup();
      await draftItem.setValue(sampleDraft());
      expect(await clipper.handle({ type: 'save-draft', draft: sampleDraft({ title: 'Edited title' }) })).toEqual({
        ok: true,
        status: 'saved',
        message: SAVED,
      });
      expect(sentClips(fetchFn)[0].title).toBe('Edited title');
      expect(await readDraft()).toBeNull();
    });

    it('saves a draft while offline: "will send when the tracker is reachable"', async () => {
      const { clipper, outbox } = setup({ fetch: offline });
      expect(await clipper.handle({ type: 'save-draft', draft: sampleDraft() })).toEqual({ ok: true, status: 'queued', message: QUEUED });
      expect(await outbox.entries()).toHaveLength(1);
    });

    it('reports a refusal and keeps the clip for fixing', async () => {
      const { clipper, outbox } = setup({ fetch: async () => refusal('bad-token', 'The tracker did not accept this token.') });
      expect(await clipper.handle({ type: 'save-draft', draft: sampleDraft() })).toEqual({
        ok: false,
        status: 'refused',
        message: 'The tracker refused this clip: The tracker did not accept this token.',
      });
      expect(await outbox.entries()).toMatchObject([{ status: 'refused' }]);
      expect(await clipper.handle({ type: 'edit-clip', id: sampleDraft().id })).toEqual({ ok: true, message: '' });
      expect(await readDraft()).toMatchObject({
        id: sampleDraft().id,
        title: sampleDraft().title,
        problems: [{ message: 'The tracker did not accept this token.' }],
      });
    });

    it('returns the problems and keeps the draft when the form is not a valid clip', async () => {
      const { clipper, fetchFn } = setup();
      const reply = await clipper.handle({ type: 'save-draft', draft: sampleDraft({ title: '' }) });
      expect(reply).toEqual({
        ok: false,
        message: 'Check the clip before saving:',
        problems: [{ field: 'title', message: 'Give the task a title.' }],
      });
      expect(fetchFn).not.toHaveBeenCalled();
      expect((await readDraft())?.problems).toEqual([{ field: 'title', message: 'Give the task a title.' }]);
    });

    it('sends everything waiting on "send-now", whatever the backoff says', async () => {
      let online = false;
      const { clipper, outbox } = setup({ fetch: async () => (online ? ok() : offline()) });
      await clipper.handle({ type: 'save-draft', draft: sampleDraft() });
      expect(await clipper.handle({ type: 'send-now' })).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^1 clip is still waiting/),
      });
      online = true;
      expect(await clipper.handle({ type: 'send-now' })).toEqual({ ok: true, message: 'Everything waiting has been sent.' });
      expect(await outbox.entries()).toEqual([]);
      expect(await browser.action.getBadgeText({})).toBe('');
    });

    it('retries when the alarm fires and the clip is due', async () => {
      const clock = { now: NOW };
      let online = false;
      const { clipper, outbox } = setup({ fetch: async () => (online ? ok() : offline()), clock });
      await clipper.handle({ type: 'save-draft', draft: sampleDraft() });
      online = true;
      clock.now = NOW + 29_000;
      await clipper.onAlarm({ name: RETRY_ALARM });
      expect(await outbox.entries()).toHaveLength(1);
      clock.now = NOW + 30_000;
      await clipper.onAlarm({ name: RETRY_ALARM });
      expect(await outbox.entries()).toEqual([]);
    });

    it('checks the URL before testing the connection', async () => {
      const { clipper, deps } = setup();
      expect(await clipper.handle({ type: 'test-connection', url: 'http://127.0.0.1:9/exec' })).toMatchObject({ ok: false });
      expect(deps.testConnection).not.toHaveBeenCalled();
      expect(await clipper.handle({ type: 'test-connection', url: SETTINGS.trackerUrl })).toEqual({ ok: true, message: 'Connected.' });
    });

    it('refuses politely a message it does not understand', async () => {
      const { clipper } = setup();
      expect(await clipper.handle({ type: 'delete-everything' })).toEqual({
        ok: false,
        message: 'SENCO Time did not respond. Close this window and try again; if that fails, restart the browser.',
      });
      expect(await clipper.handle('save')).toMatchObject({ ok: false });
    });
  });
});
