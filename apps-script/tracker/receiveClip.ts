/// <reference types="google-apps-script" />
import { type ClipErrorCode, type ClipReply, ClipRequestSchema, MAX_CLIP_BODY_CHARS } from '../../shared/clip/clipSchema';
import { clipToRow } from '../../shared/tracker/clipToRow';
import { COL, readSettings } from '../../shared/tracker/trackerLayout';
import { refreshWorkload } from './refreshWorkload';
import { tokenMatches } from './token';
import { ensureTaskRow, SETTINGS, tasksTab, trackerTabs } from './trackerTabs';

/** How long a clip waits for another clip's write to finish before answering "busy" (the extension retries). */
export const LOCK_WAIT_MS = 10_000;

const fail = (code: ClipErrorCode, message: string): ClipReply => ({ ok: false, error: { code, message } });

function issueText(issue: { path: PropertyKey[]; message: string }): string {
  const field = issue.path.filter((p) => p !== 'clip').join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/**
 * The web app's clip endpoint: parse, check the token, take the document lock, skip a clip id already in Tasks,
 * else append one row and refresh the Workload tab. Every outcome is a ClipReply; nothing throws.
 */
export function receiveClip(body: string | undefined, now: Date): ClipReply {
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
  const clip = parsed.data.clip;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // The script lock: Google gives web apps no document lock, and one tracker script serves one spreadsheet.
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) return fail('busy', 'The tracker is busy saving other clips: this one will be sent again shortly.');
  try {
    const sheet = tasksTab(spreadsheet);
    if (!sheet) return fail('no-tracker', 'This spreadsheet has no Tasks tab: run Extensions → SENCO Time → Set up workload tracker.');
    const last = sheet.getLastRow();
    if (last >= 2) {
      const ids = sheet.getRange(2, COL['Clip ID'] + 1, last - 1, 1).getValues();
      // A UUID names the same clip in either case (docs/redaction.md, "Server items").
      const id = clip.id.toLowerCase();
      const at = ids.findIndex((r) => String(r[0]).toLowerCase() === id);
      if (at >= 0) return { ok: true, row: at + 2, duplicate: true };
    }
    const settings = trackerTabs(spreadsheet).get(SETTINGS);
    const minutes = readSettings(settings ? settings.getDataRange().getValues() : []);
    const values: unknown[] = clipToRow(clip, minutes);
    // Dates become real date cells: the instant it was clipped, and the due day at noon UTC, which is the same
    // calendar day in every time zone a spreadsheet in England could be set to (midnight would slip a day).
    values[COL['Clipped at']] = new Date(clip.clippedAt);
    if (clip.dueDate) {
      const [y, m, d] = clip.dueDate.split('-').map(Number);
      values[COL['Due date']] = new Date(Date.UTC(y, m - 1, d, 12));
    }
    const row = last + 1;
    ensureTaskRow(sheet, row);
    sheet.getRange(row, 1, 1, values.length).setValues([values]);
    refreshWorkload(spreadsheet, now);
    SpreadsheetApp.flush();
    return { ok: true, row, duplicate: false };
  } finally {
    lock.releaseLock();
  }
}
