import { describe, expect, it } from 'vitest';
import { normaliseText } from './normaliseText';

describe('normaliseText', () => {
  it.each([
    ['943\u00A0476\u00A05919', '943 476 5919', 'no-break spaces'],
    ['943\u202F476\u202F5919', '943 476 5919', 'narrow no-break spaces'],
    ['077\u200D00 9\u200C00 5\uFEFF12', '07700 900 512', 'zero-width joiner, non-joiner and byte-order mark'],
    ['k.fraser\u200B@example.com', 'k.fraser@example.com', 'a zero-width space'],
    ['Jamie\u00ADSmith', 'JamieSmith', 'a soft hyphen'],
  ])('makes %j plain (%s)', (text, plain) => expect(normaliseText(text)).toBe(plain));

  it('leaves ordinary text, tabs and line breaks alone', () => {
    expect(normaliseText('Name:\tJamie\nDOB 04/05/2014')).toBe('Name:\tJamie\nDOB 04/05/2014');
  });
});
