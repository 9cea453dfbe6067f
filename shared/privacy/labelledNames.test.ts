import { describe, expect, it } from 'vitest';
import { findLabelledNames } from './labelledNames';

describe('findLabelledNames', () => {
  it.each([
    ['Child/Young person: Jamie Smith', 'Jamie Smith'],
    ["Child or young person's name: Jamie Smith", 'Jamie Smith'],
    ['Name of child: Jamie Smith', 'Jamie Smith'],
    ['Pupil name: Jamie Smith', 'Jamie Smith'],
    ['Student: Jamie Smith', 'Jamie Smith'],
    ['Name: SMITH, Jamie', 'SMITH, Jamie'],
    ['Full name: Mary-Jane O’Neil', 'Mary-Jane O’Neil'],
    ['Name: Ludwig van Beethoven', 'Ludwig van Beethoven'],
    ['Name: Jamie Smith DOB 04/05/2014', 'Jamie Smith'],
    ['Name: Jamie Smith (Year 6)', 'Jamie Smith'],
    ['Name: Jamie Smith, Year 6', 'Jamie Smith'],
    ['Report\tChild: Jamie Smith', 'Jamie Smith'],
    ['Name:SMITH, JamieDOB:04/05/2014', 'SMITH, Jamie'],
  ])('reads the pupil in %j', (text, name) => expect(findLabelledNames(text).pupilNames).toEqual([name]));

  it('joins forename and surname fields', () => {
    expect(findLabelledNames('Forename: Jamie\nSurname: Smith\nKnown as: Jay').pupilNames).toEqual(['Jamie Smith', 'Jay Smith']);
  });

  it('gives a preferred name the surname of the full name', () => {
    expect(findLabelledNames('Child: Jamie Smith\nPreferred name: Jay').pupilNames).toEqual(['Jamie Smith', 'Jay Smith']);
  });

  it.each([
    ['Parent/carer: Mrs Sarah Smith', 'Mrs Sarah Smith'],
    ["Parent's name: Sarah Smith", 'Sarah Smith'],
    ['Mother: Sarah Smith', 'Sarah Smith'],
    ['Contact 1 name: Mr Tom Smith', 'Mr Tom Smith'],
  ])('reads the parent in %j', (text, name) => expect(findLabelledNames(text).parentNames).toEqual([name]));

  it.each([
    ['Pupil premium: Yes', 'a label that only starts like a pupil label'],
    ['School name: Oakfield Primary School', 'a school’s name'],
    ['Name: Oakfield Primary School', 'a setting under a bare "Name" label'],
    ['Name: n/a', 'a placeholder'],
    ['Child: J.S.', 'initials already'],
    ['Annual review for Jamie Smith', 'a name with no label'],
    ['The child: was seen', 'lower-case words'],
    ['Contact: 0113 496 0000', 'a phone number'],
  ])('finds no name in %j (%s)', (text) => {
    const found = findLabelledNames(text);
    expect([...found.pupilNames, ...found.parentNames]).toEqual([]);
  });

  it('lists each name once, in page order', () => {
    const text = 'Child: Jamie Smith\nParent: Sarah Smith\nPupil: JAMIE SMITH\nCarer: Tom Jones';
    expect(findLabelledNames(text)).toEqual({ pupilNames: ['Jamie Smith'], parentNames: ['Sarah Smith', 'Tom Jones'] });
  });
});
