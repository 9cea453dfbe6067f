import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../../test/fixtures/portals/htmlDocument';
import { synergyAdapter } from './synergy';

const page = (fixture: string) => readFileSync(new URL(`../../../../test/fixtures/portals/${fixture}.html`, import.meta.url), 'utf8');

describe('synergyAdapter', () => {
  it.each([
    ['https://send.exampleshire.gov.uk/SynergyWeb/Portal/Case/Draft?caseId=0098765', true],
    ['https://synergy.exampleshire.gov.uk/', true],
    ['https://send.exampleshire.gov.uk/Portal/Case', false],
  ])('matches %s: %s', (url, expected) => expect(synergyAdapter.matches(new URL(url))).toBe(expected));

  it('reads the child, the case reference, the task heading and the task dates from synergy-draft-plan', () => {
    const raw = synergyAdapter.extract(htmlDocument(page('synergy-draft-plan')), '', '2026-02-16');
    expect(raw).toMatchObject({
      pupilName: 'Jamie Smith',
      dateOfBirth: '2014-05-04',
      caseReference: 'SYN/EHC/0098765',
      title: 'Draft EHC plan',
      dates: [
        { role: 'draft', iso: '2026-03-02' },
        { role: 'request', iso: '2025-11-03' },
      ],
    });
    expect(raw.taskText).toContain('Stage: Draft plan issued');
  });

  it('reads nothing from an empty page, without throwing', () => {
    expect(synergyAdapter.extract(htmlDocument(''), '', '2026-02-16')).toEqual({ dates: [] });
  });
});
