import { describe, expect, it } from 'vitest';
import { findLaContacts, isLaRole } from './laContacts';

const kept = (text: string, pageHost?: string) => findLaContacts(text, { pageHost }).map((span) => span.value);

describe('findLaContacts', () => {
  // The rule as docs/redaction.md ("LA contacts") states it; every address and number is invented.
  it.each([
    ['an LA-domain address with no label', 'Send it to send.admin@exampleshire.gov.uk today.', ['send.admin@exampleshire.gov.uk']],
    ['a phone after a caseworker label', 'Caseworker: Jane Ellis, 020 7946 0123', ['020 7946 0123']],
    [
      'a contact card over several lines',
      'Your caseworker\nMs Jane Ellis\nEmail\njane.ellis@exampleshire.gov.uk\nPhone\n020 7946 0123',
      ['jane.ellis@exampleshire.gov.uk', '020 7946 0123'],
    ],
    [
      'a phone right after a kept address',
      'Write to sen@exampleshire.gov.uk or call 01632 960120.',
      ['sen@exampleshire.gov.uk', '01632 960120'],
    ],
    [
      'an address on another domain under an LA label',
      'Case officer: t.reid@achieving.example.org.uk',
      ['t.reid@achieving.example.org.uk'],
    ],
    ['a phone with no label', 'Call 01632 960120 after 4pm.', []],
    ['a bare "Contact" label (families use it too)', 'Contact: 07700 900123', []],
    ['personal mail under a caseworker label', 'Caseworker: tom.reid@gmail.com', []],
    ['a parent between the label and the phone', 'SEN team notes: Mum (Kirsty) 07700 900461', []],
    ['a phone said to be the family’s after it', 'Caseworker: 07700 900461 (mum’s mobile)', []],
    ['a parent’s council address', 'Relationship: Mother\nWork e-mail: g.adeyemi@exampleshire.gov.uk', []],
    ['a label too far away', `SEN Officer ${'x'.repeat(90)} 01632 960120`, []],
    ['a no-reply address', 'From: noreply@exampleshire.gov.uk', []],
    // A label governs one officer's contact, within its sentence; a kept address only the number on its card.
    ['the pupil’s phone in the sentence after a caseworker’s name', 'Caseworker: Jane Smith. Tom Bloggs, 07700 900123', []],
    ['a phone in the next sentence after "contact us"', 'Please contact us about Tom. Tom’s mobile: 07700 900123', []],
    [
      'a second person’s contacts on the line after the officer’s',
      'Caseworker: jane.smith@camden.gov.uk 020 7974 1234\nGrace Jones grace.jones@acme.co.uk 07700 900123',
      ['jane.smith@camden.gov.uk', '020 7974 1234'],
    ],
    [
      'a number on the next line that is not the card’s phone',
      'SEN caseworker: jane@camden.gov.uk\nAlso call 07700 900123 after 6pm',
      ['jane@camden.gov.uk'],
    ],
    ['a person’s address at another government department', 'Email from grace.jones@dwp.gov.uk re annual review', []],
    [
      'a parent’s council address in the sentence after "Mother"',
      'Mother works at the council. Her email is grace.jones@camden.gov.uk',
      [],
    ],
    ['an officer named with initials under a label', 'SEN Officer: Mr D. Shah, d.shah@exampleshire.gov.uk', ['d.shah@exampleshire.gov.uk']],
  ])('%s', (_, text, expected) => expect(kept(text)).toEqual(expected));

  it('keeps a person’s unlabelled address only on the council’s own site, and never takes a school’s or trust’s site for the LA’s', () => {
    expect(kept('Queries: j.ellis@camden.gov.uk', 'send.camden.gov.uk')).toEqual(['j.ellis@camden.gov.uk']);
    expect(kept('Queries: j.ellis@camden.gov.uk', 'send.islington.gov.uk')).toEqual([]);
    expect(kept('Queries: j.ellis@camden.gov.uk')).toEqual([]);
    expect(kept('Queries: casework@examplecouncil.org.uk', 'send.examplecouncil.org.uk')).toEqual([]);
    expect(kept('From: 14jbloggs@myacademy.org.uk', 'mail.myacademy.org.uk')).toEqual([]);
  });

  it('never keeps an address that spells the pupil’s name; a parent’s only under an LA label', () => {
    const text = 'Email: jamie.smith@exampleshire.gov.uk';
    expect(findLaContacts(text, { pupilWords: new Set(['smith']) })).toEqual([]);
    expect(findLaContacts(text, { familyWords: new Set(['smith']) })).toEqual([]);
    expect(findLaContacts(`Case officer ${text}`, { familyWords: new Set(['smith']) }).map((s) => s.value)).toEqual([
      'jamie.smith@exampleshire.gov.uk',
    ]);
  });
});

describe('isLaRole', () => {
  it.each([
    ['SEN caseworker', true],
    ['EHC co-ordinator', true],
    ['Case officer', true],
    ['Mother', false],
    ['Foster carer', false],
  ])('%s: %s', (role, expected) => expect(isLaRole(role)).toBe(expected));
});
