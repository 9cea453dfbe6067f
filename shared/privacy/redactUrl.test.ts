import { describe, expect, it } from 'vitest';
import { redactUrl } from './redactUrl';

describe('redactUrl', () => {
  it('leaves an address without personal data as it is', () => {
    const url = 'https://exampleshire.ehchub.co.uk/Professional/Request/Details/48213?tab=advice#section-b';
    expect(redactUrl(url)).toEqual({ url, removed: [] });
  });

  it('shortens a pupil name in a query value to initials', () => {
    expect(redactUrl('https://portal.example.gov.uk/case?q=Jamie%20Smith&page=2', { pupilNames: ['Jamie Smith'] })).toEqual({
      url: 'https://portal.example.gov.uk/case?q=J.S.&page=2',
      removed: [{ kind: 'name', count: 1 }],
    });
  });

  it('removes a UPN from a path segment', () => {
    const { url, removed } = redactUrl('https://one.example.gov.uk/pupils/A123456789012/forms');
    expect(url).toBe('https://one.example.gov.uk/pupils/%5BUPN%20removed%5D/forms');
    expect(removed).toEqual([{ kind: 'upn', count: 1 }]);
  });

  it('empties parameters named like personal fields, whatever their value', () => {
    const { url, removed } = redactUrl('https://x.example/find?childName=Jay&dob=2014-05-04&id=7');
    expect(url).toBe('https://x.example/find?childName=removed&dob=removed&id=7');
    // Counted, so that the popup's "Removed: …" line mentions them.
    expect(removed).toEqual([
      { kind: 'name', count: 1 },
      { kind: 'date-of-birth', count: 1 },
    ]);
  });

  it('redacts the fragment of a single-page portal', () => {
    expect(redactUrl('https://x.example/#/search/sarah.smith@example.com').url).toBe('https://x.example/#/search/%5Bemail%20removed%5D');
  });

  it('drops credentials in the address', () => {
    expect(redactUrl('https://user:secret@x.example/case').url).toBe('https://x.example/case');
  });

  it('redacts an address that does not parse as text', () => {
    expect(redactUrl('not a url A123456789012')).toEqual({ url: 'not a url [UPN removed]', removed: [{ kind: 'upn', count: 1 }] });
  });
});
