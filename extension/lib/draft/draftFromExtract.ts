import { describeRedactions } from '../../../shared/privacy/describeRedactions';
import { DEFAULT_MINUTES } from '../../../shared/tracker/trackerLayout';
import type { ExtractedDraft } from '../../messages';
import type { DraftForm } from './draftForm';

/** The popup's form for a draft the extractor made, with the task type's default minutes as the estimate. */
export function draftFromExtract(extracted: ExtractedDraft, made: { id: string; clippedAt: string }): DraftForm {
  const details =
    extracted.caseReference && !extracted.details.includes(extracted.caseReference)
      ? `Case reference: ${extracted.caseReference}\n${extracted.details}`
      : extracted.details;
  return {
    id: made.id,
    clippedAt: made.clippedAt,
    title: extracted.title,
    taskType: extracted.taskType,
    pupil: extracted.pupil ?? '',
    ...(extracted.pupilCandidates?.length ? { pupilCandidates: extracted.pupilCandidates } : {}),
    dueDate: extracted.dueDate ?? '',
    dueBasis: extracted.dueBasis ?? '',
    estimatedMinutes: String(DEFAULT_MINUTES[extracted.taskType]),
    minutesEdited: false,
    details,
    sourceUrl: extracted.sourceUrl,
    redactionNote: describeRedactions(extracted.redactions),
    ...(extracted.laContact ? { laContact: extracted.laContact } : {}),
    problems: [],
  };
}
