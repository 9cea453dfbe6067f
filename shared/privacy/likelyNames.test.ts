import { describe, expect, it } from 'vitest';
import { findLikelyNames } from './likelyNames';

describe('findLikelyNames', () => {
  it.each([
    ['Phase transfer review for Jamie Smith (DOB 04/05/2014)', 'Jamie Smith'],
    ['Re: Jamie Lee Smith', 'Jamie Lee Smith'],
    ['Annual review for Mary-Jane O’Neil next week', 'Mary-Jane O’Neil'],
    ['Advice regarding Jamie Smith.', 'Jamie Smith'],
  ])('takes the pupil in %j', (text, name) => expect(findLikelyNames(text).pupilNames).toEqual([name]));

  it.each([
    ['Mum (Sarah, 07700 900123) is happy to be contacted', 'Sarah'],
    ['Dad: Tom Smith', 'Tom Smith'],
    ['Parent: Sarah Smith, 12 Acacia Avenue', 'Sarah Smith'],
    ['spoke to mother, Sarah Smith', 'Sarah Smith'],
    ['Dad Tom said yes', 'Tom'],
  ])('takes the parent in %j', (text, name) => expect(findLikelyNames(text).parentNames).toEqual([name]));

  it.each([
    'Request for Statutory Assessment',
    'Advice for Oakfield Primary',
    'Annual review for Year 6 pupils',
    'Please return for March Review',
    'Request for Advice – Education',
    'Dad is happy to attend',
    'Parent Carer Forum',
    'Parent/Carer Details',
    'Parent/Carer Telephone',
    'for Jamie only',
    'Information for Parents',
  ])('finds no name in %j', (text) => {
    const found = findLikelyNames(text);
    expect([...found.pupilNames, ...found.parentNames]).toEqual([]);
  });
});
