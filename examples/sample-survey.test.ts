import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../cli/readCsv';
import { toCsv } from '../shared/csv/toCsv';
import { mulberry32 } from '../shared/util/mulberry32';
import { generateSampleSurvey, SAMPLE_HEADERS } from './generate-sample';

const committed = readFileSync(new URL('./sample-survey.csv', import.meta.url));
const rows = generateSampleSurvey();
const header = rows[0];
const responses = rows.slice(1);
const column = (start: string) => {
  const c = header.findIndex((h) => h.startsWith(start));
  if (c < 0) throw new Error(`no column starting "${start}"`);
  return responses.map((r) => r[c]);
};
const answered = (cells: string[]) => cells.filter((cell) => cell !== '');

/** Spearman's rho with average ranks for ties, over the respondents who answered both (pairwise deletion). */
function spearman(a: string[], b: string[]): number {
  const pairs = a.flatMap((x, i) => (x !== '' && b[i] !== '' ? [[Number(x), Number(b[i])]] : []));
  const ra = ranks(pairs.map((p) => p[0]));
  const rb = ranks(pairs.map((p) => p[1]));
  const mean = (ra.length + 1) / 2;
  let sab = 0,
    saa = 0,
    sbb = 0;
  for (let i = 0; i < ra.length; i++) {
    sab += (ra[i] - mean) * (rb[i] - mean);
    saa += (ra[i] - mean) ** 2;
    sbb += (rb[i] - mean) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i]).sort((x, y) => x[0] - y[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) out[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

describe('examples/sample-survey.csv', () => {
  it('is byte for byte what the generator writes (regenerate it if this fails after a deliberate change)', () => {
    const expected = Buffer.from(toCsv(generateSampleSurvey(), { neutraliseFormulas: false }), 'utf8');
    expect(committed.equals(expected)).toBe(true);
  });

  it('reads back through readCsv to the generated rows, with no notes', () => {
    const result = readCsv(new Uint8Array(committed));
    expect(result).toEqual({ ok: true, rows, notes: [] });
  });
});

describe('generateSampleSurvey', () => {
  it('gives the same rows for the same seed and different rows for another', () => {
    expect(generateSampleSurvey(2023)).toEqual(rows);
    expect(generateSampleSurvey(7)).not.toEqual(rows);
  });

  it('has the Google Forms header and 150 complete-width rows', () => {
    expect(header).toEqual(SAMPLE_HEADERS);
    expect(header).toHaveLength(22);
    expect(responses).toHaveLength(150);
    for (const row of responses) expect(row).toHaveLength(header.length);
  });

  it('writes UK-locale timestamps from September to November 2025, in submission order', () => {
    const stamps = column('Timestamp');
    for (const s of stamps) expect(s).toMatch(/^(0[1-9]|[12]\d|3[01])\/(09|10|11)\/2025 ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/);
    const sortable = stamps.map((s) => s.replace(/^(\d\d)\/(\d\d)\/(\d{4}) /, '$3$2$1 '));
    expect([...sortable].sort()).toEqual(sortable);
  });

  it('gives every respondent a distinct synthetic email address', () => {
    const emails = column('Email address');
    expect(new Set(emails).size).toBe(150);
    for (const e of emails) expect(e).toMatch(/^senco\d+@school\.example$/);
  });

  it('has exactly 3 Alternative provision respondents, so that group must be suppressed', () => {
    const counts = Object.fromEntries(
      ['Primary', 'Secondary', 'All-through', 'Special', 'Alternative provision'].map((p) => [
        p,
        column('Which phase').filter((x) => x === p).length,
      ]),
    );
    expect(counts).toEqual({ Primary: 78, Secondary: 44, 'All-through': 11, Special: 14, 'Alternative provision': 3 });
  });

  it('has ten 1–5 scale items, each skipped by 1 to 5 respondents (bases 145–149)', () => {
    const scale = header.map((h, c) => [h, c] as const).filter(([h]) => /\(1 = |\(1–5\)/.test(h));
    expect(scale).toHaveLength(10);
    for (const [, c] of scale) {
      const cells = responses.map((r) => r[c]);
      expect(answered(cells).length).toBeGreaterThanOrEqual(145);
      expect(answered(cells).length).toBeLessThanOrEqual(149);
      for (const cell of answered(cells)) expect(['1', '2', '3', '4', '5']).toContain(cell);
    }
  });

  it('has about two thirds answering 5 ("greatly increased") for workload', () => {
    const workload = answered(column('How has your workload changed'));
    const topBox = workload.filter((x) => x === '5').length / workload.length;
    expect(topBox).toBeGreaterThan(0.6);
    expect(topBox).toBeLessThan(0.7);
  });

  it.each([
    ['workload', 'How has your workload', 'stress', 'How stressed', 0.3, 0.7],
    ['stress', 'How stressed', 'exhaustion', 'How emotionally exhausted', 0.45, 0.8],
    ['role expansion', 'How much has your role expanded', 'need for recognition', 'How much do you need your work', 0.3, 0.7],
    ['stress', 'How stressed', 'feeling valued', 'How valued', -0.7, -0.3],
    ['support', 'How adequate is the support', 'stress', 'How stressed', -0.6, -0.2],
  ])('correlates %s with %s as designed (Spearman within the stated band)', (_a, a, _b, b, low, high) => {
    const rho = spearman(column(a), column(b));
    expect(rho).toBeGreaterThan(low);
    expect(rho).toBeLessThan(high);
  });

  it('uses the agreement and frequency labels as text, with a few "Don\'t know"', () => {
    const agreement = new Set(['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree', "Don't know", '']);
    const enough = column('I have enough time');
    for (const x of enough) expect(agreement).toContain(x);
    const dontKnow = enough.filter((x) => x === "Don't know").length;
    expect(dontKnow).toBeGreaterThanOrEqual(2);
    expect(dontKnow).toBeLessThanOrEqual(10);
    const frequency = new Set(['Never', 'Rarely', 'Sometimes', 'Often', 'Always', '']);
    for (const start of ['How often do you complete EHCP', 'How often do you receive these supports? [']) {
      for (const x of column(start)) expect(frequency).toContain(x);
    }
  });

  it('has a three-row grid sharing one stem', () => {
    expect(header.filter((h) => h.startsWith('How often do you receive these supports? ['))).toEqual([
      'How often do you receive these supports? [Admin support]',
      'How often do you receive these supports? [Supervision]',
      'How often do you receive these supports? [Protected time]',
    ]);
  });

  it('joins checkbox answers with ", " in the form\'s option order', () => {
    const options = [
      'EHCP paperwork',
      'Annual reviews',
      'Meetings with parents',
      'Staff training',
      'Timetabling support staff',
      'Liaising with external agencies',
    ];
    for (const cell of answered(column('Which tasks'))) {
      const picked = cell.split(', ');
      expect(picked.every((p) => options.includes(p))).toBe(true);
      expect(picked).toEqual(options.filter((o) => picked.includes(o)));
    }
  });

  it('gives hours as plain numbers, some halves, two blank', () => {
    const hours = column('How many hours');
    expect(hours.filter((x) => x === '')).toHaveLength(2);
    for (const x of answered(hours)) expect(x).toMatch(/^\d+(\.5)?$/);
    expect(hours.some((x) => x.endsWith('.5'))).toBe(true);
  });

  it('answers the leadership question with Yes, No or Prefer not to say', () => {
    expect(new Set(column('Are you on the senior leadership team?'))).toEqual(new Set(['Yes', 'No', 'Prefer not to say']));
  });

  it('fills 40% of comments, including the awkward ones the CSV and report code must survive', () => {
    const comments = answered(column('Any other comments?'));
    expect(comments).toHaveLength(60);
    expect(new Set(comments).size).toBe(60);
    expect(comments.some((c) => c.includes(','))).toBe(true);
    expect(comments.some((c) => c.includes('"'))).toBe(true);
    expect(comments.some((c) => c.includes('\n'))).toBe(true);
    expect(comments).toContain('- more admin time please');
    expect(comments.some((c) => c.startsWith('='))).toBe(true);
  });
});

describe('mulberry32', () => {
  it("matches the published algorithm (bryc's mulberry32) draw for draw", () => {
    // Reference: an independent Python port of bryc's JavaScript mulberry32 (32-bit integer outputs before / 2^32).
    const draws = (seed: number) => {
      const random = mulberry32(seed);
      return [random(), random(), random()].map((x) => x * 2 ** 32);
    };
    expect(draws(1)).toEqual([2693262067, 11749833, 2265367787]);
    expect(draws(2023)).toEqual([1487584115, 2166194330, 3680356959]);
  });
});
