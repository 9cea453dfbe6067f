import { describe, expect, it } from 'vitest';
import { fieldValue, readFields } from './fields';

describe('readFields', () => {
  it('reads "Label: value" lines and skips the rest', () => {
    const text = 'Annual review\nDate of birth: 04/05/2014\nMeeting at 10:00 in the hall\nNotes (school): Call first: ask for Jo\nEmpty:';
    expect(readFields(text)).toEqual([
      { label: 'Date of birth', value: '04/05/2014' },
      { label: 'Notes (school)', value: 'Call first: ask for Jo' },
    ]);
  });
});

describe('fieldValue', () => {
  const fields = readFields('Hub reference: EHC-2025-00123\nReference: other');

  it('gives the first field whose label matches', () => {
    expect(fieldValue(fields, /reference/i)).toBe('EHC-2025-00123');
    expect(fieldValue(fields, /^reference$/i)).toBe('other');
  });

  it('gives undefined when no label matches', () => {
    expect(fieldValue(fields, /upn/i)).toBeUndefined();
  });
});
