import * as z from 'zod/mini';
import { REDACTION_KINDS } from '../../privacy/redactIdentifiers';
import { TaskTypeSchema } from '../../tasks/taskTypes';
import { INITIALS } from '../clipSchema';

/**
 * What the popup prefills from a clipped page: already redacted (initials only, no identifiers),
 * with the due date and where it came from. The popup adds the SENCO, school, id and time to make a Clip.
 * The extension parses what the in-page extractor returns with this schema: a page is untrusted.
 */
export const ClipDraftSchema = z.object({
  title: z.string(),
  taskType: TaskTypeSchema,
  /** The pupil's initials ("J.S."), when the page named the pupil. */
  pupil: z.optional(z.string()),
  /**
   * When the page names several people who may be the pupil (two children, a bare "Name"), their initials,
   * for the SENCO to choose from; `pupil` is then left out. Initials only: no name leaves extraction.
   */
  pupilCandidates: z.optional(z.array(z.string().check(z.regex(INITIALS)))),
  /** YYYY-MM-DD. */
  dueDate: z.optional(z.string()),
  /**
   * "Due date stated on the page", or the statutory basis sentence ending in its citation; without a due date,
   * the task's time limit and which date to look for (the page did not show the date it counts from).
   */
  dueBasis: z.optional(z.string()),
  details: z.string(),
  sourceUrl: z.string(),
  /** What was taken out of the title, details, case reference and address, by kind, for "Removed: …". */
  redactions: z.array(z.object({ kind: z.enum(REDACTION_KINDS), count: z.number() })),
  caseReference: z.optional(z.string()),
  /**
   * The LA officer's work e-mail and phone the page shows ("jane.smith@camden.gov.uk, 020 7974 1234"): kept, not
   * redacted (docs/redaction.md, "LA contacts"), for the popup's "Kept: LA contact …" line.
   */
  laContact: z.optional(z.string()),
});
export type ClipDraft = z.infer<typeof ClipDraftSchema>;
