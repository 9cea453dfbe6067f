import { describe, expect, it } from 'vitest';
import type { Template } from '../templates/templateSchema';
import { analyse } from './analyse';
import type { Analysis } from './analysisSchema';

// Version 2 of a template rewords its stress question; the item id stays "stress".
function template(version: string, stressTitle: string): Template {
  return {
    format: 'senco-time-template',
    formatVersion: 1,
    id: 'wellbeing-check',
    title: 'Wellbeing check',
    version,
    sections: [
      {
        title: 'How you are',
        items: [
          { id: 'stress', kind: 'scale', title: stressTitle, low: 1, high: 5, lowLabel: 'Not at all', highLabel: 'Extremely' },
          { id: 'phase', kind: 'choice', title: 'Which phase is your school?', options: ['Primary', 'Secondary'] },
        ],
      },
    ],
  };
}
const V1 = template('1', 'How stressed are you?');
const V2 = template('2', 'How stressed do you feel in your SENCO role?');

const answers = (header: string, values: (number | string)[][]) => [[header, 'Which phase is your school?'], ...values];
const rows = (n: number, stress: (i: number) => number) =>
  Array.from({ length: n }, (_, i) => [stress(i), i % 3 ? 'Primary' : 'Secondary']);

function run(table: unknown[][], options = {}): Analysis {
  const r = analyse(table, options);
  if (!r.ok) throw new Error(r.message);
  return r.analysis;
}

describe('matching the questions of two surveys', () => {
  const earlierTable = answers(
    'How stressed are you?',
    rows(20, (i) => 1 + (i % 5)),
  );
  const laterTable = answers(
    'How stressed do you feel in your SENCO role?',
    rows(24, (i) => 1 + ((i + 2) % 5)),
  );

  it('pairs a question reworded between template versions by its item id', () => {
    const earlier = run(earlierTable, { template: V1 });
    const later = run(laterTable, { template: V2, earlier: { analysis: earlier, template: V1, source: 'v1' } });
    expect(later.trends!.map((t) => [t.header, t.matchedBy])).toEqual([
      ['How stressed do you feel in your SENCO role?', 'template item'],
      ['Which phase is your school?', 'template item'],
    ]);
    expect(later.trends![0].earlierColumn).toBe(0);
  });

  it('without a shared template, pairs only the same wording and names the rest', () => {
    const earlier = run(earlierTable);
    const later = run(laterTable, { earlier: { analysis: earlier, source: 'last year' } });
    expect(later.trends!.map((t) => [t.header, t.matchedBy])).toEqual([['Which phase is your school?', 'header']]);
    expect(later.notes).toContain(
      '1 question(s) are not in the earlier survey, so have no trend: "How stressed do you feel in your SENCO role?".',
    );
    expect(later.notes).toContain('1 question(s) of the earlier survey are not in this one: "How stressed are you?".');
  });

  it('says so in one sentence when nothing pairs', () => {
    const earlier = run([['Room booked?'], ['Yes'], ['No'], ['Yes'], ['Yes'], ['No'], ['Yes']]);
    const later = run(laterTable, { earlier: { analysis: earlier, source: 'notes' } });
    expect(later.trends).toEqual([]);
    expect(later.notes).toContain(
      'No question of this survey could be compared with the earlier survey: none of its scale or single-choice questions is in both.',
    );
  });
});
