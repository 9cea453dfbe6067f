import { describe, expect, it } from 'vitest';
import { toPortalDates } from './portalDates';

describe('toPortalDates', () => {
  it('maps each role to the dates the statutory rules count from, first date of a role winning', () => {
    expect(
      toPortalDates([
        { role: 'due', iso: '2026-03-12' },
        { role: 'request', iso: '2026-01-29' },
        { role: 'request', iso: '2025-11-03' },
        { role: 'draft', iso: '2026-03-02' },
        { role: 'meeting', iso: '2026-03-12' },
        { role: 'decision', iso: '2026-04-01' },
        { role: 'other', iso: '2014-05-04' },
      ]),
    ).toEqual({
      request: '2026-01-29',
      laAdviceRequest: '2026-01-29',
      consultation: '2026-01-29',
      draftIssued: '2026-03-02',
      amendmentNotice: '2026-03-02',
      meeting: '2026-03-12',
      decision: '2026-04-01',
    });
  });

  it('reads each step’s own date before a bare request or draft date', () => {
    expect(
      toPortalDates([
        { role: 'request', iso: '2026-01-29' },
        { role: 'draft', iso: '2026-03-02' },
        { role: 'advice-request', iso: '2026-02-03' },
        { role: 'consultation', iso: '2026-02-04' },
        { role: 'amendment-notice', iso: '2026-03-09' },
        { role: 'last-review', iso: '2025-03-24' },
        { role: 'mediation-certificate', iso: '2026-04-15' },
      ]),
    ).toEqual({
      request: '2026-01-29',
      laAdviceRequest: '2026-02-03',
      consultation: '2026-02-04',
      draftIssued: '2026-03-02',
      amendmentNotice: '2026-03-09',
      lastReview: '2025-03-24',
      mediationCertificate: '2026-04-15',
    });
  });

  it('gives nothing for no dates', () => {
    expect(toPortalDates([])).toEqual({});
  });

  it.each([
    ['Transition to secondary in September 2026', { transferYear: 2026, transferToPost16: false }],
    ['Moving to college (post-16) in September 2027', { transferYear: 2027, transferToPost16: true }],
    ['Training in September 2026', {}],
  ])('reads the transfer year from %j', (text, expected) => expect(toPortalDates([], text)).toEqual(expected));
});
