import { describe, expect, it } from 'vitest';
import type { Template } from '../templates/templateSchema';
import { analyse } from './analyse';

const template: Template = {
  format: 'senco-time-template',
  formatVersion: 1,
  id: 'profile-test',
  title: 'Profile test',
  version: '1',
  sections: [
    {
      title: 'About you',
      items: [
        // No background words in the title: the template's id says what it is.
        { id: 'la', kind: 'choice', title: 'Which council are you in?', options: ['North', 'South'] },
        { id: 'stress', kind: 'scale', title: 'How stressed do you feel?', low: 1, high: 5 },
      ],
    },
  ],
};

describe('respondentProfile', () => {
  it('knows a background question by its template id, and keeps it out of the findings', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [i < 9 ? 'North' : 'South', 1 + (i % 5)]);
    const r = analyse([['Which council are you in?', 'How stressed do you feel?'], ...rows], { template });
    if (!r.ok) throw new Error(r.message);
    expect(r.analysis.profile!.map((p) => p.text)).toEqual(['Which council are you in? 75% North, 25% South (n = 12).']);
    expect(r.analysis.findings.filter((f) => f.kind === 'share' || f.kind === 'scale').flatMap((f) => f.columns)).toEqual([1]);
  });

  it('knows phase, pupils on roll and years in post by their words', () => {
    const header = [
      'Which phase is your school?',
      'How many pupils are on roll?',
      'How many years have you been in post?',
      'How stressed do you feel? (1–5)',
    ];
    const rows = Array.from({ length: 10 }, (_, i) => [
      i % 2 ? 'Primary' : 'Secondary',
      i % 2 ? 'Under 200' : '200 or more',
      i % 2 ? 'Under 2' : '2 or more',
      1 + (i % 5),
    ]);
    const r = analyse([header, ...rows]);
    if (!r.ok) throw new Error(r.message);
    expect(r.analysis.profile!.map((p) => p.column)).toEqual([0, 1, 2]);
  });
});
