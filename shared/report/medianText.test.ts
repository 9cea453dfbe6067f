import { describe, expect, it } from 'vitest';
import { medianText, roundedMedian } from './medianText';

const agreement = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'].map((label, i) => ({
  label,
  code: i + 1,
  count: 1,
  percent: 20,
}));
const numbered = [1, 2, 3, 4, 5].map((c) => ({ label: String(c), code: c, count: 1, percent: 20 }));

// Expected texts are the level labels of the fixture questions above (examples/sample-survey.csv uses both kinds).
describe('medianText', () => {
  it('names the level a whole median falls on', () => {
    expect(medianText(4, { header: 'I have enough time', levels: agreement })).toBe('Agree');
  });
  it('names both neighbours of a half', () => {
    expect(medianText(3.5, { header: 'I have enough time', levels: agreement })).toBe('between Neither agree nor disagree and Agree');
  });
  it("adds the end's words from a header such as (1 = greatly decreased, 5 = greatly increased)", () => {
    const header = 'How has your workload changed since last year? (1 = greatly decreased, 5 = greatly increased)';
    expect(medianText(5, { header, levels: numbered })).toBe('5 (greatly increased)');
    expect(medianText(3, { header, levels: numbered })).toBe('3');
  });
  it('is blank without a median', () => {
    expect(medianText(null, { header: 'Q', levels: agreement })).toBe('');
  });
});

describe('roundedMedian', () => {
  it.each([
    [8, 8],
    [7.75, 7.75],
    [10 / 3, 3.33],
    [null, null],
  ])('%s → %s', (median, shown) => expect(roundedMedian(median)).toBe(shown));
});
