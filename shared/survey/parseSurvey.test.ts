import { describe, expect, it } from 'vitest';
import { isIdentifierHeader } from './headerHints';
import { parseSurvey } from './parseSurvey';
import type { Survey } from './survey';

function parse(table: unknown[][]): Survey {
  const r = parseSurvey(table);
  if (!r.ok) throw new Error(r.message);
  return r.survey;
}

const header = [
  'Timestamp',
  'Email address',
  'How stressed do you feel? (1 = not at all, 5 = extremely)',
  'I have enough time for my SENCO duties.',
  'Which phase is your school?',
  'Which tasks take most of your time?',
  'How often do you get these? [Admin support]',
  'How often do you get these? [Supervision]',
  'Hours allocated per week',
  'Any other comments?',
];
const rows = [
  [
    '03/11/2025 09:01:00',
    'a@school.example',
    5,
    'Agree',
    'Primary',
    'EHCP paperwork, Annual reviews',
    'Never',
    'Rarely',
    2.5,
    'Too much admin',
  ],
  ['03/11/2025 09:05:00', 'b@school.example', 4, 'Strongly agree', 'Primary', 'EHCP paperwork', 'Often', 'Never', 4, ''],
  [
    '04/11/2025 10:00:00',
    'c@school.example',
    '',
    "Don't know",
    'Secondary',
    'Annual reviews, Meetings with parents',
    'Sometimes',
    'Never',
    '',
    'More time, please',
  ],
  ['04/11/2025 11:00:00', 'd@school.example', 2, 'Disagree', 'Secondary', 'Meetings with parents', 'Always', 'Sometimes', 10, ''],
  [
    '05/11/2025 12:00:00',
    'e@school.example',
    3,
    'Agree',
    'Primary',
    'EHCP paperwork, Meetings with parents',
    'Never',
    'Often',
    'about 3',
    '',
  ],
  ['', '', '', '', '', '', '', '', '', ''],
  ['06/11/2025 12:00:00', 'f@school.example', 5, 'Neither agree nor disagree', 'Secondary', 'EHCP paperwork', 'Rarely', 'Never', 6, 'Fine'],
];

describe('parseSurvey on a Google Forms export', () => {
  const s = parse([header, ...rows]);
  const kinds = s.columns.map((c) => c.kind);

  it('recognises each column kind', () => {
    expect(kinds).toEqual(['timestamp', 'id', 'scale', 'scale', 'choice', 'multi', 'grid', 'grid', 'number', 'text']);
  });
  it('skips wholly blank rows and counts the respondents', () => {
    expect(s.respondents).toBe(6);
    expect(s.notes).toContain('1 blank row(s) were skipped.');
  });
  it('withholds e-mail addresses: no answers are kept', () => {
    expect(s.columns[1].data).toEqual({ type: 'withheld' });
  });
  it('reads a numeric linear scale with the bounds its header gives, blanks as missing', () => {
    const c = s.columns[2];
    expect(c.data.type === 'ordinal' && c.data.levels.map((l) => l.code)).toEqual([1, 2, 3, 4, 5]);
    expect(c.missing).toBe(1);
    expect(c.data.type === 'ordinal' && Array.from(c.data.codes)).toEqual([5, 4, NaN, 2, 3, 5]);
  });
  it('codes agreement labels in scale order and keeps "Don\'t know" out of the codes', () => {
    const c = s.columns[3];
    if (c.data.type !== 'ordinal') throw new Error('not ordinal');
    expect(c.data.levels.map((l) => l.label)).toEqual([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
    ]);
    expect(Array.from(c.data.codes)).toEqual([4, 5, NaN, 2, 4, 3]);
    expect(c.nonSubstantive).toEqual([{ label: "Don't know", count: 1 }]);
    expect(c.missing).toBe(0);
  });
  it('splits checkbox answers joined with ", "', () => {
    const c = s.columns[5];
    if (c.data.type !== 'multi') throw new Error('not multi');
    expect(c.data.options).toEqual(['EHCP paperwork', 'Annual reviews', 'Meetings with parents']);
    expect(c.data.selections[0]).toEqual([0, 1]);
  });
  it('groups "Question [Row]" columns as one grid', () => {
    expect(s.columns[6].grid).toEqual({ question: 'How often do you get these?', row: 'Admin support' });
    expect(s.columns[6].data.type).toBe('ordinal');
  });
  it('keeps a number column numeric and counts text it cannot read', () => {
    const c = s.columns[8];
    expect(c.unreadable).toBe(1);
    expect(s.notes.some((n) => n.includes('Hours allocated per week') && n.includes('1 answer'))).toBe(true);
  });
  it('reads timestamps day first', () => {
    const c = s.columns[0];
    expect(c.data.type === 'timestamp' && c.data.values[0]).toBe(Date.UTC(2025, 10, 3, 9, 1));
  });
});

describe('parseSurvey on awkward tables', () => {
  it.each([
    [[], 'The sheet is empty'],
    [
      [
        ['', ''],
        ['', ''],
      ],
      'The sheet is empty',
    ],
    [[['Q1', 'Q2']], 'There is a header row but no responses yet'],
    [
      [
        ['Q1', 'Q2'],
        ['', ''],
      ],
      'There is a header row but no responses yet',
    ],
  ])('explains %j in one sentence', (table, start) => {
    const r = parseSurvey(table);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.startsWith(start)).toBe(true);
  });
  it('pads short rows and names blank headers', () => {
    const s = parse([['Q1', ''], [1], [2, 'x']]);
    expect(s.columns[1].header).toBe('Column 2');
    expect(s.columns[1].missing).toBe(1);
  });
  it('treats a column of Dates from getValues() as timestamps', () => {
    const s = parse([['When'], [new Date(Date.UTC(2025, 0, 1))], [new Date(Date.UTC(2025, 0, 2))]]);
    expect(s.columns[0].kind).toBe('timestamp');
  });
  it('uses a given scale order over guessing', () => {
    const r = parseSurvey([['Q'], ['Low'], ['High'], ['Mid']], { hints: { 0: { scaleOrder: ['Low', 'Mid', 'High'] } } });
    if (!r.ok) throw new Error(r.message);
    const c = r.survey.columns[0];
    expect(c.kind).toBe('scale');
    expect(c.data.type === 'ordinal' && Array.from(c.data.codes)).toEqual([1, 3, 2]);
  });
  it('does not take free text with commas for tick boxes', () => {
    const s = parse([['Comments'], ['Too much admin, not enough time'], ['Paperwork, meetings, reviews'], ['Fine']]);
    expect(s.columns[0].kind).toBe('text');
  });
  it('starts a numeric scale at 1 when the lowest answers were not chosen', () => {
    const s = parse([['Rate 1-5 please'.replace('1-5', '')], [3], [4], [5], [4]]);
    const c = s.columns[0];
    expect(c.data.type === 'ordinal' && c.data.levels.map((l) => l.code)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('scales whose top nobody chose', () => {
  it("takes the top from the survey's other scales, shown at 0%", () => {
    const s = parse([
      ['Valued', 'Stress'],
      [1, 5],
      [4, 3],
      [2, 1],
      [3, 4],
    ]);
    const valued = s.columns[0];
    expect(valued.data.type === 'ordinal' && valued.data.levels.map((l) => l.code)).toEqual([1, 2, 3, 4, 5]);
    expect(s.notes).toContain(
      `"Valued": nobody chose 5, the top of the survey's other 1–5 scales, so it is shown as a 1–5 scale with 5 at 0%.`,
    );
  });
  it('leaves a scale whose header states its bounds as stated', () => {
    const s = parse([
      ['Valued (1–4)', 'Stress'],
      [1, 5],
      [4, 3],
      [2, 1],
      [3, 4],
    ]);
    expect(s.columns[0].data.type === 'ordinal' && s.columns[0].data.levels.length).toBe(4);
  });
});

describe('identifiers and small surveys', () => {
  it.each([['Your name (optional)'], ['Email address'], ['Your email'], ["Parent's phone number"], ['Name'], ['UPN']])(
    'withholds a column headed %j',
    (header) => {
      const s = parse([
        [header, 'Q'],
        ['Jo Bloggs', 1],
        ['no', 2],
        ['n/a', 3],
      ]);
      expect(s.columns[0]).toMatchObject({ kind: 'id', data: { type: 'withheld' } });
    },
  );
  it.each([['Which tasks take most of your time?'], ['How many pupils are named on the SEN register?'], ['Any other comments?']])(
    'does not withhold %j',
    (header) => {
      expect(isIdentifierHeader(header)).toBe(false);
    },
  );
  it('withholds a template short-text question that asks for an e-mail address', () => {
    const r = parseSurvey(
      [
        ['Your email', 'Q'],
        ['a@b.example', 1],
        ['no', 2],
      ],
      { hints: { 0: { kind: 'text' } } },
    );
    expect(r.ok && r.survey.columns[0].kind).toBe('id');
  });
  it('reads a single choice in a small survey as a choice, not free text', () => {
    const phases = [
      'Primary',
      'Secondary',
      'Special',
      'Primary',
      'All-through',
      'AP',
      'Primary',
      'Secondary',
      'Infant',
      'Junior',
      'Primary',
      'Special',
    ];
    const s = parse([['Phase'], ...phases.map((p) => [p])]);
    expect(s.columns[0].kind).toBe('choice');
  });
});
