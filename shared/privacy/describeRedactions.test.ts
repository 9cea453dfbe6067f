import { describe, expect, it } from 'vitest';
import { describeRedactions } from './describeRedactions';

describe('describeRedactions', () => {
  it('lists each kind with its count, singular or plural', () => {
    expect(
      describeRedactions([
        { kind: 'name', count: 2 },
        { kind: 'date-of-birth', count: 1 },
        { kind: 'nhs-number', count: 1 },
        { kind: 'phone', count: 3 },
      ]),
    ).toBe('Removed: 2 names shortened to initials, 1 date of birth, 1 NHS number, 3 phone numbers');
  });

  it('says nothing when nothing was removed', () => {
    expect(describeRedactions([])).toBe('');
    expect(describeRedactions([{ kind: 'upn', count: 0 }])).toBe('');
  });
});
