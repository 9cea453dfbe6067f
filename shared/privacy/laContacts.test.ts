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
  ])('%s', (_, text, expected) => expect(kept(text)).toEqual(expected));

  it('keeps an address on the page’s own domain only with that page', () => {
    expect(kept('Queries: casework@examplecouncil.org.uk', 'send.examplecouncil.org.uk')).toEqual(['casework@examplecouncil.org.uk']);
    expect(kept('Queries: casework@examplecouncil.org.uk')).toEqual([]);
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
