import { longDate } from '../deadlines/longDate';
import type { LeadersSummary, TermSummary } from '../report/html/leadersSummaryHtml';

// The summary's plain statement: one sentence per figure, in words a governor reads, saying what the figures are
// and nothing more (no advice). The Code of Practice sentence quotes paragraph 6.91 (docs/tracker-evidence.md).

const hours = (x: number) => x.toFixed(1);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const isAre = (n: number) => (n === 1 ? 'is' : 'are');

/** A task type's label inside a sentence: "annual review", "other tasks". */
const inSentence = (label: string) => (label === 'Other' ? 'other tasks' : label.charAt(0).toLowerCase() + label.slice(1));

export const CODE_OF_PRACTICE =
  'The SEND Code of Practice (paragraph 6.91) says the school should make sure its SENCO has “sufficient time and resources” to carry out the role.';

function timeSentence(t: Omit<TermSummary, 'statement'>): string {
  const when = t.running ? 'this term so far' : 'this term';
  if (t.adminPerWeek === null) return `No school day of ${t.name} has been counted yet, so there is no weekly figure.`;
  if (t.protectedPerWeek === null || t.share === null)
    return `EHCP admin took ${hours(t.adminPerWeek)} hours a school week ${when}; no protected SENCO hours are set in the Settings tab, so there is nothing to set them against.`;
  const first = `EHCP admin took ${hours(t.adminPerWeek)} of the ${hours(t.protectedPerWeek)} protected SENCO hours a week ${when} (${pct(t.share)}).`;
  // From the rounded figures, so that the sentence's own numbers add up.
  const gap = Number(hours(t.protectedPerWeek)) - Number(hours(t.adminPerWeek));
  if (gap < 0) return `${first} That is ${hours(-gap)} hours a week more than the protected time given.`;
  return `${first} That left ${hours(gap)} protected hours a week for the rest of the role.`;
}

function typeSentence(t: Omit<TermSummary, 'statement'>): string {
  const [top, next] = t.topTypes;
  if (!top) return 'No EHCP admin was recorded this term.';
  const then = next ? `, then ${inSentence(next.type)} (${hours(next.hours)} hours, ${pct(next.share)})` : '';
  return `The most time went on ${inSentence(top.type)} (${hours(top.hours)} hours, ${pct(top.share)} of the admin)${then}.`;
}

function deadlineSentence({ deadlines: d }: Omit<TermSummary, 'statement'>): string {
  if (d.due === 0 || d.share === null) return 'No deadline of the school’s own has fallen due this term yet.';
  if (d.onTime === d.due) return `The school met all ${d.due} of its own deadlines this term by the due date.`;
  const rest = [
    d.late > 0 ? `${d.late} ${d.late === 1 ? 'was' : 'were'} done late` : '',
    d.open > 0 ? `${d.open} ${isAre(d.open)} still open` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return `The school met ${d.onTime} of its ${plural(d.due, 'own deadline', 'own deadlines')} this term by the due date (${pct(d.share)}); ${rest}.`;
}

function overdueSentence(overdue: LeadersSummary['overdueNow'], today: string): string {
  const { tasks, laSteps } = overdue;
  if (tasks === 0 && laSteps === 0)
    return `On ${longDate(today)}, no task is past its due date and no LA step is past its legal time limit.`;
  const own = `${plural(tasks, 'task', 'tasks')} ${isAre(tasks)} past the school’s due date`;
  const la = `${plural(laSteps, 'LA step', 'LA steps')} ${isAre(laSteps)} past ${laSteps === 1 ? 'its' : 'their'} legal time limit`;
  return `On ${longDate(today)}, ${own} and ${la}.`;
}

function laSentence({ laTotal: l }: Omit<TermSummary, 'statement'>): string {
  if (l.steps === 0 || l.share === null) return 'No statutory step of a local authority fell due this term.';
  const notYet = l.notYet > 0 ? `; ${plural(l.notYet, 'step has', 'steps have')} not been taken yet` : '';
  return `Local authorities took ${l.onTime} of ${plural(l.steps, 'statutory step', 'statutory steps')} due this term within the legal time limit (${pct(l.share)})${notYet}.`;
}

/** The statement for one term: time, where it went, deadlines, overdue today, LA timeliness, the Code of Practice. */
export function leadersStatement(t: Omit<TermSummary, 'statement'>, overdue: LeadersSummary['overdueNow'], today: string): string[] {
  return [timeSentence(t), typeSentence(t), deadlineSentence(t), overdueSentence(overdue, today), laSentence(t), CODE_OF_PRACTICE];
}
