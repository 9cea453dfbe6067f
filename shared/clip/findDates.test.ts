import { describe, expect, it } from 'vitest';
import { findDates } from './findDates';

const CLIP_DAY = '2026-02-16';

describe('findDates', () => {
  describe('reads UK dates day first', () => {
    it.each([
      ['Advice 12/03/2026', '2026-03-12', '12/03/2026'],
      ['Advice 12.03.26', '2026-03-12', '12.03.26'],
      ['Advice 12 March 2026', '2026-03-12', '12 March 2026'],
      ['Advice 12th Mar', '2026-03-12', '12th Mar'],
      ['Advice on Thursday 12 March', '2026-03-12', 'Thursday 12 March'],
      ['Advice 04/05/2026', '2026-05-04', '04/05/2026'],
      ['Advice 2026-03-12', '2026-03-12', '2026-03-12'],
    ])('%j → %s', (text, iso, written) => {
      const [date] = findDates(text, CLIP_DAY);
      expect(date).toEqual({ iso, text: written, index: text.indexOf(written), role: 'other' });
    });
  });

  describe('gives each date the role of the words before it', () => {
    it.each([
      ['Advice due 12/03/2026', 'due'],
      ['Deadline: 12/03/2026', 'due'],
      ['Please return by 12/03/2026', 'due'],
      ['Send it by Thursday 12 March', 'due'],
      ['Return no later than 12 March 2026', 'due'],
      ['Review meeting: 12/03/2026', 'meeting'],
      ['The meeting will be held on 12 March 2026', 'meeting'],
      ['Requested on 12/01/2026', 'request'],
      ['Request received 12/01/2026', 'request'],
      ['Date of request: 12/01/2026', 'request'],
      ['Date sent: 02/03/2026', 'request'],
      ['Consultation sent 02/03/2026', 'consultation'],
      ['Date of consultation: 02/03/2026', 'consultation'],
      ['Advice requested: 29/01/2026', 'advice-request'],
      ['Request for educational advice sent on 29/01/2026', 'advice-request'],
      // Reg 22(2): the notice of proposed amendments, in the wordings portals use
      ['Amendment notice issued: 09/03/2026', 'amendment-notice'],
      ['Date of amendment notice: 09/03/2026', 'amendment-notice'],
      ['Notice of proposed amendments sent: 9 March 2026', 'amendment-notice'],
      ['Draft amended plan issued 9 March 2026', 'amendment-notice'],
      ['The draft EHC plan for Amara was issued on 5 March 2026', 'draft'],
      ['Draft plan dated 5 March 2026', 'draft'],
      ['Date of last review: 24/03/2025', 'last-review'],
      ['Mediation certificate issued 20/03/2026', 'mediation-certificate'],
      ['Amendment notice issued 09/03/2026, response due 23/03/2026', 'amendment-notice', 'due'],
      ['Draft issued 2 March 2026', 'draft'],
      ['Draft plan sent on 2 March 2026', 'draft'],
      ['Decision: 2 March 2026', 'decision'],
      ['Uploaded 2 March 2026', 'other'],
    ])('%j → %s', (text, ...roles) => expect(findDates(text, CLIP_DAY).map((d) => d.role)).toEqual(roles));

    it('takes the nearest role word, so each date in a sentence keeps its own', () => {
      const text = 'Annual review meeting held on 12 March 2026; advice due by 26 February 2026.';
      expect(findDates(text, CLIP_DAY).map((d) => [d.iso, d.role])).toEqual([
        ['2026-03-12', 'meeting'],
        ['2026-02-26', 'due'],
      ]);
    });

    it('does not carry a role word across a previous date or a line break', () => {
      const text = 'Meeting 12/03/2026, uploaded 01/03/2026\nSent 02/03/2026';
      expect(findDates(text, CLIP_DAY).map((d) => d.role)).toEqual(['meeting', 'other', 'other']);
    });

    it('does not carry a role word across the end of a sentence, but does across initials', () => {
      expect(findDates('The meeting was useful. Uploaded 2 March 2026', CLIP_DAY)[0].role).toBe('other');
      expect(findDates('Review meeting for J.S. on 12 March 2026', CLIP_DAY)[0].role).toBe('meeting');
    });

    it('takes the role of a short label on the line above a date that starts its line', () => {
      const text = 'Date Sent\n02/03/2026\nInformation Due Deadline\n16/03/2026\nUploaded 01/03/2026\n05/03/2026';
      expect(findDates(text, CLIP_DAY).map((d) => d.role)).toEqual(['request', 'due', 'other', 'other']);
    });

    it('never gives a date of birth a role, even in a sentence about a meeting', () => {
      expect(findDates('The review meeting for J.S. (DOB 04/05/2014) is on 12 March 2026', CLIP_DAY).map((d) => [d.iso, d.role])).toEqual([
        ['2014-05-04', 'other'],
        ['2026-03-12', 'other'],
      ]);
    });

    it('reads "requested by someone on a date" as a request, not a deadline', () => {
      expect(findDates('Advice requested by Ms Jones on 12/01/2026', CLIP_DAY)[0].role).toBe('advice-request');
      expect(findDates('Assessment requested by Ms Jones on 12/01/2026', CLIP_DAY)[0].role).toBe('request');
    });
  });

  describe('places a date written without a year within three months before to nine months after the clip day', () => {
    it.each([
      ['12 March', '2026-02-16', '2026-03-12'],
      ['20 December', '2026-02-16', '2025-12-20'],
      ['16 November', '2026-02-16', '2025-11-16'],
      ['15 November', '2026-02-16', '2026-11-15'],
      ['3 January', '2025-11-20', '2026-01-03'],
      ['29/08', '2025-11-30', '2026-08-29'],
      ['30/08', '2025-11-30', '2025-08-30'],
      ['1/9', '2025-11-30', '2025-09-01'],
    ])('%j clipped on %s → %s', (text, clipDay, iso) => expect(findDates(`Due ${text}`, clipDay)[0].iso).toBe(iso));
  });

  it('leaves out times, relative dates and dates without a day', () => {
    expect(findDates('Call at 15:30 tomorrow, or in 3 days, next week, today, or in March 2026', CLIP_DAY)).toEqual([]);
  });

  it('leaves out impossible dates', () => {
    expect(findDates('Due 31/02/2026', CLIP_DAY)).toEqual([]);
  });

  it('does not read phone numbers, case references or UPNs as dates', () => {
    expect(findDates('Tel 01632 960001, ref EHC/2025/00123, UPN A123456789012, 12.5 hours', CLIP_DAY)).toEqual([]);
  });

  it('finds nothing in an empty text', () => {
    expect(findDates('', CLIP_DAY)).toEqual([]);
  });

  it('refuses a reference day that is not YYYY-MM-DD', () => {
    expect(() => findDates('Due 12/03/2026', '16/02/2026')).toThrow('findDates requires the reference day as YYYY-MM-DD');
    expect(() => findDates('Due 12/03/2026', '2026-02-30')).toThrow('YYYY-MM-DD');
  });
});
