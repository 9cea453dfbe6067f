/// <reference types="google-apps-script" />
import { rebuildIndex } from './clipIndex';
import { refreshWorkload } from './refreshWorkload';
import { trackerToken } from './token';
import { ensureSettingsTab, ensureTasksTab } from './trackerTabs';

/** Creates the tracker's tabs, or repairs them without touching any task; makes the token on first use. */
export function setUpTrackerIn(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): string {
  // The script lock: Google gives web apps no document lock, and one tracker script serves one spreadsheet.
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(30_000)) return 'The tracker is busy saving clips: try Set up workload tracker again in a minute.';
  try {
    const tasks = ensureTasksTab(spreadsheet);
    ensureSettingsTab(spreadsheet);
    rebuildIndex(tasks.sheet);
    refreshWorkload(spreadsheet, now);
    trackerToken();
    SpreadsheetApp.flush();
    if (tasks.created)
      return 'The workload tracker is ready: Tasks, Workload and Settings tabs were added. Next: Clip settings… to connect the browser extension.';
    if (tasks.repaired) return 'The Tasks header had changed and has been put back; no task was changed. The Workload tab is up to date.';
    return 'The tracker was already set up: its dropdowns and formats were checked and the Workload tab refreshed.';
  } finally {
    lock.releaseLock();
  }
}
