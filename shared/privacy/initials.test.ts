import { describe, expect, it } from 'vitest';
import { INITIALS } from '../clip/clipSchema';
import { toInitials } from './initials';

describe('toInitials', () => {
  it.each([
    ['Jamie Smith', 'J.S.'],
    ['jamie smith', 'J.S.'],
    ['Jamie Lee Smith', 'J.L.S.'],
    ['SMITH, Jamie', 'J.S.'],
    ['Smith, Jamie Lee', 'J.L.S.'],
    ["Mary-Jane O'Neil", 'M.J.O.'],
    ['Jamie Smith-Jones', 'J.S.J.'],
    ['Ludwig van Beethoven', 'L.B.'],
    ['Mrs Sarah Smith', 'S.S.'],
    ['Élodie Durand', 'E.D.'],
    ['  Jamie   Smith  ', 'J.S.'],
    ['Jamie', 'J.'],
    ['AMY', 'A.'],
  ])('turns the name %j into %j', (name, initials) => expect(toInitials(name)).toBe(initials));

  it.each([
    ['J.S.', 'J.S.'],
    ['J.S', 'J.S.'],
    ['J. S.', 'J.S.'],
    ['J S', 'J.S.'],
    ['JS', 'J.S.'],
    ['J.', 'J.'],
  ])('passes initials %j through as %j', (given, initials) => expect(toInitials(given)).toBe(initials));

  it('keeps the first three letters and the surname when a name has more than four parts', () => {
    expect(toInitials('Mary Anne Louise Victoria Smith')).toBe('M.A.L.S.');
  });

  it('gives an empty string for a blank or letterless name', () => {
    expect(toInitials('')).toBe('');
    expect(toInitials('   ')).toBe('');
    expect(toInitials('-- 123')).toBe('');
  });

  it.each(['Jamie Smith', "Mary-Jane O'Neil", 'Mary Anne Louise Victoria Smith', 'Élodie Durand', 'SMITH, Jamie'])(
    'fits the clip schema INITIALS for %j',
    (name) => expect(toInitials(name)).toMatch(INITIALS),
  );

  it.each(['J.S.', 'J. S.', 'J S', 'J.S', 'J.', 'JS', 'JLS', 'M.A.L.S.', 'M A L S'])('the clip schema INITIALS accepts %j', (initials) =>
    expect(initials).toMatch(INITIALS),
  );

  // The rule is ours (docs/redaction.md): four capitals need a dot or space between them; a name in capitals is refused.
  it.each(['JACK', 'AMIR', 'JAMIE', 'Jack', 'J.S.M.R.A.', 'js', 'J..S', ''])('the clip schema INITIALS refuses %j', (text) =>
    expect(text).not.toMatch(INITIALS),
  );
});
