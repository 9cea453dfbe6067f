import { describe, expect, it } from 'vitest';
import { groupComments, isEmptyAnswer } from './groupComments';

describe('groupComments', () => {
  it('shows identical answers once with their count, most given first', () => {
    const r = groupComments(['More admin time.', 'Annual reviews!', 'more admin time', 'More  admin time.', 'Annual reviews']);
    expect(r.groups).toEqual([
      { text: 'More admin time.', count: 3 },
      { text: 'Annual reviews!', count: 2 },
    ]);
  });

  it.each(['N/A', 'n/a', 'None', 'none.', 'No further comments.', 'No comment', 'Nothing else to add', '-', 'Not applicable', 'No thanks'])(
    'counts "%s" as saying nothing',
    (answer) => {
      expect(isEmptyAnswer(answer)).toBe(true);
    },
  );

  it.each(['No admin support at all', 'None of the LA forms work', 'Not enough time'])('keeps "%s", which says something', (answer) => {
    expect(isEmptyAnswer(answer)).toBe(false);
  });

  it('counts the empty answers apart and lists none of them', () => {
    expect(groupComments(['N/A', 'Thanks', 'No further comments.'])).toEqual({ groups: [{ text: 'Thanks', count: 1 }], empty: 2 });
  });
});
