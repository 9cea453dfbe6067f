import { describe, expect, it } from 'vitest';
import { findLooseNames } from './looseNames';

describe('findLooseNames', () => {
  it.each([
    ['Mohammed Rahman is in Year 3 at school', ['Mohammed Rahman']],
    ['EHC/2025/00123 – Finley Marsh – Section F provision', ['Finley Marsh']],
    ['Advice – Education\tLily Patterson\t18/03/2026', ['Lily Patterson']],
    ['Dr A. Patel will observe Ethan Doyle in class', ['Ethan Doyle']],
    ['Mr Begum called to say Aisha will be absent', ['Aisha']],
    ['Hi, Amara has been unsettled', ['Amara']],
  ])('finds the pupil in %j', (text, names) => expect(findLooseNames(text)).toEqual(names));

  it.each([
    'Oakfield Primary School and Riverside Academy have returned advice for the Year 11 reviews.',
    'Contact the SEN Officer or the Educational Psychologist.',
    'We discussed the Personal Budget policy.',
    'The school will provide transport.',
    'ANNUAL REVIEWS DUE – SPRING TERM',
  ])('finds no name in %j', (text) => expect(findLooseNames(text)).toEqual([]));
});
