import type { Clip } from '../clip/clipSchema';
import { redactCore, redactUrlCore } from '../privacy/redactCore';
import { redactLaContact } from '../privacy/redactLaContact';
import { asSheetText } from '../sheets/asSheetText';
import { TASK_TYPE_LABELS, type TaskType } from '../tasks/taskTypes';
import { TRACKER_HEADER } from './trackerLayout';

/** A Google Sheets cell holds at most 50,000 characters. */
export const CELL_TEXT_LIMIT = 50_000;

/** Text that fits in one cell: cut with a visible note saying how long the original was. */
export function fitCell(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  const note = ` … [cut by SENCO Time: the original had ${text.length.toLocaleString('en-GB')} characters]`;
  return text.slice(0, CELL_TEXT_LIMIT - note.length) + note;
}

const text = (value: string | undefined) => (value === undefined ? '' : asSheetText(fitCell(value)));

/**
 * One Tasks row for a clip, as wide as the whole header (`TRACKER_HEADER`): the tracker's own "LA acted on" is left
 * empty for the SENCO. Every text field is made safe (no formula can run) and fits its cell; dates are returned as
 * ISO text for the edge to turn into the spreadsheet's own date cells.
 */
export function clipToRow(clip: Clip, defaultMinutes: Record<TaskType, number>): (string | number)[] {
  // Free text and the page address are redacted again here, by the same pattern engine the page uses (without
  // its date parser): the extension did it in the page, this is the second line. The clip's initials find the
  // pupil's name written out in full.
  // The LA officer's work contact stays, judged against the page the clip came from (docs/redaction.md, "LA contacts").
  const known = { pupilInitials: clip.pupil, keepLaContacts: { pageHost: hostOf(clip.sourceUrl) } };
  const freeText = (value: string | undefined) => text(value === undefined ? undefined : redactCore(value, known).text);
  const row: Record<(typeof TRACKER_HEADER)[number], string | number> = {
    'Clip ID': clip.id,
    'Clipped at': clip.clippedAt,
    SENCO: text(clip.senco),
    School: text(clip.school),
    LA: text(clip.la),
    'Pupil (initials)': text(clip.pupil),
    'Task type': TASK_TYPE_LABELS[clip.taskType],
    Title: freeText(clip.title),
    Details: freeText(clip.details),
    Source: text(clip.sourceUrl === undefined ? undefined : redactUrlCore(clip.sourceUrl, known).url),
    'Due date': clip.dueDate ?? '',
    'Due basis': freeText(clip.dueBasis),
    'Estimated minutes': clip.estimatedMinutes ?? defaultMinutes[clip.taskType],
    Status: 'Open',
    'Done at': '',
    'Minutes spent': '',
    'LA acted on': '',
    'LA contact': text(clip.laContact === undefined ? undefined : redactLaContact(clip.laContact, known)),
  };
  return TRACKER_HEADER.map((h) => row[h]);
}

/** The host of a page address, read by hand (Apps Script has no URL class); undefined when there is none. */
function hostOf(url: string | undefined): string | undefined {
  return url === undefined ? undefined : /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:@]+)/i.exec(url)?.[1];
}
