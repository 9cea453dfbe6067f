// The clip index in the BUILT bundle (apps-script/tracker/clipIndex.ts): a clip is stored once whatever happened
// to the Tasks tab or the cache since — rows deleted or sorted by hand, Tidy old tasks, ids typed in, the cache
// emptied or flooded — and 50 clips sent at once over HTTP, each twice, are all stored once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketOf } from '../../apps-script/tracker/clipIndex';
import { ClipReplySchema } from '../../shared/clip/clipSchema';
import { COL } from '../../shared/tracker/trackerLayout';
import { createEmulator, type Emulator, editEvent, loadBundle, postEvent, webAppResponse } from '../emulator';
import { startTrackerServer, type TrackerServer } from '../webapp/server';
import { sampleClip } from './sampleClip';
import { CODE, ensureBundle } from './trackerFixture';

beforeAll(ensureBundle);

function tracker() {
  const emulator = createEmulator({ spreadsheet: { name: 'Tracker', sheets: [{ name: 'Sheet1', values: [[]] }] } });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  app.clickMenuItem('Set up workload tracker');
  const token = (app.call('getClipSettings') as { token: string }).token;
  const tasks = emulator.spreadsheet.getSheetByName('Tasks')!;
  const send = (clip: Record<string, unknown>) =>
    JSON.parse(webAppResponse(app.call('doPost', postEvent({ body: JSON.stringify({ token, clip }) }))).body);
  const ids = () =>
    tasks
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => String(r[0]));
  return { emulator, app, tasks, send, ids };
}

/** The script cache as the script sees it (calls made here are not the clip's: tests reset the count after). */
const scriptCache = (emulator: Emulator) =>
  (emulator.globals.CacheService as { getScriptCache(): GoogleAppsScript.Cache.Cache }).getScriptCache();

describe('the clip index', () => {
  it('finds a clip again after rows above it were deleted by hand, and stores again one whose row was deleted', () => {
    const { tasks, send, ids } = tracker();
    const clips = [sampleClip(), sampleClip(), sampleClip()];
    expect(clips.map((c) => send(c).row)).toEqual([2, 3, 4]);
    tasks.deleteRow(2);
    // The index still says row 4; row 4 is empty now, so the id column is searched: row 3.
    expect(send(clips[2])).toEqual({ ok: true, row: 3, duplicate: true });
    expect(send(clips[0])).toEqual({ ok: true, row: 4, duplicate: false });
    expect(ids()).toEqual([clips[1].id, clips[2].id, clips[0].id]);
  });

  it('finds clips after the rows were sorted by hand (no edit event fires for a sort)', () => {
    const { tasks, send } = tracker();
    const clips = [sampleClip({ title: 'B' }), sampleClip({ title: 'A' })];
    clips.forEach(send);
    const rows = tasks.getRange(2, 1, 2, 17).getValues();
    tasks.getRange(2, 1, 2, 17).setValues([rows[1], rows[0]]);
    expect(clips.map((c) => send(c))).toEqual([
      { ok: true, row: 3, duplicate: true },
      { ok: true, row: 2, duplicate: true },
    ]);
  });

  it('still knows every clip after Tidy old tasks moved the rows up', () => {
    const { emulator, app, tasks, send } = tracker();
    const clips = [sampleClip(), sampleClip(), sampleClip()];
    clips.forEach(send);
    // The first task was done two years ago (edited where no id is: the index is not told).
    tasks.getRange(2, COL.Status + 1, 1, 2).setValues([['Done', new Date(Date.now() - 730 * 86_400_000)]]);
    emulator.ui.answers.push({ button: 'OK', text: '' }, { button: 'NO' });
    expect(app.clickMenuItem('Tidy old tasks…')).toBe('1 Done task deleted.');
    expect(send(clips[2])).toEqual({ ok: true, row: 3, duplicate: true });
    expect(send(clips[1])).toEqual({ ok: true, row: 2, duplicate: true });
  });

  it('drops the index when an id is typed into the Tasks tab, so that the typed clip is not stored twice', () => {
    const { emulator, app, tasks, send, ids } = tracker();
    send(sampleClip());
    const typed = sampleClip();
    const cell = tasks.getRange(3, 1);
    cell.setValue(typed.id.toUpperCase());
    app.run('onEdit', [editEvent(emulator, cell, { value: typed.id.toUpperCase() })], { authMode: 'LIMITED' });
    expect(send(typed)).toEqual({ ok: true, row: 3, duplicate: true });
    expect(ids()).toHaveLength(2);
  });

  it('is right when Google has evicted the cache, wholly or one bucket at a time, or flooded it past 1,000 items', () => {
    const { emulator, app, send, ids } = tracker();
    const clips = Array.from({ length: 20 }, () => sampleClip());
    clips.forEach(send);
    const cache = scriptCache(emulator);
    cache.remove('senco-time.clip-ids.ready');
    expect(send(clips[0])).toEqual({ ok: true, row: 2, duplicate: true });
    app.clickMenuItem('Refresh workload');
    cache.remove(`senco-time.clip-ids.${bucketOf(clips[1].id)}`);
    emulator.calls.reset();
    expect(send(clips[1])).toEqual({ ok: true, row: 3, duplicate: true });
    expect(emulator.calls.count('Range.createTextFinder')).toBe(1);
    // Google's 1,000-item cap keeps the 900 items farthest from expiry: fresher items push the index out.
    cache.putAll(Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`other-${i}`, 'x'])), 21_600);
    emulator.calls.reset();
    expect(clips.map((c) => send(c).duplicate)).toEqual(clips.map(() => true));
    expect(emulator.calls.count('Range.createTextFinder')).toBe(20);
    expect(ids()).toHaveLength(20);
    // The next rebuild (here the menu's) makes the index whole again: no search, one id cell read per clip.
    app.clickMenuItem('Refresh workload');
    emulator.calls.reset();
    expect(clips.map((c) => send(c).duplicate)).toEqual(clips.map(() => true));
    expect(emulator.calls.count('Range.createTextFinder')).toBe(0);
    expect(emulator.calls.cellsRead).toBe(20);
  });
});

describe('50 clips at once over HTTP', () => {
  let server: TrackerServer;
  beforeAll(async () => {
    server = await startTrackerServer();
  });
  afterAll(() => server.close());

  /** What the extension's outbox does: send, and send again after a "busy" reply. */
  async function deliver(clip: unknown): Promise<{ ok: boolean; duplicate?: boolean; tries: number }> {
    for (let tries = 1; tries <= 20; tries++) {
      const res = await fetch(server.url, { method: 'POST', body: JSON.stringify({ token: server.token, clip }) });
      const reply = ClipReplySchema.parse(await res.json());
      if (reply.ok) return { ok: true, duplicate: reply.duplicate, tries };
      if (reply.error.code !== 'busy') return { ok: false, tries };
      server.emulator.advanceTime(5_000);
    }
    return { ok: false, tries: 20 };
  }

  it('stores each of 50 clips once, each sent twice at the same moment, while another execution holds the lock at first', async () => {
    const clips = Array.from({ length: 50 }, (_, i) => sampleClip({ title: `Concurrent clip ${i + 1}` }));
    // Another execution (a Tidy, a clip's long write) holds the script lock for 15 s of the emulator's clock.
    server.emulator.locks.hold('script', { releaseAfterMs: 15_000 });
    const replies = await Promise.all([...clips, ...clips].map(deliver));
    expect(replies.every((r) => r.ok)).toBe(true);
    // Some were told "busy" and sent again, as the extension does.
    expect(replies.some((r) => r.tries > 1)).toBe(true);
    expect(replies.filter((r) => r.duplicate === false)).toHaveLength(50);
    expect(replies.filter((r) => r.duplicate === true)).toHaveLength(50);
    const stored = server
      .tasks()
      .slice(1)
      .map((r) => String(r[0]));
    expect(stored.filter((id) => clips.some((c) => c.id === id))).toHaveLength(50);
    expect(new Set(stored).size).toBe(stored.length);
  });
});
