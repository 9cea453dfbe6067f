// What one clip costs the tracker's web app, counted in the Apps Script emulator on the BUILT bundle: service
// calls and cells read (cells whose contents reached the script) per clip, at any number of tasks. Used by
// `npm run bench` (printed) and by trackerWrites.test.ts (the counts at 100 and 20,000 tasks must be equal).
import { TRACKER_HEADER } from '../shared/tracker/trackerLayout';
import { sampleClip } from '../test/apps-script/sampleClip';
import { type App, createEmulator, type Emulator, editEvent, loadBundle, postEvent, webAppResponse } from '../test/emulator';

export const CODE = 'dist/apps-script/Code.js';
const NOW = new Date('2026-11-30T10:00:00Z');
/** The clip index's "complete" key (apps-script/tracker/clipIndex.ts), removed to stand for Google evicting it. */
const INDEX_READY = 'senco-time.clip-ids.ready';

export interface Cost {
  calls: number;
  cellsRead: number;
  /** Node time of the request in the emulator (not Apps Script's time: for comparison between sizes only). */
  ms: number;
}

/** The situations a clip meets, each measured on its own request. */
export const SCENARIOS = {
  newClip: 'new clip (index in the cache, Workload rebuilt < 1 min ago)',
  repeat: 'the same clip again (duplicate)',
  newClipNoIndex: 'new clip, cache lost (id column searched by TextFinder)',
  repeatNoIndex: 'the same clip again, cache lost',
  firstInMinute: 'new clip that schedules the one-off refresh trigger',
  refreshing: 'new clip > 1 min after the last rebuild (rebuilds Workload after the lock)',
} as const;
export type Scenario = keyof typeof SCENARIOS;

/**
 * `n` task rows (ids in the clip format) clipped over the 80 days before "now", so that 100 tasks and 20,000 give
 * the Workload tab the same shape (the same weeks, types and tables) and differ only in number.
 */
function taskRows(n: number): unknown[][] {
  const types = ['Annual review', 'Advice contribution', 'Draft plan response', 'Other'];
  return Array.from({ length: n }, (_, i) => {
    const clipped = new Date(Date.parse('2026-11-27T12:00:00Z') - (i % 80) * 86_400_000);
    const row: Record<string, unknown> = {
      'Clip ID': `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      'Clipped at': clipped,
      SENCO: ['Ms A. Khan', 'Mr B. Jones'][i % 2],
      School: 'Oak Primary',
      LA: ['Anyshire', 'Bshire', 'Cshire'][i % 3],
      'Task type': types[i % 4],
      Title: `Task ${i}`,
      Details: 'Details as clipped from the portal. '.repeat(4),
      'Due date': new Date(clipped.getTime() + 14 * 86_400_000),
      'Estimated minutes': 60 + (i % 5) * 30,
      Status: i % 7 === 0 ? 'Open' : 'Done',
      'Done at': i % 7 === 0 ? '' : new Date(clipped.getTime() + 10 * 86_400_000),
    };
    return TRACKER_HEADER.map((h) => row[h] ?? '');
  });
}

let clipNumber = 0;
function clip(): Record<string, unknown> {
  clipNumber++;
  // Numbered ids, so each run of the bench sends the same clips; no page address or due basis, as a short clip.
  return sampleClip({
    id: `6f1c2a7e-0000-4000-9000-${String(clipNumber).padStart(12, '0')}`,
    clippedAt: '2026-11-30T09:15:00Z',
    dueDate: '2026-12-10',
    sourceUrl: undefined,
    dueBasis: undefined,
  });
}

/** A set-up tracker holding `tasks` rows pasted in (the paste's onEdit fired), its Workload and index rebuilt. */
export function trackerOf(tasks: number): { emulator: Emulator; app: App; token: string } {
  const emulator = createEmulator({ clock: NOW, spreadsheet: { name: 'Tracker', sheets: [{ name: 'Sheet1', values: [[]] }] } });
  const app = loadBundle(emulator, CODE);
  app.call('onOpen', { authMode: 'NONE' });
  app.clickMenuItem('Set up workload tracker');
  const sheet = emulator.spreadsheet.getSheetByName('Tasks')!;
  // Room for the measured clips, so that none of them is the one that adds rows (a few calls every 1,000 clips).
  sheet.insertRowsAfter(sheet.getMaxRows(), tasks + 100);
  const pasted = sheet.getRange(2, 1, tasks, TRACKER_HEADER.length);
  pasted.setValues(taskRows(tasks));
  app.run('onEdit', [editEvent(emulator, pasted)], { authMode: 'LIMITED' });
  app.clickMenuItem('Refresh workload');
  const token = (app.call('getClipSettings') as { token: string }).token;
  return { emulator, app, token };
}

/** Posts one clip and counts what the request cost. */
function post(t: { emulator: Emulator; app: App; token: string }, body: Record<string, unknown>): Cost & { reply: unknown } {
  t.emulator.calls.reset();
  const started = performance.now();
  const out = webAppResponse(t.app.call('doPost', postEvent({ body: JSON.stringify({ token: t.token, clip: body }) })));
  const ms = performance.now() - started;
  const reply = JSON.parse(out.body);
  if (!reply.ok) throw new Error(`The clip was refused: ${out.body}`);
  return { calls: t.emulator.calls.total, cellsRead: t.emulator.calls.cellsRead, ms, reply };
}

function dropIndex(emulator: Emulator): void {
  (emulator.globals.CacheService as { getScriptCache(): { remove(k: string): void } }).getScriptCache().remove(INDEX_READY);
}

/** What each scenario costs at `tasks` tasks, each on its own request. */
export function clipCosts(tasks: number): Record<Scenario, Cost> {
  const t = trackerOf(tasks);
  const out = {} as Record<Scenario, Cost>;
  const keep = (s: Scenario, c: Cost & { reply: unknown }, duplicate: boolean) => {
    if ((c.reply as { duplicate: boolean }).duplicate !== duplicate) throw new Error(`${SCENARIOS[s]}: wrong duplicate flag`);
    out[s] = { calls: c.calls, cellsRead: c.cellsRead, ms: c.ms };
  };
  // The Workload tab was rebuilt just now, so this clip schedules the trigger; the next ones find it scheduled.
  keep('firstInMinute', post(t, clip()), false);
  const measured = clip();
  keep('newClip', post(t, measured), false);
  keep('repeat', post(t, measured), true);
  dropIndex(t.emulator);
  const unindexed = clip();
  keep('newClipNoIndex', post(t, unindexed), false);
  keep('repeatNoIndex', post(t, unindexed), true);
  t.app.clickMenuItem('Refresh workload');
  t.emulator.advanceTime(61_000);
  keep('refreshing', post(t, clip()), false);
  return out;
}
