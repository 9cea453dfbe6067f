import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CODE, clipCosts, type Scenario } from './trackerWrites';

beforeAll(() => {
  if (!existsSync(CODE)) execFileSync(process.execPath, ['scripts/build.mjs', 'apps-script']);
});

// Counts, not times: the same service calls and the same cells read per clip at 100 and at 20,000 tasks. The
// reference is the tracker at 100 tasks itself, measured in the same run; the bounds below are the issue's
// "constant", checked against numbers a reader can recount in apps-script/tracker/receiveClip.ts.
describe('what a clip costs the tracker', () => {
  it('is the same at 100 and 20,000 tasks, whichever way the duplicate check goes', () => {
    const small = clipCosts(100);
    const large = clipCosts(20_000);
    const counts = (c: ReturnType<typeof clipCosts>) =>
      Object.fromEntries(Object.entries(c).map(([k, v]) => [k, { calls: v.calls, cellsRead: v.cellsRead }]));
    const clipPath: Scenario[] = ['newClip', 'repeat', 'newClipNoIndex', 'repeatNoIndex', 'firstInMinute'];
    for (const s of clipPath) expect(counts(large)[s], s).toEqual(counts(small)[s]);
    // The cells a clip reads: the Settings tab's two columns (task types and minutes) and, for a duplicate the
    // index names, the one id cell that confirms it; never the id column.
    expect(large.newClip.cellsRead).toBe(small.newClip.cellsRead);
    expect(large.newClip.cellsRead).toBeLessThan(100);
    expect(large.repeat.cellsRead).toBeLessThan(10);
    // The rebuild after the minute makes the same calls at both sizes; only its cells grow, 13 columns a task.
    expect(large.refreshing.calls).toBe(small.refreshing.calls);
    expect(large.refreshing.cellsRead - small.refreshing.cellsRead).toBe((20_000 - 100) * 13);
  }, 120_000);
});
