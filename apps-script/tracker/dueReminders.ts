/// <reference types="google-apps-script" />
import { dueDigest } from '../../shared/tracker/dueDigest';
import { readTracker } from './trackerData';

/** The function the daily trigger runs (a top-level function in main.ts). */
export const DIGEST_HANDLER = 'sendDueDigest';
/** The hour of the day (script time zone) the digest is sent, give or take Google's 15 minutes. */
export const DIGEST_HOUR = 7;

/** This user's digest triggers (getProjectTriggers lists only the current user's triggers). */
export function digestTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === DIGEST_HANDLER);
}

/** Turns the daily digest on for the current user: one trigger, whatever was there before. */
export function turnDigestOn(): void {
  if (digestTriggers().length > 0) return;
  ScriptApp.newTrigger(DIGEST_HANDLER).timeBased().everyDays(1).atHour(DIGEST_HOUR).create();
}

/** Turns it off: deletes the current user's digest triggers. Returns how many there were. */
export function turnDigestOff(): number {
  const mine = digestTriggers();
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}

/**
 * The trigger's run: e-mails the user who turned the digest on (the trigger runs as them) what is overdue
 * or due in 7 days, or nothing when nothing is. Returns what happened, for the log.
 */
export function sendDigest(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): string {
  const data = readTracker(spreadsheet, now);
  if (!data) return 'no tracker';
  const digest = dueDigest(data.tasks, data.today, { name: spreadsheet.getName(), url: spreadsheet.getUrl() });
  if (!digest) return 'nothing due';
  const to = Session.getEffectiveUser().getEmail();
  if (!to) return 'no address';
  if (MailApp.getRemainingDailyQuota() < 1) return 'no e-mail quota left today';
  MailApp.sendEmail({ to, subject: digest.subject, body: digest.body, name: 'SENCO Time' });
  return `sent: ${digest.overdue} overdue, ${digest.dueSoon} due soon`;
}
