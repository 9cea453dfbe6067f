import { describe, expect, it } from 'vitest';
import { redact } from './redact';
import { redactIdentifiers } from './redactIdentifiers';

describe('redactIdentifiers (no date parser: the Apps Script second line of defence)', () => {
  it.each([
    ['Call mum on 07700 900123', 'Call mum on [phone number removed]'],
    ['DOB 03/04/2015; UPN A123456789012', 'DOB [date of birth removed]; UPN [UPN removed]'],
    ['NHS 943 476 5919', 'NHS [NHS number removed]'],
    ['write to jo@school.example', 'write to [email removed]'],
    ['More time please', 'More time please'],
  ])('turns %j into %j', (text, safe) => expect(redactIdentifiers(text).text).toBe(safe));

  it('removes nothing more on a second pass, and agrees with redact on text without names', () => {
    const once = redactIdentifiers('DOB 03/04/2015, 07700 900123').text;
    expect(redactIdentifiers(once)).toEqual({ text: once, removed: [] });
    expect(redact('DOB 03/04/2015, 07700 900123').text).toBe(once);
  });
});
