import { describe, expect, it } from 'vitest';
import { findLabelledDatesOfBirth } from './labelledDatesOfBirth';

const found = (text: string) => findLabelledDatesOfBirth(text).map((span) => text.slice(span.index, span.end));

describe('findLabelledDatesOfBirth (no date parser)', () => {
  it.each([
    ['DOB: 04/05/2014', '04/05/2014'],
    ['D.O.B.: 09.11.2012', '09.11.2012'],
    ['his date of birth is 30 September 2016 and', '30 September 2016'],
    ['Date of Birth: 22nd January 2019', '22nd January 2019'],
    ['D.O.B: March 14, 2011 | Gender: F', 'March 14, 2011'],
    ['dob 07-Sep-2015, in Reception', '07-Sep-2015'],
    ['was born on 1st March 2009 and', '1st March 2009'],
    ['Date of birth (dd/mm/yyyy): 17/10/2013', '17/10/2013'],
    ['DOB: 2010-12-01 | Status', '2010-12-01'],
    ['Date of birth:  30 Sept 2016', '30 Sept 2016'],
    ['JamieDOB:04/05/2014Gender', '04/05/2014'],
  ])('finds the date in %j', (text, date) => expect(found(text)).toEqual([date]));

  it.each([
    ['Advice due 12/03/2026', 'no label'],
    ['DOB: not recorded. Advice due 12/03/2026', 'words between the label and the date'],
    ['Mr Dobson on 12/03/2026', 'a word that starts with "dob"'],
    ['A stubborn 12/03/2026', 'a word that ends with "born"'],
  ])('finds nothing in %j (%s)', (text) => expect(found(text)).toEqual([]));
});
