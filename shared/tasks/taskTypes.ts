import * as z from 'zod/mini';

/** The kinds of EHCP admin task a SENCO meets on LA portals: the tracker's dropdown, the clip's `taskType` and the deadline rules share them. */
export const TASK_TYPES = [
  'needs-assessment-request',
  'advice',
  'draft-plan-response',
  'consultation-response',
  'annual-review',
  'phase-transfer',
  'amendment-response',
  'tribunal-mediation',
  'funding-claim',
  'other',
] as const;

export const TaskTypeSchema = z.enum(TASK_TYPES);
export type TaskType = z.infer<typeof TaskTypeSchema>;

/** How each task type reads in the tracker's dropdown and the popup. */
export const TASK_TYPE_LABELS: Record<TaskType, string> = {
  'needs-assessment-request': 'Needs assessment request',
  advice: 'Advice contribution',
  'draft-plan-response': 'Draft plan response',
  'consultation-response': 'Consultation response (naming a school)',
  'annual-review': 'Annual review',
  'phase-transfer': 'Phase transfer review',
  'amendment-response': 'Amendment response',
  'tribunal-mediation': 'Tribunal or mediation evidence',
  'funding-claim': 'Provision costing / top-up funding claim',
  other: 'Other',
};
