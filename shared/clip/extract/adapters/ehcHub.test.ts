import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../../test/fixtures/portals/htmlDocument';
import { ehcHubAdapter } from './ehcHub';

const page = (fixture: string) => readFileSync(new URL(`../../../../test/fixtures/portals/${fixture}.html`, import.meta.url), 'utf8');

describe('ehcHubAdapter', () => {
  it.each([
    ['https://exampleshire.ehchub.co.uk/Professional/Request/Details/48213', true],
    ['https://www.exampleshire.gov.uk/send', false],
  ])('matches %s: %s', (url, expected) => expect(ehcHubAdapter.matches(new URL(url))).toBe(expected));

  it('reads the child, the case reference, the task heading and the task dates from ehc-hub-annual-review', () => {
    const raw = ehcHubAdapter.extract(htmlDocument(page('ehc-hub-annual-review')), '', '2026-02-16');
    expect(raw).toMatchObject({
      pupilName: 'Jamie Smith',
      dateOfBirth: '2014-05-04',
      caseReference: 'EHC-2025-00123',
      title: 'Annual review – request for information',
      dates: [
        { role: 'request', iso: '2026-01-29' },
        { role: 'meeting', iso: '2026-03-12' },
        { role: 'due', iso: '2026-02-26' },
        { role: 'due', iso: '2026-02-26' },
        { role: 'other', iso: '2014-05-04' },
        { role: 'meeting', iso: '2026-03-12' },
      ],
    });
    expect(raw.taskText).toContain("Please upload the school's advice");
  });

  it('reads nothing from an empty page, without throwing', () => {
    expect(ehcHubAdapter.extract(htmlDocument(''), '', '2026-02-16')).toEqual({ dates: [] });
  });
});
