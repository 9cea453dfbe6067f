import { describe, expect, it } from 'vitest';
import { parseSurvey } from './parseSurvey';

function parse(table: unknown[][]) {
  const r = parseSurvey(table);
  if (!r.ok) throw new Error(r.message);
  return r.survey;
}

describe('identifying columns in a parsed survey', () => {
  it('withholds names that repeat, which would otherwise make a grouping column', () => {
    const names = [
      'Sarah Jones',
      'Tom Lee',
      'Sarah Jones',
      'Tom Lee',
      'Sarah Jones',
      'Tom Lee',
      'Sarah Jones',
      'Tom Lee',
      'Sarah Jones',
      'Tom Lee',
    ];
    const s = parse([['Completed by', 'Workload (1-5)'], ...names.map((n, i) => [n, (i % 5) + 1])]);
    expect(s.columns[0]).toMatchObject({
      kind: 'id',
      data: { type: 'withheld' },
      withheld: { reason: 'names', knownNames: ['Sarah Jones', 'Tom Lee'] },
    });
  });

  it('withholds names under an innocent header, by their answers', () => {
    const s = parse([['Who supports you most?'], ['Priya Shah'], ['Helen Brown'], ['Mohammed Ali'], ['Priya Shah']]);
    expect(s.columns[0]).toMatchObject({ kind: 'id', withheld: { reason: 'names' } });
  });

  it('withholds phone numbers a spreadsheet turned into numbers', () => {
    const s = parse([['Best number'], [7700900123], [7700900456], [1614960000]]);
    expect(s.columns[0]).toMatchObject({ kind: 'id', withheld: { reason: 'phone numbers' } });
  });

  it('keeps a yes/no answer to a question that only mentions a name', () => {
    const s = parse([['Would you like your name in the acknowledgements?'], ['Yes'], ['No'], ['No'], ['Yes'], ['No'], ['Yes']]);
    expect(s.columns[0].kind).toBe('choice');
  });

  it('keeps a school name and an LA as groups: they identify no person', () => {
    const las = ['West Sussex', 'East Sussex', 'Kent', 'Surrey'];
    const s = parse([['School name', 'Which LA are you in?'], ...Array.from({ length: 20 }, (_, i) => [`School ${i % 4}`, las[i % 4]])]);
    expect(s.columns.map((c) => c.kind)).toEqual(['choice', 'choice']);
  });
});

describe('stated and inferred scale bounds', () => {
  it('marks bounds the header states, and leaves the scale name free of flags', () => {
    const s = parse([
      ['Valued (1–4)', 'Stress'],
      [1, 5],
      [4, 3],
      [2, 1],
      [3, 4],
    ]);
    const [valued, stress] = s.columns.map((c) => c.data);
    expect(valued).toMatchObject({ type: 'ordinal', scaleName: 'numeric 1–4', boundsStated: true });
    expect(stress).toMatchObject({ type: 'ordinal', scaleName: 'numeric 1–5', boundsStated: false });
  });
});

describe('identifying columns a template or the sidebar declares', () => {
  it('withholds a declared choice whose header asks for a name', () => {
    const r = parseSurvey(
      [
        ['Completed by', 'Q'],
        ['Sarah Jones', 1],
        ['Tom Lee', 2],
      ],
      { hints: { 0: { kind: 'choice' } } },
    );
    expect(r.ok && r.survey.columns[0]).toMatchObject({ kind: 'id', withheld: { reason: 'names' } });
  });
  it('gives a saved scale order no power over an identifying header', () => {
    const r = parseSurvey([['SENCO name'], ['Sarah Jones'], ['Tom Lee']], { hints: { 0: { scaleOrder: ['Sarah Jones', 'Tom Lee'] } } });
    expect(r.ok && r.survey.columns[0].kind).toBe('id');
  });
});
