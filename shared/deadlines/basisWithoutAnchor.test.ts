import { describe, expect, it } from 'vitest';
import { TASK_TYPES } from '../tasks/taskTypes';
import { basisWithoutAnchor } from './basisWithoutAnchor';

describe('basisWithoutAnchor', () => {
  it.each([
    [
      'amendment-response',
      // SEND Regulations 2014 reg 22(2)(c): at least 15 days, beginning with the day the notice is served
      'Within 15 days beginning with the day the amendment notice was issued, which counts as day 1 (SEND Regulations 2014, reg 22(2)(c)). No date of the amendment notice was found on the page: enter the due date from it.',
    ],
    [
      'draft-plan-response',
      // reg 13(1): at least 15 days beginning with the day the draft plan is served
      'Within 15 days beginning with the day the draft plan was issued, which counts as day 1 (SEND Regulations 2014, reg 13(1)). No issue date of the draft plan was found on the page: enter the due date from it.',
    ],
    [
      'advice',
      // reg 8(1): within 6 weeks of the LA's request
      "Within 6 weeks of the day the local authority's request for advice arrived (SEND Regulations 2014, reg 8(1)). No date of the request for advice was found on the page: enter the due date from it.",
    ],
    [
      'phase-transfer',
      // reg 18(1)(b): reviewed and amended before 15 February in the year of transfer
      'Before 15 February of the year of transfer (SEND Regulations 2014, reg 18(1)(b)). No year of transfer was found on the page: enter the due date from it.',
    ],
  ] as const)('says what limit applies to %s and which date to look for', (taskType, basis) => {
    expect(basisWithoutAnchor(taskType)).toBe(basis);
  });

  it('names the post-16 date for a transfer into post-16', () => {
    // reg 18(1)(a): before 31 March in the year of transfer
    expect(basisWithoutAnchor('phase-transfer', { transferToPost16: true })).toContain(
      'Before 31 March of the year of transfer (SEND Regulations 2014, reg 18(1)(a))',
    );
  });

  it('gives nothing for tasks without a statutory time limit', () => {
    expect(basisWithoutAnchor('funding-claim')).toBeNull();
    expect(basisWithoutAnchor('other')).toBeNull();
  });

  it('has a sentence for every other task type', () => {
    for (const type of TASK_TYPES.filter((t) => t !== 'funding-claim' && t !== 'other'))
      expect(basisWithoutAnchor(type)).toMatch(/\)\. No .+ was found on the page: enter the due date from it\.$/);
  });
});
