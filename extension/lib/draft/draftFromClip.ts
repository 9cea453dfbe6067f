import type { Clip } from '../../../shared/clip/clipSchema';
import type { DraftForm } from './draftForm';
import type { Problem } from './problem';

/** The popup's form for a stored clip (one the tracker refused), keeping its id so a resend stays one row. */
export function draftFromClip(clip: Clip, problems: Problem[]): DraftForm {
  return {
    id: clip.id,
    clippedAt: clip.clippedAt,
    title: clip.title,
    taskType: clip.taskType,
    pupil: clip.pupil ?? '',
    dueDate: clip.dueDate ?? '',
    dueBasis: clip.dueBasis ?? '',
    estimatedMinutes: clip.estimatedMinutes === undefined ? '' : String(clip.estimatedMinutes),
    minutesEdited: true,
    details: clip.details ?? '',
    sourceUrl: clip.sourceUrl ?? '',
    redactionNote: '',
    ...(clip.laContact ? { laContact: clip.laContact } : {}),
    problems,
  };
}
