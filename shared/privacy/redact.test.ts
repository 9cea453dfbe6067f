import { describe, expect, it } from 'vitest';
import { mergeCounts, redact } from './redact';

const JAMIE = { pupilNames: ['Jamie Smith'] };

describe('redact', () => {
  describe('pupil names become initials', () => {
    it.each([
      ['Annual review for Jamie Smith', 'Annual review for J.S.'],
      ['ANNUAL REVIEW FOR JAMIE SMITH', 'ANNUAL REVIEW FOR J.S.'],
      ['SMITH, Jamie (Year 6)', 'J.S. (Year 6)'],
      ['Jamie has settled well; Smith family informed', 'J.S. has settled well; J.S. family informed'],
      ["Jamie's advice", "J.S.'s advice"],
      ['Jamie\nSmith', 'J.S.\nJ.S.'],
    ])('%j → %j', (text, expected) => expect(redact(text, JAMIE).text).toBe(expected));

    it('finds the pupil from a labelled field without being told', () => {
      const { text, removed } = redact('Child/Young person: Jamie Smith\nJamie is in Year 6.');
      expect(text).toBe('Child/Young person: J.S.\nJ.S. is in Year 6.');
      expect(removed).toEqual([{ kind: 'name', count: 2 }]);
    });

    it('joins labelled forename and surname fields', () => {
      expect(redact('Forename: Jamie\nSurname: Smith\nJamie Smith attends daily.').text).toBe(
        'Forename: J.S.\nSurname: J.S.\nJ.S. attends daily.',
      );
    });

    it('never matches inside a longer word', () => {
      expect(redact('Smithson and Jamieson met Jamie', JAMIE).text).toBe('Smithson and Jamieson met J.S.');
    });

    it('redacts every part of a hyphenated name', () => {
      expect(redact("Mary-Jane O'Neil, known to staff as Mary; O’Neil family", { pupilNames: ["Mary-Jane O'Neil"] }).text).toBe(
        'M.J.O., known to staff as M.J.O.; M.J.O. family',
      );
    });

    it('leaves a given name that is an everyday word when it is written in lower case', () => {
      expect(redact('Will Young: the school will provide', { pupilNames: ['Will Young'] }).text).toBe('W.Y.: the school will provide');
    });

    it('never leaves the full name, in any case or order', () => {
      const text = 'Jamie Smith / jamie smith / JAMIE SMITH / Smith, Jamie / SMITH Jamie / Jamie  Smith';
      const out = redact(text, JAMIE).text;
      expect(out).not.toMatch(/jamie|smith/i);
    });
  });

  describe('parents’ names', () => {
    it('become a tag, never the pupil’s initials, even with the pupil’s surname', () => {
      const { text, removed } = redact('Child: Jamie Smith\nParent/carer: Mrs Sarah Smith\nSarah called; Mrs Smith will attend.');
      expect(text).toBe(
        'Child: J.S.\nParent/carer: [parent/carer name removed]\n[parent/carer name removed] called; [parent/carer name removed] will attend.',
      );
      expect(removed).toEqual([
        { kind: 'name', count: 1 },
        { kind: 'parent-name', count: 3 },
      ]);
    });
  });

  describe('identifiers become tags', () => {
    it.each([
      ['DOB: 04/05/2014', 'DOB: [date of birth removed]', 'date-of-birth'],
      ['D.O.B 4 May 2014', 'D.O.B [date of birth removed]', 'date-of-birth'],
      ['Date of birth: 04.05.14', 'Date of birth: [date of birth removed]', 'date-of-birth'],
      ['born on 4th May 2014', 'born on [date of birth removed]', 'date-of-birth'],
      ['UPN: A123456789012', 'UPN: [UPN removed]', 'upn'],
      ['pupil A123456789012 moved', 'pupil [UPN removed] moved', 'upn'],
      ['temporary UPN A12345678901B', 'temporary UPN [UPN removed]', 'upn'],
      ['ULN: 1234567890', 'ULN: [ULN removed]', 'uln'],
      ['NHS number: 943 476 5919', 'NHS number: [NHS number removed]', 'nhs-number'],
      ['NHS no. 9434765919', 'NHS no. [NHS number removed]', 'nhs-number'],
      ['health ref 943 476 5919', 'health ref [NHS number removed]', 'nhs-number'],
      ['health ref 943-476-5919', 'health ref [NHS number removed]', 'nhs-number'],
      ['NHS number: 943 476 5918', 'NHS number: [NHS number removed]', 'nhs-number'],
      ['Postcode: LS1 4AB', 'Postcode: [postcode removed]', 'postcode'],
      ['Exampletown SW1A 1AA', 'Exampletown [postcode removed]', 'postcode'],
      ['Leeds LS14AB', 'Leeds [postcode removed]', 'postcode'],
      ['Address: 12 Acacia Avenue, Exampletown', 'Address: [address removed]', 'address'],
      ['Home address: Flat 3, Mill House, Exampletown', 'Home address: [address removed]', 'address'],
      ['lives at 12 Acacia Avenue with mum', 'lives at [address removed] with mum', 'address'],
      ['Email: sarah.smith@example.com', 'Email: [email removed]', 'email'],
      ['mail sen.team+ehc@exampleshire.gov.uk today', 'mail [email removed] today', 'email'],
      ['Tel: 01632 960001', 'Tel: [phone number removed]', 'phone'],
      ['Tel: 0113 496 0000', 'Tel: [phone number removed]', 'phone'],
      ['Tel: (0113) 496 0000', 'Tel: [phone number removed]', 'phone'],
      ['Mobile 07700 900123', 'Mobile [phone number removed]', 'phone'],
      ['Mobile 07700900123', 'Mobile [phone number removed]', 'phone'],
      ['call +44 7700 900123', 'call [phone number removed]', 'phone'],
      ['call +44 (0)20 7946 0000', 'call [phone number removed]', 'phone'],
      ['call 020 7946 0000', 'call [phone number removed]', 'phone'],
    ])('%j → %j', (text, expected, kind) => {
      expect(redact(text)).toEqual({ text: expected, removed: [{ kind, count: 1 }] });
    });

    it.each([
      ['ref 943 476 5918', 'an unlabelled ten-digit number that fails the NHS check'],
      ['ref 123 456 7890', 'an unlabelled number whose check digit would be 10'],
      ['Advice due 12/03/2026', 'a task date'],
      ['Meeting 12.03.26 at 10:00', 'a task date with a time'],
      ['Case EHC/2025/00123, request 48213', 'case references'],
      ['Year 6, Y11 2nd term, KS2 3rd week', 'school years and key stages'],
      ['Section F: 25 hours of support', 'plan sections and hours'],
      ['Email address: not given', 'an empty e-mail field'],
    ])('leaves %j alone (%s)', (text) => expect(redact(text)).toEqual({ text, removed: [] }));
  });

  it('redacts words that markup glued together, as textContent reads a page', () => {
    const text = 'Name:SMITH, JamieDOB:04/05/2014Gender:Male UPN:A123456789012NHS No:9434765919Address12 Acacia AvenueExampletownLS1 4AB';
    const out = redact(text, { datesOfBirth: ['2014-05-04'] }).text;
    expect(out).toBe(
      'Name:J.S.DOB:[date of birth removed]Gender:Male UPN:[UPN removed]NHS No:[NHS number removed]Address[address removed]Exampletown[postcode removed]',
    );
  });

  it('removes a known date of birth wherever it is written, in any form', () => {
    const { text, removed } = redact('Jamie (04/05/2014) turned 11 on 4 May 2025; born 4 May 2014', { datesOfBirth: ['2014-05-04'] });
    expect(text).toBe('Jamie ([date of birth removed]) turned 11 on 4 May 2025; born [date of birth removed]');
    expect(removed).toEqual([{ kind: 'date-of-birth', count: 2 }]);
  });

  it('counts by kind, in a fixed order, for the popup', () => {
    const text = [
      'Child/Young person: Jamie Smith',
      'Date of birth: 04/05/2014',
      'UPN: A123456789012',
      'NHS number: 943 476 5919',
      'Parent/carer: Mrs Sarah Smith',
      'Address: 12 Acacia Avenue, Exampletown, LS1 4AB',
      'Telephone: 07700 900123',
      'Email: sarah.smith@example.com',
      'Annual review for Jamie Smith: advice due 12/03/2026',
    ].join('\n');
    const { text: out, removed } = redact(text);
    expect(out).toBe(
      [
        'Child/Young person: J.S.',
        'Date of birth: [date of birth removed]',
        'UPN: [UPN removed]',
        'NHS number: [NHS number removed]',
        'Parent/carer: [parent/carer name removed]',
        'Address: [address removed]',
        'Telephone: [phone number removed]',
        'Email: [email removed]',
        'Annual review for J.S.: advice due 12/03/2026',
      ].join('\n'),
    );
    expect(removed).toEqual([
      { kind: 'name', count: 2 },
      { kind: 'parent-name', count: 1 },
      { kind: 'date-of-birth', count: 1 },
      { kind: 'upn', count: 1 },
      { kind: 'nhs-number', count: 1 },
      { kind: 'address', count: 1 },
      { kind: 'email', count: 1 },
      { kind: 'phone', count: 1 },
    ]);
  });

  it.each([
    ['Child/Young person: Jamie Smith\nDOB: 04/05/2014\nParent: Sarah Smith, 12 Acacia Avenue, LS1 4AB, 07700 900123'],
    ['Jamie Smith (SMITH, Jamie) NHS 943 476 5919 UPN A123456789012 sarah@example.com'],
    ['Nothing personal here: advice due 12/03/2026'],
  ])('is idempotent on %j', (text) => {
    const once = redact(text, JAMIE);
    const twice = redact(once.text, JAMIE);
    expect(twice).toEqual({ text: once.text, removed: [] });
  });

  it('leaves an empty text empty', () => {
    expect(redact('')).toEqual({ text: '', removed: [] });
  });
});

describe('mergeCounts', () => {
  it('adds counts by kind and keeps the fixed kind order', () => {
    expect(
      mergeCounts(
        [{ kind: 'phone', count: 1 }],
        [
          { kind: 'name', count: 2 },
          { kind: 'phone', count: 2 },
        ],
        [],
      ),
    ).toEqual([
      { kind: 'name', count: 2 },
      { kind: 'phone', count: 3 },
    ]);
  });
});

describe('redact without labels', () => {
  it('shortens a pupil introduced by "for" and removes a parent introduced by "Mum"', () => {
    expect(redact('Annual review for Jamie Smith. Mum (Sarah, 07700 900123) will attend; Jamie is keen.').text).toBe(
      'Annual review for J.S. Mum ([parent/carer name removed], [phone number removed]) will attend; J.S. is keen.',
    );
  });
});

describe('titles are never taken for names', () => {
  it('redacts "Prof Jane Smith" as a parent without touching other uses of "Prof"', () => {
    const r = redact('Parent: Prof Jane Smith. Prof visits are booked with the EP service.', { parentNames: ['Prof Jane Smith'] });
    expect(r.text).not.toContain('Jane');
    expect(r.text).toContain('Prof visits are booked');
  });
});
