import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from './constantTimeEqual';

describe('constantTimeEqual', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abcd', false],
    ['abcabc', 'abc', false],
    ['', '', true],
    ['', 'a', false],
  ])('compares %j and %j as %s', (a, b, same) => expect(constantTimeEqual(a, b)).toBe(same));
});
