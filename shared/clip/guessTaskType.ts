import type { TaskType } from '../tasks/taskTypes';

/**
 * Task-type rules, most specific first: the first rule with a match wins. The order settles the
 * usual overlaps on portal pages: tribunal evidence about any step is tribunal work; a phase
 * transfer review is an annual review with a fixed deadline; advice asked for an annual review is
 * annual-review work (the Code of Practice lists it under the review), but an amendment notice
 * after a review is the amendment step; a draft plan sent with a request to name the school is a
 * consultation; and an EHC needs assessment that asks the school for advice is an advice task,
 * while a request *for* an assessment is the school's own needs-assessment request.
 */
const RULES: readonly (readonly [TaskType, RegExp])[] = [
  ['tribunal-mediation', /\btribunal\b|\bmediation\b|\bappeal(?:s|ed|ing)?\b|\bsendist\b|\bfirst[- ]tier\b/i],
  [
    'phase-transfer',
    /\bphase[- ]transfer\b|\btransition (?:to|into) (?:secondary|post[- ]?16|further education|college|sixth form)\b|\b(?:secondary|post[- ]?16) transfer\b/i,
  ],
  ['amendment-response', /\bamend(?:s|ed|ing|ment|ments)?\b/i],
  ['annual-review', /\bannual review\b|\breview meeting\b|\binterim review\b|\bearly review\b/i],
  [
    'consultation-response',
    /\bconsult(?:ation|ed|ing)?\b|\bnaming\b|\bplacement request\b|\bparental preference\b|\bname (?:the|a|your) school\b/i,
  ],
  ['draft-plan-response', /\bdraft (?:ehcp|ehc plan|plan|education,? health and care plan)\b|\bproposed (?:ehc )?plan\b/i],
  [
    'needs-assessment-request',
    /\brequest for (?:an? )?(?:statutory|ehc|education,? health and care|ehc needs) (?:needs )?assessment\b|\b(?:ehc |statutory )?needs assessment request\b|\bstatutory assessment request\b|\brequest(?:ing)? an? (?:ehc )?needs assessment\b/i,
  ],
  ['advice', /\badvice\b|\beducational psycholog(?:y|ist)\b|\brequest for information\b/i],
  ['funding-claim', /\btop[- ]?up\b|\bfunding\b|\bcosting\b|\bcosted provision\b|\bbanding\b|\belement 3\b/i],
];

/** The task type a clipped text is most likely about, by keyword rules with priorities; "other" when none match. */
export function guessTaskType(text: string): TaskType {
  for (const [taskType, pattern] of RULES) {
    if (pattern.test(text)) return taskType;
  }
  return 'other';
}
