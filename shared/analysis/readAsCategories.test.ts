import { describe, expect, it } from 'vitest';
import { parseSurvey } from '../survey/parseSurvey';
import { readAsCategories, readAsCategoriesNote } from './readAsCategories';

function columns(table: string[][], hints = {}) {
  const r = parseSurvey(table, { hints });
  if (!r.ok) throw new Error(r.message);
  return r.survey.columns;
}

// Invented answer sets (in no list in shared/survey/vocabularyLists.ts), each given three or more times.
const HEAD = ['Tea breaks [Monday]', 'Tea breaks [Friday]', 'Are you on SLT?', 'Biscuits', 'I feel valued'];
const ROW = (i: number) => [
  ['Seldom-ish', 'Middling', 'Plenty'][i % 3],
  ['Seldom-ish', 'Middling', 'Plenty'][(i + 1) % 3],
  i % 2 ? 'Yes' : 'No',
  ['Hobnob', 'Digestive', 'Bourbon'][i % 3],
  ['Agree', 'Disagree', 'Strongly agree'][i % 3],
];
const table = [HEAD, ...Array.from({ length: 12 }, (_, i) => ROW(i))];

describe('readAsCategories', () => {
  it('names each unrecognised single-choice question of 3 to 10 answers once (a grid by its question), not Yes/No nor a known scale', () => {
    expect(readAsCategories(columns(table))).toEqual(['Tea breaks', 'Biscuits']);
  });

  it('leaves alone a question a template or the sidebar already called a choice', () => {
    const cols = columns(table, { 3: { kind: 'choice' } });
    expect(readAsCategories(cols, { 3: { kind: 'choice' } })).toEqual(['Tea breaks']);
  });

  it('leaves alone the Source column that combining files adds', () => {
    const withSource = [['Source', ...HEAD], ...table.slice(1).map((r, i) => [['Oak', 'Ash', 'Elm'][i % 3], ...r])];
    expect(readAsCategories(columns(withSource))).toEqual(['Tea breaks', 'Biscuits']);
  });

  it('leaves alone a background question such as the school phase, which describes who answered', () => {
    const withPhase = [
      ['Which phase is your school?', ...HEAD],
      ...table.slice(1).map((r, i) => [['Primary', 'Secondary', 'Special'][i % 3], ...r]),
    ];
    expect(readAsCategories(columns(withPhase))).toEqual(['Tea breaks', 'Biscuits']);
  });

  it('words the note as the report, the Summary tab and the sidebar show it', () => {
    expect(readAsCategoriesNote('Biscuits')).toBe('“Biscuits” was read as categories; set its order in Analysis options if it has one.');
  });
});
