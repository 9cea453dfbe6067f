import { describe, expect, it } from 'vitest';
import { commentRedactor } from './redactComment';

// Known names as a withheld "SENCO name" column of the survey would hold them.
const redact = commentRedactor({ knownNames: ['Sarah Jones', 'Tom Lee', 'Patel'], knownIdentifiers: ['S10443'] });

describe('commentRedactor', () => {
  it.each([
    ['Sarah Jones and I share the EHCP load', '[name] and I share the EHCP load'],
    ['Ask Sarah, or Mrs Patel in the office', 'Ask [name], or [name] in the office'],
    ['JONES, Sarah covers Fridays', '[name] covers Fridays'],
    ["Tom's reviews run late", "[name]'s reviews run late"],
    // A comment may name someone the name columns never held: after a title, or a known given name with a surname.
    ['Mr Okafor chairs the panel; Helen Brown writes the minutes', '[name] chairs the panel; [name] writes the minutes'],
    // Contact details go as one tag each, not as "[name].[name]@…".
    ['Email sarah.jones@oak.sch.uk or ring 07700 900123', 'Email [email removed] or ring [phone number removed]'],
    ['Annual review for Jamie Smith took 6 hours', 'Annual review for [name] took 6 hours'],
    // An identifier the survey's "Staff ID" column held, and one a label introduces.
    ['My ID is S10443; payroll no. 88-2041 is wrong', 'My ID is [identifier removed]; payroll no. [identifier removed] is wrong'],
  ])('%j → %j', (comment, expected) => {
    expect(redact(comment).text).toBe(expected);
  });

  it('leaves everyday words and place names alone', () => {
    const comment =
      'The LA will lee-way nothing; West Sussex and Local Offer pages may help, and the brown folder too, as will the Mark Scheme';
    expect(redactComment(comment)).toEqual({ text: comment, names: 0, identifiers: 0 });
  });

  it('counts names and identifiers, and changes nothing when run again', () => {
    const once = redact('Tom Lee: tom@ash.org.uk');
    expect(once).toEqual({ text: '[name]: [email removed]', names: 1, identifiers: 1 });
    expect(redact(once.text)).toEqual({ text: once.text, names: 0, identifiers: 0 });
  });
});

const redactComment = (comment: string) => commentRedactor({ knownNames: ['Lee Brown'] })(comment);
