import { describe, expect, it } from 'vitest';
import { isLaEmailDomain, registrableDomain } from './laDomain';

describe('isLaEmailDomain', () => {
  it.each([
    // docs/redaction.md, "LA contacts": a council's gov.uk domain, the portal vendors', the page's own.
    ['camden.gov.uk', undefined, true],
    ['exampleshire.example.gov.uk', undefined, true],
    ['exampleshire.ehchub.co.uk', undefined, true],
    // Off gov.uk a page's own domain says nothing: a school's or trust's system looks the same.
    ['examplecouncil.org.uk', 'send.examplecouncil.org.uk', false],
    ['myacademy.org.uk', 'mail.myacademy.org.uk', false],
    // On a council's own site, only that council's gov.uk domain: another department's is not the LA's.
    ['camden.gov.uk', 'send.camden.gov.uk', true],
    ['dwp.gov.uk', 'send.camden.gov.uk', false],
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
