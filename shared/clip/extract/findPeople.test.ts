import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../test/fixtures/portals/htmlDocument';
import { findPeople, peopleInText } from './findPeople';

describe('findPeople', () => {
  it('reads a "Name" column as contacts when the other columns are relationship, phone and e-mail', () => {
    const doc = htmlDocument(`
      <table><tr><th>Name</th><th>Relationship</th><th>Phone</th></tr><tr><td>Olivia Thompson</td><td>Mother</td><td>07700 900456</td></tr></table>
      <dl><dt>Child or young person</dt><dd>Daniel Thompson</dd></dl>`);
    expect(findPeople(doc)).toEqual({ children: ['Daniel Thompson'], unlabelled: [], others: ['Olivia Thompson'], officers: [] });
  });

  it('takes the child from a contacts table that lists the child too', () => {
    const doc = htmlDocument(
      `<table><tr><th>Name</th><th>Relationship</th><th>Phone</th></tr><tr><td>Leo Brown</td><td>Child</td><td></td></tr><tr><td>Kate Brown</td><td>Mother</td><td>07700 900456</td></tr></table>`,
    );
    expect(findPeople(doc)).toEqual({ children: ['Leo Brown'], unlabelled: [], others: ['Kate Brown'], officers: [] });
  });

  it('reads a section headed "Parents/carers" as other people, whatever its labels say', () => {
    const doc = htmlDocument(`<p>Pupil: Amara Okafor</p><section><h2>Parents/carers</h2><p>Name: Mrs Ngozi Okafor</p></section>`);
    expect(findPeople(doc)).toEqual({ children: ['Amara Okafor'], unlabelled: [], others: ['Mrs Ngozi Okafor'], officers: [] });
  });

  it('reads the rows under a contacts heading up to the next heading, and no further', () => {
    const doc = htmlDocument(`<h2>Key contacts</h2><p>Name: Ms Jo Bloggs</p><h2>About the child</h2><p>Name: Leo Brown</p>`);
    expect(findPeople(doc)).toEqual({ children: [], unlabelled: ['Leo Brown'], others: ['Ms Jo Bloggs'], officers: [] });
  });

  it('names as an LA officer a contacts-table row whose role is an LA one, and no parent', () => {
    const doc = htmlDocument(
      `<table><tr><th>Name</th><th>Relationship</th><th>Phone</th></tr><tr><td>Kate Brown</td><td>Mother</td><td>07700 900456</td></tr><tr><td>Ms Jo Bloggs</td><td>SEN caseworker</td><td>01632 960001</td></tr></table>`,
    );
    expect(findPeople(doc).officers).toEqual(['Ms Jo Bloggs']);
  });

  it('takes each child label the brief lists', () => {
    for (const label of [
      'Child',
      'Young person',
      'Pupil',
      'Learner',
      'Student',
      'CYP',
      'Name of child',
      "Child's name",
      'Child/young person',
    ]) {
      expect(peopleInText(`${label}: Leo Brown`).children, label).toEqual(['Leo Brown']);
    }
  });

  it('reads a bare "Name" as someone else’s when it has an adult’s title or a relationship after it', () => {
    expect(
      peopleInText('Pupil: Amara Okafor\nName: Mr Richard Okafor\nName: Ngozi Okafor\nRelationship: Mother\nName: Ruby Patel'),
    ).toEqual({
      children: ['Amara Okafor'],
      unlabelled: ['Ruby Patel'],
      others: ['Mr Richard Okafor', 'Ngozi Okafor'],
    });
  });

  it('joins forename and surname, and keeps a parent label’s name out of the children', () => {
    expect(peopleInText('Forename: Jamie\nSurname: Smith\nParent/carer: Sarah Smith')).toEqual({
      children: ['Jamie Smith'],
      unlabelled: [],
      others: ['Sarah Smith'],
    });
  });
});
