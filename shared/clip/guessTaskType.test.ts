import { describe, expect, it } from 'vitest';
import type { TaskType } from '../tasks/taskTypes';
import { guessTaskType } from './guessTaskType';

describe('guessTaskType', () => {
  it.each<[string, TaskType]>([
    ['Annual review for J.S. — advice due 12/03/2026', 'annual-review'],
    ['ANNUAL REVIEW meeting invitation', 'annual-review'],
    ['Review meeting: Thursday 12 March', 'annual-review'],
    ['Request for advice — education', 'advice'],
    ['Educational psychology advice requested', 'advice'],
    ['Please send your advice', 'advice'],
    ['Draft plan issued for comment', 'draft-plan-response'],
    ['Draft EHCP attached', 'draft-plan-response'],
    ['Draft EHC plan — comments within 15 days', 'draft-plan-response'],
    ['Consultation: can your school meet need?', 'consultation-response'],
    ['Naming of school in section I', 'consultation-response'],
    ['Placement request from parents', 'consultation-response'],
    ['Phase transfer review (Year 6)', 'phase-transfer'],
    ['Transition to secondary: plan to be amended', 'phase-transfer'],
    ['Amendment notice issued', 'amendment-response'],
    ['Please amend section F', 'amendment-response'],
    ['First-tier Tribunal evidence bundle', 'tribunal-mediation'],
    ['Mediation certificate received', 'tribunal-mediation'],
    ['Appeal lodged by parents', 'tribunal-mediation'],
    ['Top-up funding claim for summer term', 'funding-claim'],
    ['Provision costing required', 'funding-claim'],
    ['Request for statutory assessment', 'needs-assessment-request'],
    ['EHC needs assessment request submitted', 'needs-assessment-request'],
    ['Request for an EHC needs assessment', 'needs-assessment-request'],
    ['Staff training on Thursday', 'other'],
    ['', 'other'],
  ])('reads %j as %s', (text, taskType) => expect(guessTaskType(text)).toBe(taskType));

  describe('priorities when several rules match', () => {
    it.each<[string, TaskType, string]>([
      ['Tribunal appeal: annual review evidence', 'tribunal-mediation', 'tribunal evidence about any step is tribunal work'],
      ['Phase transfer annual review', 'phase-transfer', 'a phase transfer review is the more specific review'],
      ['Annual review: request for advice', 'annual-review', 'advice for a review is review work'],
      ['Consultation on naming a school with the draft plan', 'consultation-response', 'a draft sent to name the school is a consultation'],
      ['Amendment notice following the annual review', 'amendment-response', 'the amendment is the step after the review'],
      ['Proposed amendments to the plan', 'amendment-response', 'an amendment outranks a plain plan'],
      ['EHC needs assessment: request for advice', 'advice', 'an assessment asking for advice is an advice task'],
      [
        'Request for statutory assessment — advice from school attached',
        'needs-assessment-request',
        'a request for assessment is the school’s own request',
      ],
      ['Advice on top-up funding', 'advice', 'advice outranks funding'],
    ])('reads %j as %s: %s', (text, taskType) => expect(guessTaskType(text)).toBe(taskType));
  });

  it('matches whole words only', () => {
    expect(guessTaskType('Reappealing colours; unamended timetable')).toBe('other');
  });
});
