import { describe, expect, it } from 'vitest';
import { schoolDays } from './timeGiven';
import { dayOf, readTrackerSettings, sheetsSerial, TYPICAL_TERMS } from './trackerSettings';

describe('the prefilled term dates', () => {
  it('start on the weekdays a school year does', () => {
    // R 4.x: weekdays(as.Date(c("2026-09-03", "2026-10-26", …))) → Thursday, Monday, Friday, Friday, Monday,
    // Monday, Friday, Thursday, Monday, Monday, Friday, Wednesday.
    const days = TYPICAL_TERMS.flatMap((t) => [t.start, t.halfTermStart, t.halfTermEnd, t.end]);
    const weekday = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
    expect(days.map(weekday)).toEqual([
      'Thursday',
      'Monday',
      'Friday',
      'Friday',
      'Monday',
      'Monday',
      'Friday',
      'Thursday',
      'Monday',
      'Monday',
      'Friday',
      'Wednesday',
    ]);
  });

  it('count school days without half term', () => {
    // R: sum(!weekdays(seq(as.Date("2026-09-03"), as.Date("2026-11-30"), by = "day")) %in% c("Saturday", "Sunday"))
    // gives 63 weekdays; less the 5 days of half term = 58.
    expect(schoolDays('2026-09-03', '2026-11-30', TYPICAL_TERMS)).toBe(63 - 5);
    // Easter Monday 29 March 2027 is in the holiday; 3 May 2027 (a bank holiday, gov.uk) is in term: 4 days.
    expect(schoolDays('2027-05-03', '2027-05-09', TYPICAL_TERMS)).toBe(4);
  });

  it('are Sheets serial numbers: 1 January 1970 is day 25,569 (Sheets: =DATE(1970,1,1)*1)', () => {
    expect(sheetsSerial('1970-01-01')).toBe(25_569);
    expect(sheetsSerial('2026-09-03')).toBe(46_268); // Python: (date(2026, 9, 3) - date(1899, 12, 30)).days
  });
});

describe('readTrackerSettings', () => {
  it('reads protected hours per SENCO, the default, and term rows typed as dd/mm/yyyy', () => {
    const settings = readTrackerSettings([
      ['Task type', 'Default estimated minutes'],
      ['Annual review', 200],
      [],
      ['Protected SENCO time: hours a week …'],
      ['SENCO (name as in clips)', 'Protected hours per week'],
      ['Any other SENCO', 2],
      ['Ms A. Khan', 7.5],
      ['Mr B. Jones', 'lots'],
      [],
      ['Term dates: …'],
      ['Term', 'Starts', 'Half term from', 'Half term to', 'Ends'],
      ['Autumn', '03/09/2026', '26/10/2026', '30/10/2026', '2026-12-18'],
      ['Broken', '31/02/2027', '', '', '01/03/2027'],
    ]);
    expect(settings.minutes['annual-review']).toBe(200);
    expect([...settings.protectedHours]).toEqual([['Ms A. Khan', 7.5]]);
    expect(settings.defaultProtectedHours).toBe(2);
    expect(settings.terms).toEqual([
      { name: 'Autumn', start: '2026-09-03', halfTermStart: '2026-10-26', halfTermEnd: '2026-10-30', end: '2026-12-18' },
    ]);
  });

  it('reads a day from ISO text or dd/mm/yyyy, and nothing else', () => {
    expect([dayOf('2026-09-03'), dayOf('3/9/2026'), dayOf('31/02/2026'), dayOf(''), dayOf(46268)]).toEqual([
      '2026-09-03',
      '2026-09-03',
      '',
      '',
      '',
    ]);
  });
});
