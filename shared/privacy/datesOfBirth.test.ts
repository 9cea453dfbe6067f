import { describe, expect, it } from 'vitest';
import { findDatesOfBirth, findWrittenDates } from './datesOfBirth';

function removed(text: string): string[] {
  return findDatesOfBirth(text).map((span) => text.slice(span.index, span.end));
}

describe('findDatesOfBirth', () => {
  it.each([
    ['DOB: 04/05/2014', '04/05/2014'],
    ['D.O.B 04/05/2014', '04/05/2014'],
    ['D.O.B. 4.5.14', '4.5.14'],
    ['Date of birth (dd/mm/yyyy): 04/05/2014', '04/05/2014'],
    ['Date of Birth: 4th May 2014', '4th May 2014'],
    ['Jamie was born on 4 May 2014 in Leeds', '4 May 2014'],
    ['Birth date - 2014-05-04', '2014-05-04'],
    ['DOB: 31/02/2014', '31/02/2014'],
  ])('finds the date of birth in %j', (text, date) => expect(removed(text)).toEqual([date]));

  it('reads the date it removes', () => {
    expect(findDatesOfBirth('DOB: 04/05/2014')).toEqual([{ index: 5, end: 15, iso: '2014-05-04' }]);
  });

  it.each([
    ['Advice due 12/03/2026', 'no label'],
    ['DOB: not recorded. Advice due 12/03/2026', 'a label too far before the date'],
    ['DOB:\nAdvice due 12/03/2026', 'a label on another line'],
    ['DOB 04/05/2014, due 12/03/2026', 'the second date after the label'],
    ['Mr Dobson on 12/03/2026', 'a word that starts with "dob"'],
    ['A stubborn 12/03/2026', 'a word that ends with "born"'],
  ])('leaves other dates: %j (%s)', (text) => {
    const dates = removed(text);
    expect(dates.filter((date) => date !== '04/05/2014')).toEqual([]);
  });
});

describe('findWrittenDates', () => {
  it('finds a known date of birth written again in any form, and nothing else', () => {
    const text = 'Born 04/05/2014. On 4 May 2014 at home; review 12/03/2026';
    expect(findWrittenDates(text, ['2014-05-04']).map((span) => text.slice(span.index, span.end))).toEqual(['04/05/2014', '4 May 2014']);
  });

  it('finds nothing without known dates', () => {
    expect(findWrittenDates('04/05/2014', [])).toEqual([]);
  });
});
