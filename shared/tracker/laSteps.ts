import { RULES, type RuleId } from '../deadlines/rules';
import type { TaskRecord } from './taskRecords';

/**
 * Time limits that bind the local authority, not the school (docs/ehcp-timescales.md): when a task's due basis
 * is one of these, its due date is the LA's deadline, and "LA acted on" records when the LA met it.
 */
export const LA_STEP_RULES: readonly RuleId[] = [
  'assessment-decision',
  'no-plan-decision',
  'final-plan',
  'review-decision',
  'amended-plan-final',
  'amended-plan-after-meeting',
  'reassessment-final-plan',
];

/** Each LA-step rule's wording up to its first date, which the basis sentence in the Tasks tab starts with. */
const PREFIXES = RULES.filter((r) => LA_STEP_RULES.includes(r.id)).map((r) => ({
  id: r.id,
  step: r.step,
  prefix: r.wording.slice(0, r.wording.indexOf('{')),
}));

/** The LA step a due basis names ('LA decides whether…'), or null when the deadline is the school's own. */
export function laStepOf(dueBasis: string): { id: RuleId; step: string } | null {
  const found = PREFIXES.find((p) => dueBasis.startsWith(p.prefix));
  return found ? { id: found.id, step: found.step } : null;
}

export const isLaStep = (t: TaskRecord) => laStepOf(t.dueBasis) !== null;
