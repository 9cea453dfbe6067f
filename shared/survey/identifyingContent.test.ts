import { describe, expect, it } from 'vitest';
import { identifyingContent, namesWritten } from './identifyingContent';

// Answers a reviewer can read: each list is what a column under an innocent header ("Notes", "Other") might hold.
describe('identifyingContent: answers that identify people whatever the header', () => {
  it.each([
    ['e-mail addresses', ['s.jones@oak.sch.uk', 'tom.lee@ash.org.uk', 'n/a']],
    ['phone numbers', ['07700 900123', '0161-496-0000', '+44 (0)20 7946 0018', '(01632) 960 001', '7700900456']],
    ['addresses or postcodes', ['M1 1AE', 'SW1A 2AA', 'b33 8th', 'CF10 1BH']],
    ['addresses or postcodes', ['12 Acacia Avenue, Leeds', '3 Mill Lane', 'Flat 2, 45 High Street']],
    ['staff or pupil identifiers', ['A12345678901B', 'K98765432109C', 'Z11122233344D']],
    ['staff or pupil identifiers', ['943 476 5919', '401 023 2137', '9434765870']],
    ['staff or pupil identifiers', ['S1234', 'S2281', 'EMP-00931', 'T/0042', 'S7710']],
    ['names', ['Sarah Jones', 'Tom Lee', 'Priya Shah', 'Mrs Patel', 'J. Smith']],
    ['names', ['Sarah Jones', 'Sarah Jones', 'Tom Lee', 'Tom Lee', 'Tom Lee', 'Sarah Jones']],
    ['names', ['Sarah Jones and Tom Lee', 'Priya Shah', 'Mohammed Ali']],
    ['names', ['Zofia Kowalczyk', 'Bartek Nowak', 'Oluwadamilare Adeyemi', 'Siobhán Ní Bhriain', 'Ffion Hughes']],
  ])('%s: %j', (reason, texts) => {
    expect(identifyingContent(texts)).toBe(reason);
  });
});

describe('identifyingContent: answers that identify no one', () => {
  it.each([
    [['West Sussex', 'East Sussex', 'North Yorkshire', 'Kent', 'West Sussex', 'Surrey', 'Kent']],
    [['Milton Keynes', 'Milton Keynes', 'Bedford', 'Luton', 'Luton', 'Central Bedfordshire']],
    [['Oakfield Primary', 'Ash Academy', 'Elm Special School', 'St Mary’s CE Primary', 'Oakfield Primary']],
    [['Strongly Agree', 'Agree', 'Not Sure', 'Strongly Agree']],
    [['Too much paperwork', 'Not enough time', 'The LA portal is slow', 'Fine']],
    [['5-10', '10-15', '5-10', '0-5']],
    [['2023/24', '2024/25', '2023/24']],
    [['KS2', 'KS3', 'Y6', 'EYFS']],
    [['Yes', 'No', 'Yes']],
    [['Time Pressure', 'Funding Cuts', 'Admin Workload', 'Parental Engagement', 'Paperwork Overload', 'Meeting Load']],
  ])('%j', (texts) => {
    expect(identifyingContent(texts)).toBeNull();
  });
});

describe('namesWritten', () => {
  it('keeps each person once, without titles, and leaves out answers that are not names', () => {
    expect(namesWritten(['Sarah Jones', 'Mrs Patel', 'Prefer not to say', 'N/A', 'Tom Lee & Priya Shah', 'Sarah Jones'])).toEqual([
      'Sarah Jones',
      'Patel',
      'Tom Lee',
      'Priya Shah',
    ]);
  });
});
