import { type Clip, ClipSchema, MAX_CLIP_BODY_CHARS } from '../../../shared/clip/clipSchema';
import { toInitials } from '../../../shared/privacy/initials';
import { redact } from '../../../shared/privacy/redact';
import { redactLaContact } from '../../../shared/privacy/redactLaContact';
import type { Settings } from '../settings';
import type { DraftForm } from './draftForm';
import { DRAFT_FIELDS, type DraftField, type Problem } from './problem';

export type BuildResult = { ok: true; clip: Clip } | { ok: false; problems: Problem[] };

/** What each field's problem means to a SENCO, and where to fix it. */
export const PROBLEMS: Record<Exclude<DraftField, 'details'>, string> = {
  senco: 'Add your name in the extension options, so the tracker shows who clipped this task.',
  title: 'Give the task a title.',
  pupil: 'Pupil: initials only, such as J.S.',
  taskType: 'Choose a task type.',
  dueDate: 'Due date: choose a date from the calendar, or leave it empty.',
  estimatedMinutes: 'Estimated minutes: a whole number from 0 to 10,000, or leave it empty for the usual estimate.',
};

const optional = (s: string) => (s.trim() === '' ? undefined : s.trim());

/**
 * The clip to store and send: the popup's form plus who clipped it (from the settings), checked against the clip
 * protocol. A name typed as the pupil becomes initials; problems come back as sentences, never as exceptions.
 */
export function buildClip(draft: DraftForm, settings: Settings): BuildResult {
  const minutesText = draft.estimatedMinutes.trim();
  // The LA officer's contact stays in what the SENCO sends, judged by the page it came from (docs/redaction.md).
  const known = { keepLaContacts: { pageHost: hostOf(draft.sourceUrl) } };
  const candidate = {
    v: 1,
    id: draft.id,
    clippedAt: draft.clippedAt,
    senco: settings.senco.trim(),
    school: optional(settings.school),
    la: optional(settings.la),
    pupil: optional(toInitials(draft.pupil)),
    taskType: draft.taskType,
    // What the SENCO typed is checked too: a name with a DOB or a UPN typed into the popup never leaves.
    title: redact(draft.title.replace(/\s+/g, ' ').trim(), known).text,
    details: optional(redact(draft.details, known).text),
    sourceUrl: optional(draft.sourceUrl),
    dueDate: optional(draft.dueDate),
    dueBasis: optional(draft.dueDate) ? optional(redact(draft.dueBasis).text) : undefined,
    estimatedMinutes: minutesText === '' ? undefined : Number(minutesText),
    laContact: optional(redactLaContact(draft.laContact ?? '', known)),
  };
  // Absent, not undefined: the clip is stored and sent as JSON, and compared as JSON.
  const parsed = ClipSchema.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    const problems = new Map<string, Problem>();
    for (const issue of parsed.error.issues) {
      const field = DRAFT_FIELDS.find((f) => f === issue.path[0]);
      const message =
        field && field !== 'details' ? PROBLEMS[field] : 'This clip could not be prepared: discard it and clip the page again.';
      problems.set(message, field && field !== 'details' ? { field, message } : { message });
    }
    return { ok: false, problems: [...problems.values()] };
  }
  const size = JSON.stringify({ token: settings.token, clip: parsed.data }).length;
  if (size > MAX_CLIP_BODY_CHARS) {
    return {
      ok: false,
      problems: [
        {
          field: 'details',
          message: `The details are too long for the tracker (${Math.ceil(size / 1024)} KB; the limit is 100 KB): shorten them.`,
        },
      ],
    };
  }
  return { ok: true, clip: parsed.data };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
