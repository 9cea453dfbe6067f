/// <reference types="google-apps-script" />
import { type Clip, type ClipErrorCode, type ClipReply, ClipRequestSchema, MAX_CLIP_BODY_CHARS } from '../../shared/clip/clipSchema';
import { clipToRow } from '../../shared/tracker/clipToRow';
import { COL, readSettings } from '../../shared/tracker/trackerLayout';
import { findClipRow, remember } from './clipIndex';
import { tokenMatches } from './token';
import { ensureTaskColumns, ensureTaskRow, SETTINGS, TASKS, trackerTabs } from './trackerTabs';
import { claimRefresh, refreshTracker } from './workloadSchedule';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a clip waits for another clip's write to finish before answering "busy" (the extension retries). */
export const LOCK_WAIT_MS = 10_000;

const fail = (code: ClipErrorCode, message: string): ClipReply => ({ ok: false, error: { code, message } });

function issueText(issue: { path: PropertyKey[]; message: string }): string {
  const field = issue.path.filter((p) => p !== 'clip').join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/**
 * The web app's clip endpoint: parse, check the token, take the script lock, skip a clip id already in Tasks,
 * else write one row; then, with the lock let go, rebuild the Workload tab if a minute has passed since the last
 * rebuild (workloadSchedule.ts). Under the lock the work costs the same whatever the number of tasks
 * (docs/tracker-writes.md). Every outcome is a ClipReply; nothing throws.
 */
export function receiveClip(body: string | undefined, now: Date): ClipReply {
  const clip = readClip(body);
  if ('ok' in clip) return clip;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // The script lock: Google gives web apps no document lock, and one tracker script serves one spreadsheet.
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return fail('busy', 'The tracker is busy saving other clips: this one will be sent again shortly.');
  let stored: { reply: ClipReply; refresh: boolean };
  try {
    stored = storeClip(spreadsheet, clip, now);
    SpreadsheetApp.flush();
  } finally {
    lock.releaseLock();
  }
  if (stored.refresh) {
    try {
      refreshTracker(spreadsheet, now);
    } catch (err) {
      // The clip is saved: a failed rebuild must not make the extension send it again. A clip after the minute,
      // or Refresh workload, rebuilds it.
      console.error('The Workload tab could not be refreshed after a clip', err);
    }
  }
  return stored.reply;
}

/** The clip in a request body, or the reply refusing it. */
function readClip(body: string | undefined): Clip | ClipReply {
  if (body === undefined || body === '') return fail('bad-request', 'The request was empty: send the clip as JSON in the body.');
  if (body.length > MAX_CLIP_BODY_CHARS)
    return fail(
      'too-large',
      `The clip is too large (${Math.round(body.length / 1024)} KB; the limit is 100 KB): shorten the details and send it again.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return fail('bad-request', 'The request was not valid JSON.');
  }
  const token = (json as { token?: unknown } | null)?.token;
  if (typeof token !== 'string' || !tokenMatches(token)) {
    return fail(
      'bad-token',
      'The tracker did not accept this token: copy the current one from Extensions → SENCO Time → Clip settings… into the extension options.',
    );
  }
  const parsed = ClipRequestSchema.safeParse(json);
  if (!parsed.success) {
    return fail('invalid-clip', `The clip could not be saved: ${parsed.error.issues.slice(0, 3).map(issueText).join('; ')}.`);
  }
  return parsed.data.clip;
}

/**
 * Under the lock: the duplicate check (clipIndex.ts) and one row written. `refresh` says whether this clip
 * rebuilds the Workload tab once the lock is let go.
 */
function storeClip(spreadsheet: Spreadsheet, clip: Clip, now: Date): { reply: ClipReply; refresh: boolean } {
  const tabs = trackerTabs(spreadsheet);
  const sheet = tabs.get(TASKS);
  if (!sheet)
    return {
      reply: fail('no-tracker', 'This spreadsheet has no Tasks tab: run Extensions → SENCO Time → Set up workload tracker.'),
      refresh: false,
    };
  const last = sheet.getLastRow();
  // A UUID names the same clip in either case (docs/redaction.md, "Server items").
  const id = clip.id.toLowerCase();
  const cache = CacheService.getScriptCache();
  const found = findClipRow(sheet, cache, id, last);
  if (found.row !== null) {
    if (found.index.known && found.index.row !== found.row) remember(cache, found.index.bucket, id, found.row);
    return { reply: { ok: true, row: found.row, duplicate: true }, refresh: false };
  }
  const row = last + 1;
  writeRow(sheet, tabs.get(SETTINGS), clip, row);
  if (found.index.known) remember(cache, found.index.bucket, id, row);
  return { reply: { ok: true, row, duplicate: false }, refresh: claimRefresh(now) };
}

/** The clip's row: the estimate from Settings when the clip has none, dates as date cells, one write. */
function writeRow(sheet: Sheet, settings: Sheet | undefined, clip: Clip, row: number): void {
  const minutes = readSettings(settings ? settings.getRange(1, 1, Math.max(1, settings.getLastRow()), 2).getValues() : []);
  const values: unknown[] = clipToRow(clip, minutes);
  // Dates become real date cells: the instant it was clipped, and the due day at noon UTC, which is the same
  // calendar day in every time zone a spreadsheet in England could be set to (midnight would slip a day).
  values[COL['Clipped at']] = new Date(clip.clippedAt);
  if (clip.dueDate) {
    const [y, m, d] = clip.dueDate.split('-').map(Number);
    values[COL['Due date']] = new Date(Date.UTC(y, m - 1, d, 12));
  }
  ensureTaskRow(sheet, row);
  ensureTaskColumns(sheet, values.length);
  sheet.getRange(row, 1, 1, values.length).setValues([values]);
}
