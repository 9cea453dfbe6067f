import { describe, expect, it } from 'vitest';
import { isLaEmailDomain, registrableDomain } from './laDomain';

describe('isLaEmailDomain', () => {
  it.each([
    // docs/redaction.md, "LA contacts": a council's gov.uk domain, the portal vendors', the page's own.
    ['camden.gov.uk', undefined, true],
    ['exampleshire.example.gov.uk', undefined, true],
    ['exampleshire.ehchub.co.uk', undefined, true],
    ['examplecouncil.org.uk', 'send.examplecouncil.org.uk', true],
    ['mail.examplecouncil.org.uk', 'send.examplecouncil.org.uk', true],
    // Personal mail is never the LA's, even when the page is a webmail site.
    ['gmail.com', 'mail.google.com', false],
    ['hotmail.co.uk', undefined, false],
    ['live.com', 'outlook.live.com', false],
    // Pupils' and schools' mail, and pages on a school's own site.
    ['pupils.exampleshire.gov.uk', undefined, false],
    ['oakfield.sch.uk', 'www.oakfield.sch.uk', false],
    ['example.com', 'send.examplecouncil.org.uk', false],
    ['example.com', '127.0.0.1', false],
  ])('%s on a page at %s: %s', (domain, host, expected) => expect(isLaEmailDomain(domain, host)).toBe(expected));
});

describe('registrableDomain', () => {
  it.each([
    ['send.camden.gov.uk', 'camden.gov.uk'],
    ['portal.example-la.gov.uk', 'example-la.gov.uk'],
    ['exampleshire.ehchub.co.uk', 'ehchub.co.uk'],
    ['www.example.com', 'example.com'],
    ['127.0.0.1', undefined],
    ['localhost', undefined],
  ])('%s → %s', (host, expected) => expect(registrableDomain(host)).toBe(expected));
});
