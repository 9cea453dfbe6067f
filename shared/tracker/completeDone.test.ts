import { describe, expect, it } from 'vitest';
import { completeDone } from './completeDone';

describe('completeDone', () => {
  it('fills Done at and Minutes spent on Done rows only, keeping what was typed', () => {
    const now = 'NOW';
    expect(
      completeDone(
        [
          [120, 'Done', '', ''],
          [90, 'Done', 'typed', 45],
          [60, 'Open', '', ''],
          ['', 'Done', '', ''],
        ],
        now,
      ),
    ).toEqual([
      ['NOW', 120],
      ['typed', 45],
      ['', ''],
      ['NOW', ''],
    ]);
  });
  it('answers null when nothing changes, so that nothing is written', () => {
    expect(completeDone([[60, 'Open', '', '']], 'NOW')).toBeNull();
    expect(completeDone([[60, 'Done', 'x', 60]], 'NOW')).toBeNull();
  });
});
