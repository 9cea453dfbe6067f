import { describe, expect, it } from 'vitest';
import { draftTitle, isLabel } from './draftTitle';

describe('draftTitle', () => {
  it('makes a title from the heading and what is owed when the selection starts with a label', () => {
    expect(
      draftTitle({ selectionSentence: 'Child or young person\tAmara Okafor', heading: 'Amendment notice', taskType: 'amendment-response' }),
    ).toEqual({ text: 'Amendment notice: response due', fromSelection: false });
    expect(
      draftTitle({ selectionSentence: 'Name: Jamie Smith', heading: 'Annual review', taskType: 'annual-review', dueDate: '2026-03-12' }),
    ).toEqual({ text: 'Annual review: advice due 12/03/2026', fromSelection: false });
  });

  it('uses the task type’s topic when the heading is about something else', () => {
    expect(
      draftTitle({ selectionSentence: '', heading: 'Exampleshire SEND', taskType: 'draft-plan-response', dueDate: '2026-03-19' }).text,
    ).toBe('Draft EHC plan: comments due 19/03/2026');
  });

  it('keeps a portal heading and a selection sentence that are not labels', () => {
    expect(
      draftTitle({ portalTitle: 'Annual review – request for information', selectionSentence: 'x', taskType: 'annual-review' }).text,
    ).toBe('Annual review – request for information');
    expect(draftTitle({ selectionSentence: 'Please send advice for the review of J.S.', taskType: 'annual-review' })).toEqual({
      text: 'Please send advice for the review of J.S.',
      fromSelection: true,
    });
  });

  it('takes the value of a "Subject:" line', () => {
    expect(draftTitle({ selectionSentence: 'Subject: Annual review advice for Year 6', taskType: 'annual-review' }).text).toBe(
      'Annual review advice for Year 6',
    );
  });
});

describe('isLabel', () => {
  it.each([
    'Child or young person',
    'Name',
    'Date of birth',
    'Name\tRelationship\tPhone',
    'Amendment notice issued: 09/03/2026',
    'Parent/carer details',
    'CYP',
  ])('%j is a label', (line) => expect(isLabel(line)).toBe(true));
  it.each([
    'Phase transfer review for J.S.: transition to secondary in September 2026',
    'Please upload the school’s advice by 26 February',
  ])('%j is not', (line) => expect(isLabel(line)).toBe(false));
});
