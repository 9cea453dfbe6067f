import { describe, expect, it } from 'vitest';
import { TASK_TYPES } from '../tasks/taskTypes';
import { statutoryDueDate, suggestDeadline } from './dueDate';
import { RULES, type RuleId } from './rules';

// Every expected date below was counted by hand on a calendar from the words of the instrument, then
// checked with GNU `date -d "<from> <n> days"`.
describe('statutoryDueDate: one case per statutory time limit', () => {
  const cases: { rule: RuleId; from: string; dueDate: string }[] = [
    // reg 5(1): 6 weeks (42 days) from the request received Monday 12/01/2026 is Monday 23/02/2026
    { rule: 'assessment-decision', from: '2026-01-12', dueDate: '2026-02-23' },
    // reg 8(1): 6 weeks from the LA's advice request received Friday 13/02/2026 is Friday 27/03/2026
    { rule: 'assessment-advice', from: '2026-02-13', dueDate: '2026-03-27' },
    // reg 10(1): 16 weeks (112 days) from the request on 12/01/2026 is Monday 04/05/2026
    { rule: 'no-plan-decision', from: '2026-01-12', dueDate: '2026-05-04' },
    // reg 13(1)(a): 15 days beginning with the day the draft was served, 20/02/2026 = day 1, so day 15 is 06/03/2026
    { rule: 'draft-plan-comments', from: '2026-02-20', dueDate: '2026-03-06' },
    // reg 13(2): 20 weeks (140 days) from the request on 12/01/2026 is Monday 01/06/2026
    { rule: 'final-plan', from: '2026-01-12', dueDate: '2026-06-01' },
    // Code of Practice ch. 9: 15 days from the consultation on Monday 02/03/2026 is Tuesday 17/03/2026
    { rule: 'consultation-response', from: '2026-03-02', dueDate: '2026-03-17' },
    // CFA 2014 s.44(1): the 12 months starting with the last review on 24/03/2025 end on 23/03/2026
    { rule: 'annual-review-due', from: '2025-03-24', dueDate: '2026-03-23' },
    // reg 20(3): at least 2 weeks' notice of the meeting on Tuesday 24/03/2026: by Tuesday 10/03/2026
    { rule: 'review-invitations', from: '2026-03-24', dueDate: '2026-03-10' },
    // reg 20(4): advice circulated at least 2 weeks before the meeting on 24/03/2026: by 10/03/2026
    { rule: 'review-advice', from: '2026-03-24', dueDate: '2026-03-10' },
    // reg 20(7): report within 2 weeks of the meeting on 24/03/2026: 07/04/2026
    { rule: 'review-report', from: '2026-03-24', dueDate: '2026-04-07' },
    // reg 20(10): LA decision within 4 weeks of the meeting on 24/03/2026: 21/04/2026
    { rule: 'review-decision', from: '2026-03-24', dueDate: '2026-04-21' },
    // reg 22(2)(c): 15 days beginning with the day the amendment notice was served, 21/04/2026 = day 1: 05/05/2026
    { rule: 'amendment-comments', from: '2026-04-21', dueDate: '2026-05-05' },
    // reg 22(3): 8 weeks (56 days) from the amendment notice sent 21/04/2026: 16/06/2026
    { rule: 'amended-plan-final', from: '2026-04-21', dueDate: '2026-06-16' },
    // regs 20(10) + 22(3): 4 + 8 = 12 weeks (84 days) from the meeting on 24/03/2026: 16/06/2026
    { rule: 'amended-plan-after-meeting', from: '2026-03-24', dueDate: '2026-06-16' },
    // reg 18(1)(b): before 15 February in the year of transfer, 2027: the last day is Sunday 14/02/2027
    { rule: 'phase-transfer', from: '2027-01-01', dueDate: '2027-02-14' },
    // reg 18(1)(a): before 31 March in the year of transfer, 2027: the last day is Tuesday 30/03/2027
    { rule: 'phase-transfer-post-16', from: '2027-01-01', dueDate: '2027-03-30' },
    // reg 27(2): 14 weeks (98 days) from the LA's re-assessment notice on 12/01/2026: Monday 20/04/2026
    { rule: 'reassessment-final-plan', from: '2026-01-12', dueDate: '2026-04-20' },
    // reg 33: 2 months after the decision sent 10/03/2026 is Sunday 10/05/2026, and it stays on the Sunday
    { rule: 'mediation-contact', from: '2026-03-10', dueDate: '2026-05-10' },
    // HESC rule 20: 2 months after the decision sent 12/03/2026 is Tuesday 12/05/2026, a working day
    { rule: 'tribunal-appeal', from: '2026-03-12', dueDate: '2026-05-12' },
    // HESC rule 20: 1 month after the mediation certificate of 15/04/2026 is Friday 15/05/2026
    { rule: 'tribunal-appeal-after-mediation', from: '2026-04-15', dueDate: '2026-05-15' },
  ];

  it('has a case for every rule in the table', () => {
    expect(cases.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(cases)('$rule from $from is due $dueDate', ({ rule, from, dueDate }) => {
    const result = statutoryDueDate({ rule, from });
    expect(result.dueDate).toBe(dueDate);
    expect(result.ruleId).toBe(rule);
  });
});

describe('statutoryDueDate: basis sentences', () => {
  it('explains the advice deadline the way the brief words it', () => {
    expect(statutoryDueDate({ rule: 'review-advice', from: '2026-03-24' })).toEqual({
      ruleId: 'review-advice',
      dueDate: '2026-03-10',
      basis:
        'Advice and information must be circulated at least 2 weeks before the annual review meeting on 24/03/2026 (SEND Regulations 2014, reg 20(4)).',
      citation: 'reg 20(4)',
    });
  });

  it('says that the day the draft was issued counts as day 1', () => {
    expect(statutoryDueDate({ rule: 'draft-plan-comments', from: '2026-02-20' }).basis).toBe(
      'Comments on the draft EHC plan, and any request to name a school, are due within 15 days beginning with the day the draft was issued, 20/02/2026, which counts as day 1 (SEND Regulations 2014, reg 13(1)).',
    );
  });

  it('names the fixed date, the year and the last day for a phase transfer', () => {
    expect(statutoryDueDate({ rule: 'phase-transfer', from: '2027-01-01' }).basis).toBe(
      'For a move between phases of education, the EHC plan must be reviewed and amended, naming the new school, before 15 February 2027, the year of transfer, so by 14/02/2027 (SEND Regulations 2014, reg 18(1)(b)).',
    );
  });

  it('explains a tribunal move and cites rule 12 for it', () => {
    // HESC rule 20: 2 months after 26/10/2026 is Saturday 26/12/2026; rule 12 moves it past 1 January 2027
    // (a Friday bank holiday) and the weekend to Monday 04/01/2027
    expect(statutoryDueDate({ rule: 'tribunal-appeal', from: '2026-10-26' })).toEqual({
      ruleId: 'tribunal-appeal',
      dueDate: '2027-01-04',
      basis:
        'An appeal to the SEND Tribunal must be made within 2 months of the decision sent on 26/10/2026 (Tribunal Procedure (HESC) Rules 2008, rule 20).' +
        ' That time ends on 26/12/2026, between 25 December and 1 January, so the appeal is in time on the first working day after 1 January, 04/01/2027 (Tribunal Procedure (HESC) Rules 2008, rule 12).',
      citation: 'HESC rule 20',
    });
  });

  it('throws a RangeError for a date that does not exist', () => {
    expect(() => statutoryDueDate({ rule: 'review-advice', from: '2026-02-30' })).toThrow(RangeError);
    expect(() => statutoryDueDate({ rule: 'review-advice', from: '24/03/2026' })).toThrow('"24/03/2026"');
  });
});

describe('statutoryDueDate: edge cases from docs/ehcp-timescales.md', () => {
  it.each([
    // reg 5(1): 6 weeks from Saturday 10/01/2026 is Saturday 21/02/2026; the regulations do not move it
    { name: 'leaves a deadline on a Saturday', rule: 'assessment-decision', from: '2026-01-10', dueDate: '2026-02-21' },
    // reg 10(1): 16 weeks from 12/01/2026 is Monday 04/05/2026, the early May bank holiday; not moved
    { name: 'leaves a deadline on a bank holiday', rule: 'no-plan-decision', from: '2026-01-12', dueDate: '2026-05-04' },
    // reg 18(1)(b): 14/02/2027 is a Sunday; not moved to the Monday
    { name: 'leaves the phase transfer deadline on a Sunday', rule: 'phase-transfer', from: '2027-01-01', dueDate: '2027-02-14' },
    // reg 33: 2 months after 26/10/2026 is Saturday 26/12/2026; only tribunal filing moves at Christmas
    { name: 'does not move a mediation deadline at Christmas', rule: 'mediation-contact', from: '2026-10-26', dueDate: '2026-12-26' },
    // reg 20(7): 2 weeks after a meeting on 20/07/2026 is 03/08/2026; only tribunal filing moves in August
    { name: 'does not move a review report deadline in August', rule: 'review-report', from: '2026-07-20', dueDate: '2026-08-03' },
  ])('$name', ({ rule, from, dueDate }) => {
    expect(statutoryDueDate({ rule: rule as RuleId, from }).dueDate).toBe(dueDate);
  });

  it.each([
    // reg 8(1): 42 days from 13/02/2026 straight through the February half term (16–20/02) to 27/03/2026
    { name: 'through a half term', rule: 'assessment-advice', from: '2026-02-13', dueDate: '2026-03-27' },
    // reg 8(1): 42 days from 20/03/2026 through the Easter holidays, Good Friday and Easter Monday, to 01/05/2026
    { name: 'through the Easter holidays and bank holidays', rule: 'assessment-advice', from: '2026-03-20', dueDate: '2026-05-01' },
    // reg 13(2): 20 weeks from 12/06/2026 through the whole summer holiday is 30/10/2026
    { name: 'through the summer holiday', rule: 'final-plan', from: '2026-06-12', dueDate: '2026-10-30' },
  ])('counts weeks as calendar weeks $name', ({ rule, from, dueDate }) => {
    expect(statutoryDueDate({ rule: rule as RuleId, from }).dueDate).toBe(dueDate);
  });

  it.each([
    { from: '2027-01-01', dueDate: '2027-02-14' },
    { from: '2027-09-01', dueDate: '2027-02-14' },
    { from: '2027-12-31', dueDate: '2027-02-14' },
    // 2028 is a leap year; the day before 15 February is still 14 February
    { from: '2028-09-04', dueDate: '2028-02-14' },
  ])('fixes the 15 February rule in the calendar year of $from, whatever day of it is given', ({ from, dueDate }) => {
    // reg 18(1)(b): "before … 15 February in the calendar year of the child's transfer"
    expect(statutoryDueDate({ rule: 'phase-transfer', from }).dueDate).toBe(dueDate);
  });

  it.each([
    // s.44(1): 12 months starting with 29/02/2024; there is no 29/02/2025, so the period ends on 28/02/2025
    { name: 'from a leap day', from: '2024-02-29', dueDate: '2025-02-28' },
    // s.44(1): 12 months starting with 01/03/2023 end the day before 01/03/2024, the leap day 29/02/2024
    { name: 'ending on a leap day', from: '2023-03-01', dueDate: '2024-02-29' },
    // s.44(1): 12 months starting with 01/01/2026 end on 31/12/2026
    { name: 'from New Year', from: '2026-01-01', dueDate: '2026-12-31' },
    // s.44(1): 12 months starting with 31/03/2025 end on 30/03/2026
    { name: 'from the last day of a month', from: '2025-03-31', dueDate: '2026-03-30' },
  ])('counts the annual review period $name', ({ from, dueDate }) => {
    expect(statutoryDueDate({ rule: 'annual-review-due', from }).dueDate).toBe(dueDate);
  });

  it.each([
    // reg 33: 2 months after 31/12/2025; there is no 31/02/2026, so the last day of February, 28/02/2026
    { name: 'clamps 31 December + 2 months to 28 February', rule: 'mediation-contact', from: '2025-12-31', dueDate: '2026-02-28' },
    // reg 33: 2 months after 31/12/2027; 2028 is a leap year, so 29/02/2028
    { name: 'clamps to 29 February in a leap year', rule: 'mediation-contact', from: '2027-12-31', dueDate: '2028-02-29' },
    // HESC rule 20: 2 months after 31/12/2025 is Saturday 28/02/2026; rule 12 moves it to Monday 02/03/2026
    {
      name: 'clamps and then moves a tribunal deadline off the weekend',
      rule: 'tribunal-appeal',
      from: '2025-12-31',
      dueDate: '2026-03-02',
    },
    // HESC rule 20: 1 month after the certificate of 31/03/2026 is 30/04/2026 (no 31 April)
    { name: 'clamps 31 March + 1 month to 30 April', rule: 'tribunal-appeal-after-mediation', from: '2026-03-31', dueDate: '2026-04-30' },
  ])('$name', ({ rule, from, dueDate }) => {
    expect(statutoryDueDate({ rule: rule as RuleId, from }).dueDate).toBe(dueDate);
  });

  it.each([
    // HESC rules 20 and 12: 2 months after 25/10/2025 is Thursday 25/12/2025; first working day after 1 Jan 2026 is Friday 02/01/2026
    { name: 'moves Christmas Day to the first working day after 1 January', from: '2025-10-25', dueDate: '2026-01-02' },
    // 2 months after 01/11/2026 is Friday 01/01/2027, the last day of the window; then the weekend: Monday 04/01/2027
    { name: 'moves 1 January itself', from: '2026-11-01', dueDate: '2027-01-04' },
    // 2 months after 24/10/2026 is Thursday 24/12/2026, the day before the window, a working day
    { name: 'leaves 24 December alone', from: '2026-10-24', dueDate: '2026-12-24' },
    // 2 months after 10/06/2026 is Monday 10/08/2026; first working day after 31/08/2026 (a bank holiday) is 01/09/2026
    { name: 'moves an August deadline to the first working day of September', from: '2026-06-10', dueDate: '2026-09-01' },
    // 2 months after 15/06/2029 is 15/08/2029; 1 and 2 September 2029 are a weekend, so Monday 03/09/2029
    { name: 'moves an August deadline past a weekend at the start of September', from: '2029-06-15', dueDate: '2029-09-03' },
    // 2 months after 10/03/2026 is Sunday 10/05/2026; rule 12 moves it to Monday 11/05/2026
    { name: 'moves a Sunday deadline to the Monday', from: '2026-03-10', dueDate: '2026-05-11' },
  ])('tribunal filing $name', ({ from, dueDate }) => {
    expect(statutoryDueDate({ rule: 'tribunal-appeal', from }).dueDate).toBe(dueDate);
  });
});

describe('suggestDeadline', () => {
  it.each([
    // reg 5(1): 6 weeks from the request of 12/01/2026
    { taskType: 'needs-assessment-request', dates: { request: '2026-01-12' }, ruleId: 'assessment-decision', dueDate: '2026-02-23' },
    // reg 27(2): 14 weeks from the re-assessment notice of 12/01/2026 when no request date is known
    { taskType: 'needs-assessment-request', dates: { laNotice: '2026-01-12' }, ruleId: 'reassessment-final-plan', dueDate: '2026-04-20' },
    // reg 8(1): 6 weeks from the LA's advice request of 13/02/2026
    {
      taskType: 'advice',
      dates: { laAdviceRequest: '2026-02-13', meeting: '2026-03-24' },
      ruleId: 'assessment-advice',
      dueDate: '2026-03-27',
    },
    // reg 20(4): advice for a review meeting on 24/03/2026, 2 weeks before
    { taskType: 'advice', dates: { meeting: '2026-03-24' }, ruleId: 'review-advice', dueDate: '2026-03-10' },
    // reg 13(1): 15 days beginning with the draft issued on 20/02/2026
    {
      taskType: 'draft-plan-response',
      dates: { draftIssued: '2026-02-20', request: '2026-01-12' },
      ruleId: 'draft-plan-comments',
      dueDate: '2026-03-06',
    },
    // Code of Practice ch. 9: 15 days from the consultation of 02/03/2026
    { taskType: 'consultation-response', dates: { consultation: '2026-03-02' }, ruleId: 'consultation-response', dueDate: '2026-03-17' },
    // reg 20(4): a known meeting date gives the advice deadline, 2 weeks before 24/03/2026
    {
      taskType: 'annual-review',
      dates: { meeting: '2026-03-24', lastReview: '2025-04-01' },
      ruleId: 'review-advice',
      dueDate: '2026-03-10',
    },
    // CFA s.44(1): with no meeting yet, 12 months starting with the last review on 01/04/2025 end on 31/03/2026
    { taskType: 'annual-review', dates: { lastReview: '2025-04-01' }, ruleId: 'annual-review-due', dueDate: '2026-03-31' },
    // reg 18(1)(b): transfer into secondary in 2027, before 15/02/2027
    { taskType: 'phase-transfer', dates: { transferYear: 2027, meeting: '2026-11-10' }, ruleId: 'phase-transfer', dueDate: '2027-02-14' },
    // reg 18(1)(a): secondary to post-16 in 2027, before 31/03/2027
    {
      taskType: 'phase-transfer',
      dates: { transferYear: 2027, transferToPost16: true },
      ruleId: 'phase-transfer-post-16',
      dueDate: '2027-03-30',
    },
    // reg 20(4): a phase transfer review with only its meeting date known: 2 weeks before 10/11/2026
    { taskType: 'phase-transfer', dates: { meeting: '2026-11-10' }, ruleId: 'review-advice', dueDate: '2026-10-27' },
    // reg 22(2)(c): 15 days beginning with the amendment notice of 21/04/2026
    {
      taskType: 'amendment-response',
      dates: { amendmentNotice: '2026-04-21', meeting: '2026-03-24' },
      ruleId: 'amendment-comments',
      dueDate: '2026-05-05',
    },
    // HESC rule 20: 2 months from the decision sent on 12/03/2026
    { taskType: 'tribunal-mediation', dates: { decision: '2026-03-12' }, ruleId: 'tribunal-appeal', dueDate: '2026-05-12' },
    // HESC rule 20: only a certificate known (15/04/2026): 1 month from it
    {
      taskType: 'tribunal-mediation',
      dates: { mediationCertificate: '2026-04-15' },
      ruleId: 'tribunal-appeal-after-mediation',
      dueDate: '2026-05-15',
    },
  ] as const)('suggests $ruleId for $taskType given $dates', ({ taskType, dates, ruleId, dueDate }) => {
    const suggestion = suggestDeadline(taskType, dates);
    expect(suggestion?.ruleId).toBe(ruleId);
    expect(suggestion?.dueDate).toBe(dueDate);
  });

  it('returns the same suggestion as statutoryDueDate for the chosen rule', () => {
    expect(suggestDeadline('annual-review', { meeting: '2026-03-24' })).toEqual(
      statutoryDueDate({ rule: 'review-advice', from: '2026-03-24' }),
    );
  });

  it('counts an annual review from the last review date even when the review is invited months earlier', () => {
    // s.44(1): last review 24/03/2025 → due 23/03/2026; no invitation date can shift it
    const suggestion = suggestDeadline('annual-review', { lastReview: '2025-03-24', request: '2025-12-01' });
    expect(suggestion?.dueDate).toBe('2026-03-23');
    expect(suggestion?.basis).toContain('24/03/2025');
  });

  it('takes the mediation certificate when 1 month from it is later than 2 months from the decision', () => {
    // HESC rule 20: decision 01/10/2026 → 01/12/2026; certificate 29/11/2026 → 29/12/2026, later, in the Christmas
    // window, so rule 12 gives the first working day after 1 January 2027 (a Friday bank holiday): Monday 04/01/2027
    const suggestion = suggestDeadline('tribunal-mediation', { decision: '2026-10-01', mediationCertificate: '2026-11-29' });
    expect(suggestion).toEqual({
      ruleId: 'tribunal-appeal-after-mediation',
      dueDate: '2027-01-04',
      basis:
        'An appeal to the SEND Tribunal may be made within 1 month of the mediation certificate issued on 29/11/2026 (Tribunal Procedure (HESC) Rules 2008, rule 20).' +
        ' That time ends on 29/12/2026, between 25 December and 1 January, so the appeal is in time on the first working day after 1 January, 04/01/2027 (Tribunal Procedure (HESC) Rules 2008, rule 12).' +
        ' The later limit applies: 2 months from the decision gives 01/12/2026; 1 month from the mediation certificate gives 04/01/2027.',
      citation: 'HESC rule 20',
    });
  });

  it('keeps 2 months from the decision when that is later than 1 month from an early certificate', () => {
    // HESC rule 20: decision 12/03/2026 → 12/05/2026; certificate 20/03/2026 → Monday 20/04/2026, earlier
    const suggestion = suggestDeadline('tribunal-mediation', { decision: '2026-03-12', mediationCertificate: '2026-03-20' });
    expect(suggestion?.ruleId).toBe('tribunal-appeal');
    expect(suggestion?.dueDate).toBe('2026-05-12');
    expect(suggestion?.basis).toContain(
      'The later limit applies: 2 months from the decision gives 12/05/2026; 1 month from the mediation certificate gives 20/04/2026.',
    );
  });

  it('compares the two tribunal limits after the moves, so an August end loses to a later September one', () => {
    // decision 10/06/2026 → 10/08/2026 → moved to 01/09/2026; certificate 02/08/2026 → 02/09/2026 (a Wednesday), later
    const suggestion = suggestDeadline('tribunal-mediation', { decision: '2026-06-10', mediationCertificate: '2026-08-02' });
    expect(suggestion?.ruleId).toBe('tribunal-appeal-after-mediation');
    expect(suggestion?.dueDate).toBe('2026-09-02');
  });

  it.each([
    { name: 'a funding claim, which has no statutory time limit', taskType: 'funding-claim', dates: { request: '2026-01-12' } },
    { name: 'another task', taskType: 'other', dates: { meeting: '2026-03-24' } },
    { name: 'an annual review with no dates', taskType: 'annual-review', dates: {} },
    { name: 'an advice task whose only date belongs to another step', taskType: 'advice', dates: { decision: '2026-03-12' } },
    // The school's 15 days (reg 13(1), reg 22(2)(c)) run from the draft or the notice: the LA's later limits
    // (final plan at 20 weeks, reg 13(2); amended plan 12 weeks after the meeting, regs 20(10) and 22(3)) are not theirs.
    { name: 'a draft plan response with only the request date', taskType: 'draft-plan-response', dates: { request: '2026-01-12' } },
    { name: 'an amendment response with only the meeting date', taskType: 'amendment-response', dates: { meeting: '2026-03-24' } },
    { name: 'a draft plan response whose date is not a real date', taskType: 'draft-plan-response', dates: { draftIssued: '2026-02-30' } },
    { name: 'a draft plan response with a UK-order date', taskType: 'draft-plan-response', dates: { draftIssued: '20/02/2026' } },
    { name: 'a phase transfer with a fractional year', taskType: 'phase-transfer', dates: { transferYear: 2027.5 } },
  ] as const)('returns null for $name', ({ taskType, dates }) => {
    expect(suggestDeadline(taskType, dates)).toBeNull();
  });

  it('skips a bad date and uses the next known one', () => {
    // the meeting date is impossible, so the last review (01/04/2025) sets the s.44(1) deadline, 31/03/2026
    expect(suggestDeadline('annual-review', { meeting: '2026-02-31', lastReview: '2025-04-01' })?.dueDate).toBe('2026-03-31');
  });

  it('accepts portal dates with stray spaces', () => {
    expect(suggestDeadline('draft-plan-response', { draftIssued: ' 2026-02-20 ' })?.dueDate).toBe('2026-03-06');
  });

  it('has an entry for every task type', () => {
    for (const taskType of TASK_TYPES) expect(() => suggestDeadline(taskType, {})).not.toThrow();
  });
});
