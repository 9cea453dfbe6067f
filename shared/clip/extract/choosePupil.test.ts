import { describe, expect, it } from 'vitest';
import { choosePupil } from './choosePupil';

const none = { children: [], unlabelled: [], others: [] };

describe('choosePupil', () => {
  it('takes the one child the page labels', () => {
    expect(choosePupil({ people: { ...none, children: ['Daniel Thompson'], unlabelled: ['Olivia Thompson'] }, likely: [] })).toEqual({
      pupil: 'Daniel Thompson',
      candidates: [],
    });
  });

  it('counts one person written two ways once', () => {
    expect(choosePupil({ portalName: 'SMITH, Jamie', people: { ...none, children: ['Jamie Smith', 'Jamie'] }, likely: [] })).toEqual({
      pupil: 'SMITH, Jamie',
      candidates: [],
    });
  });

  it('asks when two children are labelled', () => {
    expect(choosePupil({ people: { ...none, children: ['Jamie Smith', 'Aisha Khan'] }, likely: [] })).toEqual({
      candidates: ['Jamie Smith', 'Aisha Khan'],
    });
  });

  it('never takes a bare "Name" on trust', () => {
    expect(choosePupil({ people: { ...none, unlabelled: ['Ruby Patel'] }, likely: [] })).toEqual({ candidates: ['Ruby Patel'] });
  });

  it('leaves out anyone the page lists as a contact', () => {
    expect(
      choosePupil({
        portalName: 'Olivia Thompson',
        people: { ...none, unlabelled: ['Olivia Thompson'], others: ['Olivia Thompson'] },
        likely: ['Daniel Thompson'],
      }),
    ).toEqual({ pupil: 'Daniel Thompson', candidates: [] });
  });
});
