import { describe, expect, it } from 'vitest';
import { shortLabel } from './shortLabel';

describe('shortLabel', () => {
  it.each([
    [
      'How has your workload changed since last year? (1 = greatly decreased, 5 = greatly increased)',
      'How has your workload changed since last year?',
    ],
    ['How stressed do you feel in your SENCO role? (1–5)', 'How stressed do you feel in your SENCO role?'],
    ['Stress (1 to 10)', 'Stress'],
    ['Which phase is your school?', 'Which phase is your school?'],
  ])('drops the scale explanation from %j', (header, label) => expect(shortLabel(header)).toBe(label));

  it('cuts a long header at a word boundary with an ellipsis', () => {
    expect(shortLabel('How emotionally exhausted do you feel at the end of a typical week?', undefined, 40)).toBe(
      'How emotionally exhausted do you feel…',
    );
  });
  it('names a grid row by its question and row', () => {
    expect(shortLabel('How often? [Supervision]', { question: 'How often?', row: 'Supervision' })).toBe('How often?: Supervision');
  });
});
