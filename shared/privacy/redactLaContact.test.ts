import { describe, expect, it } from 'vitest';
import { redactLaContact } from './redactLaContact';

describe('redactLaContact', () => {
  it.each([
    ['jane.smith@camden.gov.uk, 020 7974 1234', 'jane.smith@camden.gov.uk, 020 7974 1234'],
    ['020 7974 1234', '020 7974 1234'],
    // A personal address is no LA contact, whatever field it arrives in, and the number beside it goes with it
    // (docs/redaction.md, "LA contacts").
    ['tom.reid@gmail.com, 020 7974 1234', '[email removed], [phone number removed]'],
    ['DOB 04/05/2014', 'DOB [date of birth removed]'],
    // No label is assumed on the server: an address off an LA domain goes, and so does the number after it.
    ['grace.jones@acme.co.uk, 07700 900123', '[email removed], [phone number removed]'],
  ])('%s → %s', (value, expected) => expect(redactLaContact(value, {})).toBe(expected));
});
