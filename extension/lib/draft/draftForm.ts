import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { TaskTypeSchema } from '../../../shared/tasks/taskTypes';
import { ProblemSchema } from './problem';

/**
 * The popup's form, exactly as the SENCO sees it (text fields as typed). Stored on every keystroke, so a draft
 * survives the popup closing; `id` is fixed when the draft is made, so saving twice never makes two rows.
 */
export const DraftFormSchema = z.object({
  id: z.string(),
  clippedAt: z.string(),
  title: z.string(),
  taskType: TaskTypeSchema,
  pupil: z.string(),
  /** Initials of the people the page named who may be the pupil, when it did not say which: the popup asks. */
  pupilCandidates: z.optional(z.array(z.string())),
  dueDate: z.string(),
  dueBasis: z.string(),
  estimatedMinutes: z.string(),
  /** Once the SENCO types minutes, changing the task type no longer replaces them with the type's default. */
  minutesEdited: z.boolean(),
  details: z.string(),
  sourceUrl: z.string(),
  /** What was redacted on the page, in words ("Removed: 1 date of birth, 1 NHS number"), or ''. */
  redactionNote: z.string(),
  /** The LA officer's work e-mail and phone the page showed, kept for the tracker unless the SENCO removes it. */
  laContact: z.optional(z.string()),
  /** Why this draft is waiting for the SENCO (a quick clip that could not be built, a clip the tracker refused). */
  problems: z.array(ProblemSchema),
});
export type DraftForm = z.infer<typeof DraftFormSchema>;

export const draftItem = storage.defineItem<DraftForm | null>('local:draft', {
  fallback: null,
  version: 2,
  migrations: {
    // Version 1 kept problems as bare sentences; each becomes a problem with no field.
    2: (old: { problems?: unknown } | null) =>
      old && Array.isArray(old.problems)
        ? { ...old, problems: old.problems.map((p) => (typeof p === 'string' ? { message: p } : p)) }
        : old,
  },
});

/** The stored draft, or null when there is none or it cannot be read. */
export async function readDraft(item: { getValue(): Promise<unknown> } = draftItem): Promise<DraftForm | null> {
  const parsed = DraftFormSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : null;
}
