import { describe, expect, it } from 'vitest';
import { findContextNames, findNamesWithInitials } from './contextNames';

describe('findContextNames', () => {
  it.each([
    ['Noah Williams – DOB 14/02/2015', ['Noah Williams']],
    ['Joshua, Year 11, has not attended', ['Joshua']],
    ['KOWALCZYK, Hana (Y9) – plan amended', ['KOWALCZYK, Hana']],
    ['Priya was born 4th May 2014', ['Priya']],
    ['Maisie Hughes aged 8 – request', ['Maisie Hughes']],
    ["Amara's annual review", ['Amara']],
    ['the annual review of Ruby Chowdhury’s EHC plan', ['Ruby Chowdhury']],
  ])('finds the pupil in %j', (text, names) => expect(findContextNames(text)).toEqual(names));

  it.each([
    'Oakfield Primary School, Year 6',
    'Annual Review – Year 11',
    "St Mary's Catholic Academy",
    "Oakfield Primary and Oakfield's parents",
    'Gender: Male UPN: A123456789012',
    'DOB DOB DOB 04/05/2014',
  ])('finds no name in %j', (text) => expect(findContextNames(text)).toEqual([]));
});

describe('findNamesWithInitials', () => {
  it('finds the names written with the pupil’s initials, in speaking order or surname first', () => {
    expect(findNamesWithInitials('Noah Williams met NOAH WILLIAMS and WILLIAMS, Noah; Nina West too', 'N.W.')).toEqual([
      'Noah Williams',
      'NOAH WILLIAMS',
      'WILLIAMS, Noah',
      'Nina West',
    ]);
  });

  it('needs two initials and skips everyday words', () => {
    expect(findNamesWithInitials('Jamie Smith', 'J.')).toEqual([]);
    expect(findNamesWithInitials('Joint Statutory review', 'J.S.')).toEqual([]);
  });
});
