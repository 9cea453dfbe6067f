import { describe, expect, it } from 'vitest';
import { googleHttpsUrl } from './safeLink';

// Normalised forms as the WHATWG URL Standard parses them (what browsers and Node's URL both implement).
describe('googleHttpsUrl', () => {
  it.each([
    ['https://docs.google.com/forms/d/e/1FAIpQLSe/viewform', 'https://docs.google.com/forms/d/e/1FAIpQLSe/viewform'],
    ['https://docs.google.com/forms/d/1EmUlAtEd/edit', 'https://docs.google.com/forms/d/1EmUlAtEd/edit'],
    ['https://forms.gle/abc123', 'https://forms.gle/abc123'],
    ['HTTPS://DOCS.GOOGLE.COM/spreadsheets/d/x/edit', 'https://docs.google.com/spreadsheets/d/x/edit'],
    // A quote cannot end an attribute: the parser percent-encodes it in the path.
    ['https://docs.google.com/forms/d/x" onmouseover="alert(1)', 'https://docs.google.com/forms/d/x%22%20onmouseover=%22alert(1)'],
  ])('links %s', (text, href) => {
    expect(googleHttpsUrl(text)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://docs.google.com/forms/d/x/edit',
    'https://docs.google.com.evil.example/forms',
    'https://evil.example/?https://docs.google.com/',
    'https://docs.google.com@evil.example/',
    'https://user:pass@docs.google.com/forms',
    '//docs.google.com/forms',
    '/forms/d/x/edit',
    '',
  ])('shows %j as text', (text) => {
    expect(googleHttpsUrl(text)).toBeNull();
  });
});
