import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../../test/fixtures/portals/htmlDocument';
import { capitaOneAdapter } from './capitaOne';

const page = (fixture: string) => readFileSync(new URL(`../../../../test/fixtures/portals/${fixture}.html`, import.meta.url), 'utf8');

describe('capitaOneAdapter', () => {
  it.each([
    ['https://one.exampleshire.gov.uk/ProfessionalPortal_LIVE/SEND/Forms/Details/7781', true],
    ['https://admissions.example.gov.uk/CitizenPortal/SEND', true],
    ['https://www.example.gov.uk/send/professional-portal-guide', false],
  ])('matches %s: %s', (url, expected) => expect(capitaOneAdapter.matches(new URL(url))).toBe(expected));

  it('reads the child, the case reference, the task heading and the task dates from capita-one-consultation', () => {
    const raw = capitaOneAdapter.extract(htmlDocument(page('capita-one-consultation')), '', '2026-02-16');
    expect(raw).toMatchObject({
      pupilName: 'Jamie Smith',
      dateOfBirth: '2014-05-04',
      caseReference: 'SEND-CON-2026-0417',
      title: 'Consultation – request to name school in EHC plan',
      dates: [
        { role: 'request', iso: '2026-03-02' },
        { role: 'due', iso: '2026-03-16' },
      ],
    });
    expect(raw.taskText).toContain('Information Due Deadline: 16/03/2026');
  });

  it('reads nothing from an empty page, without throwing', () => {
    expect(capitaOneAdapter.extract(htmlDocument(''), '', '2026-02-16')).toEqual({ dates: [] });
  });
});
