import { describe, expect, it } from 'vitest';
import { hideParents } from './hideParents';

const TAG = '[parent/carer name removed]';

describe('hideParents', () => {
  it('tags a parent who shares the pupil’s surname, with or without a title, and leaves the surname alone for the pupil', () => {
    const out = hideParents('Mrs Okafor and Mr Richard Okafor met Amara Okafor. Richard said Okafor is happy.', {
      parents: ['Mr Richard Okafor'],
      pupils: ['Amara Okafor'],
    });
    expect(out).toEqual({ text: `${TAG} and ${TAG} met Amara Okafor. ${TAG} said Okafor is happy.`, count: 3 });
  });

  it('tags "Mr" or "Mrs" and the pupil’s surname even when the page never named the parent', () => {
    expect(hideParents('Mr Thompson called.', { parents: [], pupils: ['Daniel Thompson'] })).toEqual({ text: `${TAG} called.`, count: 1 });
  });

  it('leaves "Master" and the pupil’s own given name alone', () => {
    expect(hideParents('Master Daniel Thompson', { parents: [], pupils: ['Daniel Thompson'] }).count).toBe(0);
  });

  it('leaves tags already in the text alone', () => {
    expect(hideParents('[email removed] from Mrs Okafor', { parents: [], pupils: ['Amara Okafor'] }).text).toBe(
      `[email removed] from ${TAG}`,
    );
  });
});
