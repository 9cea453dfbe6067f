import type { TaskType } from '../clipSchema';
import type { RedactionCount } from '../redact';

/**
 * What the popup prefills from a clipped page: already redacted (initials only, no identifiers),
 * with the due date and where it came from. The popup adds the SENCO, school, id and time to make a Clip.
 */
export interface ClipDraft {
  title: string;
  taskType: TaskType;
  /** The pupil's initials ("J.S."), when the page named the pupil. */
  pupil?: string;
  /** YYYY-MM-DD. */
  dueDate?: string;
  /** "Due date stated on the page", or the statutory basis sentence ending in its citation. */
  dueBasis?: string;
  details: string;
  sourceUrl: string;
  /** What was taken out of the title, details, case reference and address, by kind, for "Removed: …". */
  redactions: RedactionCount[];
  caseReference?: string;
}
