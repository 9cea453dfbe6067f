import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlDocument } from '../../../../test/fixtures/portals/htmlDocument';
import { liquidlogicAdapter } from './liquidlogic';

const page = (fixture: string) => readFileSync(new URL(`../../../../test/fixtures/portals/${fixture}.html`, import.meta.url), 'utf8');

describe('liquidlogicAdapter', () => {
  it.each([
    ['https://portal.exampleshire.gov.uk/web/portal/pages/task?taskId=99123', true],
    ['https://exampleshire.liquidlogic.co.uk/', true],
    ['https://portal.exampleshire.gov.uk/webportal', false],
  ])('matches %s: %s', (url, expected) => expect(liquidlogicAdapter.matches(new URL(url))).toBe(expected));

  it('reads the child, the case reference, the task heading and the task dates from liquidlogic-advice-request', () => {
    const raw = liquidlogicAdapter.extract(htmlDocument(page('liquidlogic-advice-request')), '', '2026-02-16');
    expect(raw).toMatchObject({
      pupilName: 'SMITH, Jamie',
      dateOfBirth: '2014-05-04',
      caseReference: 'EHM-ADV-2026-0417',
      title: 'EHC Needs Assessment – Request for Advice (Education)',
      dates: [
        { role: 'request', iso: '2026-01-29' },
        { role: 'due', iso: '2026-03-12' },
      ],
    });
    expect(raw.taskText).toContain('Due date: 12/03/2026');
  });

  it('reads nothing from an empty page, without throwing', () => {
    expect(liquidlogicAdapter.extract(htmlDocument(''), '', '2026-02-16')).toEqual({ dates: [] });
  });
});
