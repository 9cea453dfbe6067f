import type { TaskType } from '../tasks/taskTypes';

/** The portal date a time limit counts from. */
export type Anchor =
  | 'request'
  | 'la-advice-request'
  | 'draft-issued'
  | 'consultation'
  | 'last-review'
  | 'meeting'
  | 'amendment-notice'
  | 'transfer-year'
  | 'la-notice'
  | 'decision'
  | 'mediation-certificate';

/**
 * How far the due date is from the anchor date. Periods run from the day after the anchor ("within 6 weeks
 * of the request") unless `startDayCounts`, where the anchor day is day 1 ("15 days beginning with the day
 * the draft was served", "12 months starting with the date of the plan"). `before` counts backwards ("at
 * least 2 weeks before the meeting"). A `fixedDate` is a day of the anchor year; with `before`, the due
 * date is the day before it ("before 15 February").
 */
export type Offset =
  | { readonly days: number; readonly startDayCounts?: true; readonly before?: true }
  | { readonly weeks: number; readonly before?: true }
  | { readonly months: number; readonly startDayCounts?: true }
  | { readonly fixedDate: { readonly month: number; readonly day: number }; readonly before: true };

export interface RuleRow {
  readonly id: string;
  /** The step in a SENCO's words, as in the timescales table. */
  readonly step: string;
  readonly from: Anchor;
  readonly offset: Offset;
  /** Short citation for the tracker's column: 'reg 20(4)'. */
  readonly citation: string;
  /** The instrument and provision, for the end of the basis sentence. */
  readonly authority: string;
  /**
   * The basis sentence without its citation. `{from}` is the anchor date and `{due}` the due date, both as
   * dd/mm/yyyy; `{year}` is the anchor's year.
   */
  readonly wording: string;
  /** Task types this time limit can be the deadline of. */
  readonly taskTypes: readonly TaskType[];
  /** Only an appeal's filing day moves off Christmas, August and non-working days (HESC rule 12). */
  readonly moves?: 'tribunal-filing';
  /** The limit named in a "whichever is later" comparison: '2 months from the decision'. */
  readonly limitName?: string;
}

const REGS = 'SEND Regulations 2014';
const HESC = 'Tribunal Procedure (HESC) Rules 2008';

/**
 * Every statutory time limit of the EHCP process the clipper knows, in process order, from the SEND
 * Regulations 2014 (SI 2014/1530), the Children and Families Act 2014, the SEND Code of Practice 2015 and
 * the tribunal rules. Wording follows the instruments as in force (legislation.gov.uk).
 */
export const RULES = [
  {
    id: 'assessment-decision',
    step: 'LA decides whether to carry out an EHC needs assessment',
    from: 'request',
    offset: { weeks: 6 },
    citation: 'reg 5(1)',
    authority: `${REGS}, reg 5(1)`,
    wording:
      'The local authority must say whether it will carry out an EHC needs assessment within 6 weeks of receiving the request on {from}',
    taskTypes: ['needs-assessment-request'],
  },
  {
    id: 'assessment-advice',
    step: 'Advice requested by the LA (school, health, EP…)',
    from: 'la-advice-request',
    offset: { weeks: 6 },
    citation: 'reg 8(1)',
    authority: `${REGS}, reg 8(1)`,
    wording: "Advice for the EHC needs assessment must be given within 6 weeks of receiving the local authority's request on {from}",
    taskTypes: ['advice'],
  },
  {
    id: 'no-plan-decision',
    step: 'LA decides not to issue a plan',
    from: 'request',
    offset: { weeks: 16 },
    citation: 'reg 10(1)',
    authority: `${REGS}, reg 10(1)`,
    wording: 'If the local authority decides not to issue an EHC plan, it must say so within 16 weeks of the assessment request on {from}',
    taskTypes: ['needs-assessment-request'],
  },
  {
    id: 'draft-plan-comments',
    step: 'Comments on a draft plan / naming a school',
    from: 'draft-issued',
    offset: { days: 15, startDayCounts: true },
    citation: 'reg 13(1)',
    authority: `${REGS}, reg 13(1)`,
    wording:
      'Comments on the draft EHC plan, and any request to name a school, are due within 15 days beginning with the day the draft was issued, {from}, which counts as day 1',
    taskTypes: ['draft-plan-response'],
  },
  {
    id: 'final-plan',
    step: 'Final plan issued',
    from: 'request',
    offset: { weeks: 20 },
    citation: 'reg 13(2)',
    authority: `${REGS}, reg 13(2)`,
    wording: 'The final EHC plan must be issued within 20 weeks of the assessment request on {from}',
    taskTypes: ['needs-assessment-request', 'draft-plan-response'],
  },
  {
    id: 'consultation-response',
    step: 'School consulted on being named',
    from: 'consultation',
    offset: { days: 15 },
    citation: 'Code of Practice ch. 9',
    authority: 'SEND Code of Practice 2015, chapter 9',
    wording: 'A school consulted about being named in an EHC plan should respond within 15 days of the consultation on {from}',
    taskTypes: ['consultation-response'],
  },
  {
    id: 'annual-review-due',
    step: 'Annual review held',
    from: 'last-review',
    offset: { months: 12, startDayCounts: true },
    citation: 'CFA 2014 s.44(1)',
    authority: 'Children and Families Act 2014, s.44(1)',
    wording: 'The EHC plan must be reviewed within the 12 months starting with the date of the plan or its last review, {from}',
    taskTypes: ['annual-review'],
  },
  {
    id: 'review-invitations',
    step: 'Invitations to the review meeting',
    from: 'meeting',
    offset: { weeks: 2, before: true },
    citation: 'reg 20(3)',
    authority: `${REGS}, reg 20(3)`,
    wording: "Invitations must give at least 2 weeks' notice of the annual review meeting on {from}",
    taskTypes: ['annual-review', 'phase-transfer'],
  },
  {
    id: 'review-advice',
    step: 'Advice and information circulated',
    from: 'meeting',
    offset: { weeks: 2, before: true },
    citation: 'reg 20(4)',
    authority: `${REGS}, reg 20(4)`,
    wording: 'Advice and information must be circulated at least 2 weeks before the annual review meeting on {from}',
    taskTypes: ['annual-review', 'advice', 'phase-transfer'],
  },
  {
    id: 'review-report',
    step: 'Report of the review meeting sent',
    from: 'meeting',
    offset: { weeks: 2 },
    citation: 'reg 20(7)',
    authority: `${REGS}, reg 20(7)`,
    wording: 'The report of the review meeting on {from} must be sent within 2 weeks of the meeting',
    taskTypes: ['annual-review', 'phase-transfer'],
  },
  {
    id: 'review-decision',
    step: 'LA decision after the review (maintain, amend, cease)',
    from: 'meeting',
    offset: { weeks: 4 },
    citation: 'reg 20(10)',
    authority: `${REGS}, reg 20(10)`,
    wording: 'The local authority must decide whether to keep, amend or cease the EHC plan within 4 weeks of the review meeting on {from}',
    taskTypes: ['annual-review', 'phase-transfer'],
  },
  {
    id: 'amendment-comments',
    step: 'Comments on proposed amendments / naming a school',
    from: 'amendment-notice',
    offset: { days: 15, startDayCounts: true },
    citation: 'reg 22(2)(c)',
    authority: `${REGS}, reg 22(2)(c)`,
    wording:
      'Comments on the proposed amendments, and any request to name a school, are due within 15 days beginning with the day the amendment notice was issued, {from}, which counts as day 1',
    taskTypes: ['amendment-response'],
  },
  {
    id: 'amended-plan-final',
    step: 'Amended plan finalised',
    from: 'amendment-notice',
    offset: { weeks: 8 },
    citation: 'reg 22(3)',
    authority: `${REGS}, reg 22(3)`,
    wording: 'The amended EHC plan must be issued within 8 weeks of the amendment notice sent on {from}',
    taskTypes: ['amendment-response'],
  },
  {
    id: 'amended-plan-after-meeting',
    step: 'Amended plan finalised (≤ 12 weeks after the meeting)',
    from: 'meeting',
    offset: { weeks: 12 },
    citation: 'regs 20(10), 22(3)',
    authority: `${REGS}, regs 20(10) and 22(3)`,
    wording:
      'The amended EHC plan is due within 12 weeks of the review meeting on {from}: 4 weeks for the decision and amendment notice, then 8 weeks to finalise',
    taskTypes: ['amendment-response', 'annual-review'],
  },
  {
    id: 'phase-transfer',
    step: 'Phase transfer review, into secondary (any transfer except secondary to post-16)',
    from: 'transfer-year',
    offset: { fixedDate: { month: 2, day: 15 }, before: true },
    citation: 'reg 18(1)(b)',
    authority: `${REGS}, reg 18(1)(b)`,
    wording:
      'For a move between phases of education, the EHC plan must be reviewed and amended, naming the new school, before 15 February {year}, the year of transfer, so by {due}',
    taskTypes: ['phase-transfer'],
  },
  {
    id: 'phase-transfer-post-16',
    step: 'Phase transfer, secondary into post-16',
    from: 'transfer-year',
    offset: { fixedDate: { month: 3, day: 31 }, before: true },
    citation: 'reg 18(1)(a)',
    authority: `${REGS}, reg 18(1)(a)`,
    wording:
      'For a move from secondary school to a post-16 institution, the EHC plan must be reviewed and amended, naming the new institution, before 31 March {year}, the year of transfer, so by {due}',
    taskTypes: ['phase-transfer'],
  },
  {
    id: 'reassessment-final-plan',
    step: 'Re-assessment: final plan',
    from: 'la-notice',
    offset: { weeks: 14 },
    citation: 'reg 27(2)',
    authority: `${REGS}, reg 27(2)`,
    wording: "After a re-assessment, the final EHC plan must be issued within 14 weeks of the local authority's notice on {from}",
    taskTypes: ['needs-assessment-request'],
  },
  {
    id: 'mediation-contact',
    step: 'Mediation: contact the adviser',
    from: 'decision',
    offset: { months: 2 },
    citation: 'reg 33',
    authority: `${REGS}, reg 33`,
    wording: 'To appeal, the family must first contact the mediation adviser within 2 months of the decision sent on {from}',
    taskTypes: ['tribunal-mediation'],
  },
  {
    id: 'tribunal-appeal',
    step: 'Appeal to the tribunal: 2 months from the decision',
    from: 'decision',
    offset: { months: 2 },
    citation: 'HESC rule 20',
    authority: `${HESC}, rule 20`,
    wording: 'An appeal to the SEND Tribunal must be made within 2 months of the decision sent on {from}',
    taskTypes: ['tribunal-mediation'],
    moves: 'tribunal-filing',
    limitName: '2 months from the decision',
  },
  {
    id: 'tribunal-appeal-after-mediation',
    step: 'Appeal to the tribunal: 1 month from a mediation certificate',
    from: 'mediation-certificate',
    offset: { months: 1 },
    citation: 'HESC rule 20',
    authority: `${HESC}, rule 20`,
    wording: 'An appeal to the SEND Tribunal may be made within 1 month of the mediation certificate issued on {from}',
    taskTypes: ['tribunal-mediation'],
    moves: 'tribunal-filing',
    limitName: '1 month from the mediation certificate',
  },
] as const satisfies readonly RuleRow[];

export type Rule = (typeof RULES)[number];
export type RuleId = Rule['id'];

/** Where a tribunal filing day moved and why, as the clause after the basis sentence; {ends} and {date} are dd/mm/yyyy. */
export const TRIBUNAL_MOVE_WORDING = {
  christmas:
    'That time ends on {ends}, between 25 December and 1 January, so the appeal is in time on the first working day after 1 January, {date}',
  august: 'That time ends on {ends}, in August, so the appeal is in time on the first working day of September, {date}',
  'non-working-day': 'That time ends on {ends}, which is not a working day, so the appeal is in time on the next working day, {date}',
} as const;

export const TRIBUNAL_MOVE_AUTHORITY = `${HESC}, rule 12`;

const BY_ID: ReadonlyMap<string, RuleRow> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id. @throws {RangeError} on an unknown id */
export function ruleById(id: RuleId): RuleRow {
  const rule = BY_ID.get(id);
  if (!rule) throw new RangeError(`no statutory rule "${id}"`);
  return rule;
}
