import { dayNumberOf, type IsoDate, isoOf } from '../dates/isoDate';
import type { TaskType } from '../tasks/taskTypes';
import { addDays, addMonths, addWeeks, formatUkDate, parseIsoDate } from './calendar';
import { type Anchor, type Offset, type RuleId, ruleById, TRIBUNAL_MOVE_AUTHORITY, TRIBUNAL_MOVE_WORDING } from './rules';
import { tribunalFilingDay } from './tribunalFilingDay';

/** A statutory due date with the sentence that justifies it, for the tracker's due date and basis columns. */
export interface DeadlineSuggestion {
  ruleId: RuleId;
  /** YYYY-MM-DD. */
  dueDate: IsoDate;
  /** Plain-English sentence(s) ending in the full citation, e.g. "… meeting on 24/03/2026 (SEND Regulations 2014, reg 20(4))." */
  basis: string;
  /** Short citation: 'reg 20(4)'. */
  citation: string;
}

/** The dates a local authority portal shows for a case, as YYYY-MM-DD; any may be missing. */
export interface PortalDates {
  /** The LA received the request for an EHC needs assessment. */
  request?: string;
  /** The LA's request for advice was received (reg 8). */
  laAdviceRequest?: string;
  /** The draft EHC plan was issued (served). */
  draftIssued?: string;
  /** The LA consulted the school about being named. */
  consultation?: string;
  /** The annual or phase transfer review meeting. */
  meeting?: string;
  /** The plan was made or last reviewed. */
  lastReview?: string;
  /** The LA sent its notice of proposed amendments. */
  amendmentNotice?: string;
  /** The calendar year of a transfer between phases, e.g. 2027 for a move to secondary in September 2027. */
  transferYear?: number;
  /** The transfer is from secondary school to a post-16 institution (31 March rather than 15 February). */
  transferToPost16?: boolean;
  /** The LA's notice that it will re-assess. */
  laNotice?: string;
  /** The LA's decision letter was sent. */
  decision?: string;
  /** The mediation certificate was issued. */
  mediationCertificate?: string;
}

type DateKey = Exclude<keyof PortalDates, 'transferYear' | 'transferToPost16'>;

const ANCHOR_DATE: Record<Exclude<Anchor, 'transfer-year'>, DateKey> = {
  request: 'request',
  'la-advice-request': 'laAdviceRequest',
  'draft-issued': 'draftIssued',
  consultation: 'consultation',
  'last-review': 'lastReview',
  meeting: 'meeting',
  'amendment-notice': 'amendmentNotice',
  'la-notice': 'laNotice',
  decision: 'decision',
  'mediation-certificate': 'mediationCertificate',
};

type Candidate =
  | { rule: RuleId; when?: { transferToPost16: boolean } }
  /** Every rule whose date is known is worked out and the latest wins; the first rule's date is required. */
  | { laterOf: readonly [RuleId, ...RuleId[]] };

/**
 * For each task type, the rules that can set its deadline, most relevant first; the first whose date is
 * known gives the suggestion. Each is a limit on the task's own step: a later limit on the local
 * authority (the final plan at 20 weeks, the amended plan at 12 weeks after the meeting) never stands in
 * for the school's own, so without its date there is no suggestion (see `basisWithoutAnchor`).
 */
const SUGGESTIONS: Record<TaskType, readonly Candidate[]> = {
  'needs-assessment-request': [{ rule: 'assessment-decision' }, { rule: 'reassessment-final-plan' }],
  advice: [{ rule: 'assessment-advice' }, { rule: 'review-advice' }],
  'draft-plan-response': [{ rule: 'draft-plan-comments' }],
  'consultation-response': [{ rule: 'consultation-response' }],
  'annual-review': [{ rule: 'review-advice' }, { rule: 'annual-review-due' }],
  'phase-transfer': [
    { rule: 'phase-transfer-post-16', when: { transferToPost16: true } },
    { rule: 'phase-transfer', when: { transferToPost16: false } },
    { rule: 'review-advice' },
  ],
  'amendment-response': [{ rule: 'amendment-comments' }],
  'tribunal-mediation': [{ laterOf: ['tribunal-appeal', 'tribunal-appeal-after-mediation'] }, { rule: 'tribunal-appeal-after-mediation' }],
  'funding-claim': [],
  other: [],
};

/**
 * The due date of one statutory time limit counted from `from` (YYYY-MM-DD; for a fixed date such as
 * 15 February only its year is used), with its basis sentence. Calendar days throughout: a due date on a
 * weekend or bank holiday stays there, except an appeal's filing day (HESC rule 12).
 * @throws {RangeError} when `from` is not a real YYYY-MM-DD date or the rule id is unknown
 */
export function statutoryDueDate(input: { rule: RuleId; from: string }): DeadlineSuggestion {
  const rule = ruleById(input.rule);
  dayNumberOf(input.from);
  const limitEnds = dueFrom(rule.offset, input.from);
  const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
  let dueDate = limitEnds;
  let moveClause = '';
  if (rule.moves === 'tribunal-filing') {
    const filing = tribunalFilingDay(limitEnds);
    dueDate = filing.date;
    if (filing.moved) {
      const clause = fill(TRIBUNAL_MOVE_WORDING[filing.moved], { ends: formatUkDate(limitEnds), date: formatUkDate(dueDate) });
      moveClause = ` ${clause} (${TRIBUNAL_MOVE_AUTHORITY}).`;
    }
  }
  const wording = fill(rule.wording, {
    from: formatUkDate(input.from),
    due: formatUkDate(dueDate),
    year: input.from.slice(0, 4),
  });
  return { ruleId: input.rule, dueDate, basis: `${wording} (${rule.authority}).${moveClause}`, citation: rule.citation };
}

/**
 * The most relevant statutory deadline for a task, given the portal dates known so far, or null when the
 * task type has no statutory time limit or none of its dates is known. Dates that are not real YYYY-MM-DD
 * dates count as unknown. Examples: annual-review with a meeting date → advice circulated 2 weeks before
 * (reg 20(4)); tribunal-mediation with a decision and a mediation certificate → the later of 2 months and
 * 1 month respectively, moved as HESC rule 12 requires.
 */
export function suggestDeadline(taskType: TaskType, dates: PortalDates): DeadlineSuggestion | null {
  for (const candidate of SUGGESTIONS[taskType]) {
    if ('laterOf' in candidate) {
      const suggestion = laterOf(candidate.laterOf, dates);
      if (suggestion) return suggestion;
      continue;
    }
    if (candidate.when && Boolean(dates.transferToPost16) !== candidate.when.transferToPost16) continue;
    const from = anchorDate(ruleById(candidate.rule).from, dates);
    if (from) return statutoryDueDate({ rule: candidate.rule, from });
  }
  return null;
}

/**
 * The rule that sets a task's own deadline when its dates are known: the first that applies to the task
 * type (for a phase transfer, the one for the kind of transfer), or null when the task type has no
 * statutory time limit.
 */
export function ownRule(taskType: TaskType, dates: Pick<PortalDates, 'transferToPost16'> = {}): RuleId | null {
  for (const candidate of SUGGESTIONS[taskType]) {
    if ('laterOf' in candidate) return candidate.laterOf[0];
    if (candidate.when && Boolean(dates.transferToPost16) !== candidate.when.transferToPost16) continue;
    return candidate.rule;
  }
  return null;
}

function laterOf(ids: readonly [RuleId, ...RuleId[]], dates: PortalDates): DeadlineSuggestion | null {
  if (!anchorDate(ruleById(ids[0]).from, dates)) return null;
  const known = ids.flatMap((id) => {
    const from = anchorDate(ruleById(id).from, dates);
    return from ? [statutoryDueDate({ rule: id, from })] : [];
  });
  // Ties go to the first rule: ISO dates compare correctly as strings.
  const latest = known.reduce((best, next) => (next.dueDate > best.dueDate ? next : best));
  if (known.length === 1) return latest;
  const comparison = known.map((s) => `${ruleById(s.ruleId).limitName ?? s.citation} gives ${formatUkDate(s.dueDate)}`).join('; ');
  return { ...latest, basis: `${latest.basis} The later limit applies: ${comparison}.` };
}

function anchorDate(anchor: Anchor, dates: PortalDates): IsoDate | null {
  if (anchor === 'transfer-year') {
    const year = dates.transferYear;
    return year !== undefined && Number.isInteger(year) && year >= 1000 && year <= 9999 ? isoOf(year, 1, 1) : null;
  }
  const text = dates[ANCHOR_DATE[anchor]];
  if (text === undefined) return null;
  const parsed = parseIsoDate(text);
  return parsed.ok ? parsed.date : null;
}

/**
 * The last day of a time limit. "N months starting with D" (the start day counts) ends the day before the
 * corresponding date N months on; when that month has no corresponding date (29 February, 31st) the next
 * period would start on the 1st of the month after, so it ends on the target month's last day.
 */
function dueFrom(offset: Offset, from: IsoDate): IsoDate {
  if ('fixedDate' in offset) {
    const fixed = isoOf(Number(from.slice(0, 4)), offset.fixedDate.month, offset.fixedDate.day);
    return offset.before ? addDays(fixed, -1) : fixed;
  }
  if ('days' in offset) {
    const span = offset.startDayCounts ? offset.days - 1 : offset.days;
    return addDays(from, offset.before ? -span : span);
  }
  if ('weeks' in offset) return addWeeks(from, offset.before ? -offset.weeks : offset.weeks);
  const corresponding = addMonths(from, offset.months);
  if (!offset.startDayCounts) return corresponding;
  const clamped = corresponding.slice(8) !== from.slice(8);
  return clamped ? corresponding : addDays(corresponding, -1);
}
