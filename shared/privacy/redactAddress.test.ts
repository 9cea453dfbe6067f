import { describe, expect, it } from 'vitest';
import { isNameSlug, isOpaqueValue } from './redactAddress';
import { redactUrlCore } from './redactCore';

describe('redactUrlCore (the server’s page-address redaction)', () => {
  it.each([
    ['https://x.example/Professional/pupils/priya-sharma/plan?tab=draft', 'https://x.example/Professional/pupils/removed/plan?tab=draft'],
    [
      'https://x.example/Portal/Person/Reuben_Adeyemi/Overview?caseId=0098765',
      'https://x.example/Portal/Person/removed/Overview?caseId=0098765',
    ],
    // A name found in a value becomes initials, which may stay (initials are what the tracker stores).
    ['https://x.example/Search?q=Oliver%20Nowak&page=2', 'https://x.example/Search?q=O.N.&page=2'],
    ['https://x.example/Search?q=oliver&page=2', 'https://x.example/Search?q=removed&page=2'],
    ['https://x.example/search?surname=Doyle&dob=2014-08-19&la=882', 'https://x.example/search?surname=removed&dob=removed&la=882'],
    ['https://x.example/contact?callback=07700900123&topic=review', 'https://x.example/contact?callback=removed&topic=removed'],
    ['https://x.example/#/children/tyler-jenkins/contributions', 'https://x.example/#/children/removed/contributions'],
    ['https://x.example/search#q=Callum Fraser', 'https://x.example/search#q=C.F.'],
    ['https://x.example/search#q=callum&x=1', 'https://x.example/search#q=removed&x=1'],
    ['https://sarah.okafor:Passw0rd@one.example/SEND/Forms/Details/7782', 'https://one.example/SEND/Forms/Details/7782'],
    ['https://x.example/case/K820199304117/review', 'https://x.example/case/%5BUPN%20removed%5D/review'],
  ])('%s → %s', (url, safe) => expect(redactUrlCore(url).url).toBe(safe));

  it('keeps an address with nothing personal in it exactly as it was', () => {
    const url =
      'https://send.example.gov.uk/SynergyWeb/Portal/Case/Draft?caseId=0098765&tab=sectionB&id=6f1c2b1e-8a5d-4c3b-9e2f-0a1b2c3d4e5f';
    expect(redactUrlCore(url)).toEqual({ url, removed: [] });
  });

  it('keeps a pupil’s name as the initials the clip carries', () => {
    expect(redactUrlCore('https://x.example/t?pupil=Noah%20Williams', { pupilInitials: 'N.W.' }).url).toBe(
      'https://x.example/t?pupil=N.W.',
    );
  });

  it('redacts text that is not an address as text', () => {
    expect(redactUrlCore('see 07700 900123').url).toBe('see [phone number removed]');
  });
});

describe('isOpaqueValue and isNameSlug', () => {
  it.each(['48213', '0098765', '6f1c2b1e-8a5d-4c3b-9e2f-0a1b2c3d4e5f', 'a9f3c2', 'J.S.', 'true', ''])('%j points at nobody', (value) =>
    expect(isOpaqueValue(value)).toBe(true),
  );
  it.each(['Jamie Smith', 'jamie', '4829301756', 'A123456789012', 'EX4 7QT'])('%j may point at someone', (value) =>
    expect(isOpaqueValue(value)).toBe(false),
  );
  it.each(['jamie-smith', 'Sofia_Rossi', 'noah.williams'])('%j is a name slug', (segment) => expect(isNameSlug(segment)).toBe(true));
  it.each(['annual-review', 'phase-transfer-2026', 'my-cases', 'Details', 'local-offer'])('%j is not', (segment) =>
    expect(isNameSlug(segment)).toBe(false),
  );
});
