import * as z from 'zod/mini';

/** The popup's fields a problem can point at, so the popup marks that field rather than matching sentences. */
export const DRAFT_FIELDS = ['senco', 'title', 'pupil', 'taskType', 'dueDate', 'estimatedMinutes', 'details'] as const;

/** Why a draft cannot be saved yet, in a SENCO's words, with the field to fix when there is one. */
export const ProblemSchema = z.object({
  field: z.optional(z.enum(DRAFT_FIELDS)),
  message: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;
export type DraftField = (typeof DRAFT_FIELDS)[number];
