/// <reference types="google-apps-script" />
// When the Workload tab is rebuilt (docs/tracker-writes.md). Rebuilding reads every task, so a clip must not do
// it each time: at most once a minute, by the first clip after the minute (once it has let go of the lock), and
// otherwise by a one-off time-driven trigger a minute after the last rebuild, so that the last clip of a burst
// shows too. The SENCO's Refresh workload menu item rebuilds at any time.
import { indexReady, rebuildIndex } from './clipIndex';
import { REFRESHED_AT, refreshWorkload } from './refreshWorkload';
import { tasksTab } from './trackerTabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SCHEDULED_FOR = 'senco-time.workload-refresh-scheduled-for';
/** The function the one-off trigger runs (a top-level function in main.ts). */
export const REFRESH_HANDLER = 'refreshWorkloadLater';
/** The shortest time between two rebuilds that clips cause. */
export const DEBOUNCE_MS = 60_000;
/** A trigger this late has been lost (deleted by hand, or never run): another may be made. */
const LOST_AFTER_MS = 10 * 60_000;
const LOCK_WAIT_MS = 10_000;

/**
 * Called by a clip under the script lock, after its row is written: true when this clip should rebuild the
 * Workload tab once it has let go of the lock (the claim is recorded now, so that no other clip does it too);
 * otherwise makes sure a rebuild is on its way. Two property calls, and a trigger made at most once a minute.
 */
export function claimRefresh(now: Date): boolean {
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  const t = now.getTime();
  const last = Number(stored[REFRESHED_AT] ?? 0) || 0;
  // A time in the future (a clock put right) does not hold refreshes off for ever.
  if (t - last >= DEBOUNCE_MS || last > t + DEBOUNCE_MS) {
    props.setProperty(REFRESHED_AT, String(t));
    return true;
  }
  const scheduled = Number(stored[SCHEDULED_FOR] ?? 0) || 0;
  if (scheduled > last && scheduled > t - LOST_AFTER_MS) return false;
  const at = last + DEBOUNCE_MS;
  // Recorded whether or not Google accepts the trigger, so that a refusal costs one try a minute, not one a clip.
  props.setProperty(SCHEDULED_FOR, String(at));
  scheduleRefresh(at - t);
  return false;
}

/**
 * The one-off trigger. The script.scriptapp scope it needs is in the manifest (the daily e-mail's trigger uses
 * it too), and a web app running as its owner has every scope of the manifest granted when deployed; should
 * Google refuse all the same, the Workload tab waits for the next clip or the menu.
 */
function scheduleRefresh(inMs: number): void {
  try {
    ScriptApp.newTrigger(REFRESH_HANDLER)
      .timeBased()
      .after(Math.max(1_000, Math.round(inMs)))
      .create();
  } catch (err) {
    console.warn('No Workload refresh could be scheduled; the next clip or Refresh workload will do it.', err);
  }
}

/**
 * A rebuild outside the clip path: completes the clip index if the cache lost it (under the lock, so that no
 * clip lands between its read and its write), then rebuilds the Workload tab. False when there is no tracker.
 */
export function refreshTracker(spreadsheet: Spreadsheet, now: Date): boolean {
  const sheet = tasksTab(spreadsheet);
  if (!sheet) return false;
  const cache = CacheService.getScriptCache();
  if (!indexReady(cache)) {
    const lock = LockService.getScriptLock();
    if (lock.tryLock(LOCK_WAIT_MS)) {
      try {
        rebuildIndex(sheet, cache);
      } finally {
        lock.releaseLock();
      }
    }
  }
  return refreshWorkload(spreadsheet, now);
}

/** The trigger's run: deletes this project's one-off refresh triggers of the user (they stay listed otherwise), then rebuilds. */
export function refreshLater(spreadsheet: Spreadsheet, now: Date): string {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === REFRESH_HANDLER) ScriptApp.deleteTrigger(t);
  PropertiesService.getDocumentProperties().deleteProperty(SCHEDULED_FOR);
  return refreshTracker(spreadsheet, now) ? 'refreshed' : 'no tracker';
}
