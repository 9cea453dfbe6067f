import type { TaskType } from '../tasks/taskTypes';
import { MONTH_NAMES } from './calendar';
import { ownRule } from './dueDate';
import { type Anchor, type Offset, ruleById } from './rules';

/** What each anchor date is, as a SENCO would look for it on the page or in the letter. */
const ANCHOR_WORDS: Record<Anchor, string> = {
  request: 'the day the local authority received the request',
  'la-advice-request': "the day the local authority's request for advice arrived",
  'draft-issued': 'the day the draft plan was issued',
  consultation: 'the day the local authority consulted the school',
  'last-review': 'the date of the plan or its last review',
  meeting: 'the review meeting',
  'amendment-notice': 'the day the amendment notice was issued',
  'transfer-year': 'the year of transfer',
  'la-notice': "the local authority's re-assessment notice",
  decision: 'the day the decision was sent',
  'mediation-certificate': 'the day the mediation certificate was issued',
};

/** How the anchor date is named when the page has none, so the SENCO knows what to look for. */
const MISSING: Record<Anchor, string> = {
  request: 'request date',
  'la-advice-request': 'date of the request for advice',
  'draft-issued': 'issue date of the draft plan',
  consultation: 'consultation date',
  'last-review': 'date of the plan or its last review',
  meeting: 'review meeting date',
  'amendment-notice': 'date of the amendment notice',
  'transfer-year': 'year of transfer',
  'la-notice': 're-assessment notice date',
  decision: 'decision date',
  'mediation-certificate': 'mediation certificate date',
};

/**
 * The basis for a task whose own time limit could not be counted because the page does not show the date it
 * counts from: the limit in words, its authority, and which date to look for. The due date is left for the
 * SENCO to enter rather than taken from another step's (later) limit. Null for a task with no statutory limit.
 * Example: amendment-response → "Within 15 days beginning with the day the amendment notice was issued, which counts
 * as day 1 (SEND Regulations 2014, reg 22(2)(c)). No date of the amendment notice was found on the page: enter
 * the due date from it."
 */
export function basisWithoutAnchor(taskType: TaskType, dates: { transferToPost16?: boolean } = {}): string | null {
  const id = ownRule(taskType, dates);
  if (!id) return null;
  const rule = ruleById(id);
  const limit = limitInWords(rule.offset, ANCHOR_WORDS[rule.from]);
  const sentence = limit.charAt(0).toUpperCase() + limit.slice(1);
  return `${sentence} (${rule.authority}). No ${MISSING[rule.from]} was found on the page: enter the due date from it.`;
}

function limitInWords(offset: Offset, anchor: string): string {
  if ('fixedDate' in offset) {
    const month = MONTH_NAMES[offset.fixedDate.month - 1];
    return `before ${offset.fixedDate.day} ${month} of ${anchor}`;
  }
  const [count, unit] = 'days' in offset ? [offset.days, 'days'] : 'weeks' in offset ? [offset.weeks, 'weeks'] : [offset.months, 'months'];
  if ('before' in offset && offset.before) return `at least ${count} ${unit} before ${anchor}`;
  if ('startDayCounts' in offset && offset.startDayCounts) {
    return unit === 'days'
      ? `within ${count} days beginning with ${anchor}, which counts as day 1`
      : `within the ${count} ${unit} starting with ${anchor}`;
  }
  return `within ${count} ${unit} of ${anchor}`;
}
