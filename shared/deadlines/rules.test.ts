import { describe, expect, it } from 'vitest';
import { TASK_TYPES } from '../tasks/taskTypes';
import { RULES, type RuleId, ruleById } from './rules';

// One row per row of the table in docs/ehcp-timescales.md, with the time limit re-read from the
// instrument itself (legislation.gov.uk); the provision's words are quoted where they decide the count.
const GUIDE_ROWS: { step: string; rule: RuleId; from: string; offset: object; citation: string }[] = [
  {
    step: 'LA decides whether to carry out an EHC needs assessment',
    rule: 'assessment-decision',
    from: 'request',
    offset: { weeks: 6 },
    citation: 'reg 5(1)',
  },
  { step: 'Advice requested by the LA', rule: 'assessment-advice', from: 'la-advice-request', offset: { weeks: 6 }, citation: 'reg 8(1)' },
  { step: 'LA decides not to issue a plan', rule: 'no-plan-decision', from: 'request', offset: { weeks: 16 }, citation: 'reg 10(1)' },
  // reg 13(1)(a): "at least 15 days, beginning with the day on which the draft plan was served"
  {
    step: 'Comments on a draft plan / naming a school',
    rule: 'draft-plan-comments',
    from: 'draft-issued',
    offset: { days: 15, startDayCounts: true },
    citation: 'reg 13(1)',
  },
  { step: 'Final plan issued', rule: 'final-plan', from: 'request', offset: { weeks: 20 }, citation: 'reg 13(2)' },
  {
    step: 'School consulted on being named',
    rule: 'consultation-response',
    from: 'consultation',
    offset: { days: 15 },
    citation: 'Code of Practice ch. 9',
  },
  // CFA 2014 s.44(1): "in the period of 12 months starting with the date on which the plan was first made … last reviewed"
  {
    step: 'Annual review held',
    rule: 'annual-review-due',
    from: 'last-review',
    offset: { months: 12, startDayCounts: true },
    citation: 'CFA 2014 s.44(1)',
  },
  {
    step: 'Invitations to the review meeting',
    rule: 'review-invitations',
    from: 'meeting',
    offset: { weeks: 2, before: true },
    citation: 'reg 20(3)',
  },
  {
    step: 'Advice and information circulated',
    rule: 'review-advice',
    from: 'meeting',
    offset: { weeks: 2, before: true },
    citation: 'reg 20(4)',
  },
  { step: 'Report of the review meeting sent', rule: 'review-report', from: 'meeting', offset: { weeks: 2 }, citation: 'reg 20(7)' },
  { step: 'LA decision after the review', rule: 'review-decision', from: 'meeting', offset: { weeks: 4 }, citation: 'reg 20(10)' },
  // reg 22(3): "within 8 weeks of the local authority sending a copy of the EHC plan in accordance with paragraph (2)(a)"
  { step: 'Amended plan finalised', rule: 'amended-plan-final', from: 'amendment-notice', offset: { weeks: 8 }, citation: 'reg 22(3)' },
  {
    step: 'Amended plan finalised, ≤ 12 weeks after the meeting',
    rule: 'amended-plan-after-meeting',
    from: 'meeting',
    offset: { weeks: 12 },
    citation: 'regs 20(10), 22(3)',
  },
  // reg 18(1)(b): "before … 15 February in the calendar year of the child's transfer in any other case"
  {
    step: 'Phase transfer review, into secondary',
    rule: 'phase-transfer',
    from: 'transfer-year',
    offset: { fixedDate: { month: 2, day: 15 }, before: true },
    citation: 'reg 18(1)(b)',
  },
  // reg 18(1)(a): "before 31 March in the calendar year of the … transfer from secondary school to a post-16 institution"
  {
    step: 'Phase transfer, secondary into post-16',
    rule: 'phase-transfer-post-16',
    from: 'transfer-year',
    offset: { fixedDate: { month: 3, day: 31 }, before: true },
    citation: 'reg 18(1)(a)',
  },
  // reg 27(2): "within 14 weeks of the notification under regulation 25(1)"
  { step: 'Re-assessment: final plan', rule: 'reassessment-final-plan', from: 'la-notice', offset: { weeks: 14 }, citation: 'reg 27(2)' },
  // reg 33: "within 2 months after written notice of the local authority's decision was sent"
  { step: 'Mediation: contact the adviser', rule: 'mediation-contact', from: 'decision', offset: { months: 2 }, citation: 'reg 33' },
  {
    step: 'Appeal to the tribunal, 2 months from the decision',
    rule: 'tribunal-appeal',
    from: 'decision',
    offset: { months: 2 },
    citation: 'HESC rule 20',
  },
  {
    step: 'Appeal to the tribunal, 1 month from a mediation certificate',
    rule: 'tribunal-appeal-after-mediation',
    from: 'mediation-certificate',
    offset: { months: 1 },
    citation: 'HESC rule 20',
  },
];

describe('RULES', () => {
  it.each(GUIDE_ROWS)('has the timescales row "$step" as $rule, $citation', ({ rule, from, offset, citation }) => {
    const row = ruleById(rule);
    expect(row.from).toBe(from);
    expect(row.offset).toEqual(offset);
    expect(row.citation).toBe(citation);
  });

  it('gives every rule a unique id', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tags rules only with task types the clip schema knows, and at least one each', () => {
    for (const rule of RULES) {
      expect(rule.taskTypes.length, rule.id).toBeGreaterThan(0);
      for (const type of rule.taskTypes) expect(TASK_TYPES, rule.id).toContain(type);
    }
  });

  it('names the anchor date in every basis wording, and the due date for fixed-date rules', () => {
    for (const rule of RULES) {
      if ('fixedDate' in rule.offset) {
        expect(rule.wording, rule.id).toContain('{due}');
        expect(rule.wording, rule.id).toContain('{year}');
      } else {
        expect(rule.wording, rule.id).toContain('{from}');
      }
      // the sentence is finished by the citation, so the wording itself has no closing full stop
      expect(rule.wording, rule.id).not.toMatch(/\.$/);
    }
  });

  it('moves only tribunal filing deadlines', () => {
    const moving = RULES.filter((r) => 'moves' in r).map((r) => r.id);
    expect(moving).toEqual(['tribunal-appeal', 'tribunal-appeal-after-mediation']);
  });

  it('counts annual reviews from the last plan or review, not from the meeting invitation', () => {
    expect(ruleById('annual-review-due').from).toBe('last-review');
  });

  it('throws a RangeError for an unknown id', () => {
    expect(() => ruleById('no-such-rule' as RuleId)).toThrow('no statutory rule "no-such-rule"');
  });
});
