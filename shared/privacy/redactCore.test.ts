import { describe, expect, it } from 'vitest';
import { redact } from './redact';
import { redactCore } from './redactCore';

describe('redactCore (the pattern engine both sides share)', () => {
  it('finds the pupil’s full name from the clip’s initials, and every part of it after', () => {
    expect(redactCore('Annual review: Noah Williams. Noah is settled; WILLIAMS, Noah (Y5).', { pupilInitials: 'N.W.' }).text).toBe(
      'Annual review: N.W. N.W. is settled; N.W. (Y5).',
    );
  });

  it('removes the adversarial tester’s cases without a date parser', () => {
    const text = [
      'Noah Williams – DOB 14/02/2015',
      'Joshua, Year 11',
      'NAME: ISLA MCGREGOR',
      'name: jamie smith',
      'Mr & Mrs Khan; To: Mrs P. Kaur',
      'his date of birth is 30 September 2016',
      'NHS 943\u00A0476\u200B5919, call 07700.900.123',
      'learner number 4829301756',
      'visit 12 acacia avenue, ls1 4ab',
    ].join('\n');
    expect(redactCore(text).text).toBe(
      [
        'N.W. – DOB [date of birth removed]',
        'J., Year 11',
        'NAME: I.M.',
        'name: J.S.',
        '[parent/carer name removed]; To: [parent/carer name removed]',
        'his date of birth is [date of birth removed]',
        'NHS [NHS number removed], call [phone number removed]',
        'learner number [ULN removed]',
        'visit [address removed], [postcode removed]',
      ].join('\n'),
    );
  });

  it('never gives a parent the pupil’s initials, even with the pupil’s surname', () => {
    expect(redactCore('Child: Finley Marsh\nDear Mrs Marsh, Finley’s review went well.').text).toBe(
      'Child: F.M.\nDear [parent/carer name removed], F.M.’s review went well.',
    );
  });

  it('is idempotent and agrees with the page on text without dates only chrono reads', () => {
    const text = 'Re: Noah Williams (DOB 14/02/2015), Mum (Kirsty, 07700 900461), 12 acacia avenue';
    const once = redactCore(text);
    expect(redactCore(once.text)).toEqual({ text: once.text, removed: [] });
    expect(redact(text).text).toBe(once.text);
  });

  it.each([
    'Advice due 12/03/2026 for the Year 11 review at Oakfield Primary School.',
    'Contact the SEN Officer at Exampleshire County Council.',
    "St Mary's Catholic Academy returned advice by 4 May 2026.",
  ])('leaves %j alone', (text) => expect(redactCore(text)).toEqual({ text, removed: [] }));
});
