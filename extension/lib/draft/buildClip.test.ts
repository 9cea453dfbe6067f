import { describe, expect, it } from 'vitest';
import { ClipSchema } from '../../../shared/clip/clipSchema';
import { SETTINGS, sampleDraft } from '../testing/sampleDraft';
import { buildClip } from './buildClip';

describe('buildClip', () => {
  it('makes a protocol-1 clip from the form and the settings', () => {
    const result = buildClip(sampleDraft(), SETTINGS);
    expect(result).toEqual({
      ok: true,
      clip: {
        v: 1,
        id: '0b6f3a52-8d3e-4f0c-9a53-4b9e2f1c7d10',
        clippedAt: '2026-02-16T09:30:00.000Z',
        senco: 'Ms Patel',
        school: 'Oakfield Primary',
        la: 'Northshire',
        pupil: 'J.S.',
        taskType: 'annual-review',
        title: 'Annual review for J.S.',
        details: 'Advice due 12/03/2026',
        sourceUrl: 'https://portal.example/case/1',
        dueDate: '2026-03-12',
        dueBasis: 'Date given on the portal',
        estimatedMinutes: 300,
      },
    });
    expect(result.ok && ClipSchema.safeParse(result.clip).success).toBe(true);
  });

  it('sends the kept LA contact, and keeps the LA officer’s address in the details while a parent’s phone goes', () => {
    const draft = sampleDraft({
      details: 'Queries to sen.team@exampleshire.gov.uk. Mum: 07700 900123',
      laContact: 'sen.team@exampleshire.gov.uk, 01632 960001',
    });
    const result = buildClip(draft, SETTINGS);
    expect(result.ok && result.clip.laContact).toBe('sen.team@exampleshire.gov.uk, 01632 960001');
    expect(result.ok && result.clip.details).toBe('Queries to sen.team@exampleshire.gov.uk. Mum: [phone number removed]');
  });

  it('leaves empty fields out, so the tracker uses its own default minutes', () => {
    const result = buildClip(
      sampleDraft({ pupil: ' ', dueDate: '', dueBasis: 'ignored without a date', estimatedMinutes: '', details: '' }),
      { ...SETTINGS, school: '', la: '' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const key of ['pupil', 'dueDate', 'dueBasis', 'estimatedMinutes', 'details', 'school', 'la'] as const)
      expect(result.clip).not.toHaveProperty(key);
  });

  it('turns a name typed as the pupil into initials, so no name leaves the browser', () => {
    const result = buildClip(sampleDraft({ pupil: 'Jamie Smith' }), SETTINGS);
    expect(result.ok && result.clip.pupil).toBe('J.S.');
  });

  it('collapses whitespace in the title', () => {
    const result = buildClip(sampleDraft({ title: '  Annual review\n  for J.S. ' }), SETTINGS);
    expect(result.ok && result.clip.title).toBe('Annual review for J.S.');
  });

  it.each([
    [
      'no name in the options',
      sampleDraft(),
      { ...SETTINGS, senco: ' ' },
      'senco',
      'Add your name in the extension options, so the tracker shows who clipped this task.',
    ],
    ['no title', sampleDraft({ title: '  ' }), SETTINGS, 'title', 'Give the task a title.'],
    [
      'minutes that are not a number',
      sampleDraft({ estimatedMinutes: 'two hours' }),
      SETTINGS,
      'estimatedMinutes',
      'Estimated minutes: a whole number from 0 to 10,000, or leave it empty for the usual estimate.',
    ],
    [
      'fractional minutes',
      sampleDraft({ estimatedMinutes: '90.5' }),
      SETTINGS,
      'estimatedMinutes',
      'Estimated minutes: a whole number from 0 to 10,000, or leave it empty for the usual estimate.',
    ],
    [
      'too many minutes',
      sampleDraft({ estimatedMinutes: '10001' }),
      SETTINGS,
      'estimatedMinutes',
      'Estimated minutes: a whole number from 0 to 10,000, or leave it empty for the usual estimate.',
    ],
    [
      'a malformed date',
      sampleDraft({ dueDate: '12/03/2026' }),
      SETTINGS,
      'dueDate',
      'Due date: choose a date from the calendar, or leave it empty.',
    ],
  ])('says what to fix, and where, when there is %s', (_, draft, settings, field, message) => {
    expect(buildClip(draft, settings)).toEqual({ ok: false, problems: [{ field, message }] });
  });

  it('refuses details too long for the tracker before sending them', () => {
    const result = buildClip(sampleDraft({ details: 'x'.repeat(110 * 1024) }), SETTINGS);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0].field).toBe('details');
    expect(!result.ok && result.problems[0].message).toMatch(/^The details are too long for the tracker \(11\d KB; the limit is 100 KB\)/);
  });
});

describe('buildClip and what the SENCO typed', () => {
  it('removes a date of birth, a UPN and an NHS number typed into the popup', () => {
    const result = buildClip(sampleDraft({ details: 'DOB 03/04/2015, UPN A123456789012, NHS 943 476 5919' }), SETTINGS);
    expect(result.ok).toBe(true);
    const details = result.ok ? result.clip.details! : '';
    expect(details).not.toMatch(/03\/04\/2015|A123456789012|943 476 5919/);
  });
});
